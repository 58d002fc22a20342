package org.peaceops.cadre.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.cadre.platform.AccessDeniedException;
import org.primefaces.csp.CspException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * Gives the failures that a person or a wrong address causes the page they
 * deserve, rather than "Something went wrong" (500), for every page at once:
 * <ul>
 * <li>a record that does not exist, or is another centre's: the "not found" page, 404;</li>
 * <li>a role that does not allow what was asked: the "not allowed" page, 403;</li>
 * <li>an expired or forged view state, or a form posted without the page's
 *     script nonce (PrimeFaces' CSP mode checks it; browsers always send it): the
 *     "page expired" page;</li>
 * <li>a form the components cannot even read (a number, date or choice that no
 *     widget sends, as a mangled or forged request carries): the page again
 *     with a message, nothing done.</li>
 * </ul>
 * Anything else is Cadre's own fault and goes on to the 500 page and the log.
 * Ordinary conversion failures (a date typed wrong) never come here: Faces shows
 * them beside the field.
 */
public class CadreExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(CadreExceptionHandler.class.getName());
    static final String NOT_FOUND_PAGE = "/WEB-INF/errorpages/404.xhtml";
    static final String FORBIDDEN_PAGE = "/WEB-INF/errorpages/403.xhtml";
    static final String EXPIRED_PAGE = "/WEB-INF/errorpages/expired.xhtml";
    /** The page's own message area (WEB-INF/template.xhtml), re-rendered with an unreadable form. */
    static final String PAGE_MESSAGES = "messages";

    CadreExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext queued = events.next().getContext();
            if (!faces.getExternalContext().isResponseCommitted()
                    && answered(faces, queued.getException(), queued.getPhaseId())) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private static boolean answered(FacesContext faces, Throwable failure, PhaseId phase) {
        if (causedBy(failure, RecordNotFoundException.class)) {
            showErrorPage(faces, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND_PAGE, phase);
        } else if (causedBy(failure, AccessDeniedException.class)) {
            showErrorPage(faces, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN_PAGE, phase);
        } else if (causedBy(failure, CspException.class)) {
            ExpiredPageAnswer.write(faces);
        } else if (causedBy(failure, ViewExpiredException.class) || phase == PhaseId.RESTORE_VIEW && faces.isPostback()) {
            // A page state that cannot even be decoded (client-side state, mangled) is a forged or stale page too.
            showErrorPage(faces, HttpServletResponse.SC_BAD_REQUEST, EXPIRED_PAGE, phase);
        } else if (phase == PhaseId.APPLY_REQUEST_VALUES || phase == PhaseId.PROCESS_VALIDATIONS) {
            // Decoding and converting read only what the request carries: failing there, the request is at fault.
            LOG.log(Level.INFO, "A form could not be read; answered with a message", failure);
            refuseUnreadableForm(faces);
        } else {
            return false;
        }
        return true;
    }

    /**
     * Renders the error page in place of the page asked for. An ajax request gets
     * it as a whole new document (the status stays 200 so that the browser's ajax
     * code shows it); a page half rendered is dropped and the container's error
     * page for the status is shown instead.
     */
    private static void showErrorPage(FacesContext faces, int status, String errorPage, PhaseId phase) {
        ExternalContext external = faces.getExternalContext();
        if (phase == PhaseId.RENDER_RESPONSE) {
            try {
                external.responseReset();
                external.responseSendError(status, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            external.setResponseStatus(status);
        }
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, errorPage));
        faces.getPartialViewContext().setRenderAll(true);
        faces.renderResponse();
    }

    private static void refuseUnreadableForm(FacesContext faces) {
        Locale locale = faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.format(locale, "form.unreadable"), null));
        faces.validationFailed();
        PartialViewContext partial = faces.getPartialViewContext();
        if (partial.isAjaxRequest()) {
            // Only the message: the parts asked for might trip over the same unreadable values again.
            partial.setRenderAll(false);
            partial.getRenderIds().clear();
            partial.getRenderIds().add(PAGE_MESSAGES);
        }
        faces.renderResponse();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
