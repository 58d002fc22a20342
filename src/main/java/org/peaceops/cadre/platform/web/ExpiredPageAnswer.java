package org.peaceops.cadre.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * The "page expired" answer written as plain text, without rendering a page.
 * For a form posted without its page's script nonce: PrimeFaces checks that
 * nonce again while rendering any page of the same request, so the usual error
 * page would fail in turn. A full request gets the page with status 400; an
 * ajax request a partial response that replaces the document, as the browser's
 * ajax code expects.
 */
final class ExpiredPageAnswer {

    private ExpiredPageAnswer() {
    }

    static void write(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        Locale locale = faces.getViewRoot() == null ? external.getRequestLocale() : faces.getViewRoot().getLocale();
        String page = page(locale, external.getRequestContextPath());
        boolean ajax = faces.getPartialViewContext().isAjaxRequest();
        try {
            external.responseReset();
            external.setResponseCharacterEncoding("UTF-8");
            if (ajax) {
                external.setResponseContentType("text/xml");
            } else {
                external.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
                external.setResponseContentType("text/html");
            }
            Writer out = external.getResponseOutputWriter();
            out.write(ajax ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes>"
                    + "<update id=\"jakarta.faces.ViewRoot\"><![CDATA[" + page + "]]></update></changes></partial-response>"
                    : page);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static String page(Locale locale, String contextPath) {
        String title = escape(Messages.format(locale, "errorPage.expired.title"));
        return "<!DOCTYPE html><html lang=\"" + escape(locale.getLanguage()) + "\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + title + " · " + escape(Messages.format(locale, "app.name")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + contextPath
                + "/jakarta.faces.resource/css/cadre.css.xhtml?ln=cadre\"/></head>"
                + "<body class=\"cadre\"><div class=\"cadre-error-page\"><h1 id=\"errorTitle\">" + title + "</h1>"
                + "<p>" + escape(Messages.format(locale, "errorPage.expired.text")) + "</p>"
                + "<a href=\"" + contextPath + "/app/dashboard.xhtml\">"
                + escape(Messages.format(locale, "errorPage.home")) + "</a></div></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
