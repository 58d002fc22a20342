package org.peaceops.cadre.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.peaceops.cadre.platform.CadreException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.i18n.ViolationMessages;

/**
 * Shows a service's refusal on the screen: each invalid field's message beside
 * the input of the same id in {@code formId}, anything else at the top. Keeps
 * the dialog open (validation failed) so nothing the user typed is lost.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Shows the failure if it is one a user can act on; otherwise rethrows it.
     * The validator factory is looked up here, not injected into the views:
     * views live in replicated sessions and must stay serialisable.
     */
    public static void show(String formId, RuntimeException failure) {
        ValidatorFactory validation = jakarta.enterprise.inject.spi.CDI.current().select(ValidatorFactory.class).get();
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        if (failure instanceof ConstraintViolationException violations) {
            violations.getConstraintViolations().forEach(v -> add(faces, formId, ViolationMessages.field(v),
                    ViolationMessages.message(validation, v, locale)));
        } else if (failure instanceof InvalidInputException invalid) {
            add(faces, formId, invalid.field(), invalid.localizedMessage(locale));
        } else if (failure instanceof CadreException known) {
            faces.addMessage(null, error(known.localizedMessage(locale)));
            known.reasons().forEach(reason -> faces.addMessage(null, error(reason.localized(locale))));
        } else {
            throw failure;
        }
        faces.validationFailed();
    }

    /**
     * Runs a screen action and shows its failure as {@link #show} does: the
     * one place screens turn a refusal into messages. True when it succeeded,
     * for actions that go on (close a dialog, reload) only then.
     */
    public static boolean attempt(String formId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException failure) {
            show(formId, failure);
            return false;
        }
    }

    /** As {@link #attempt(String, Runnable)}, for an action with a result: {@code onFailure} when it failed. */
    public static <T> T attempt(String formId, java.util.function.Supplier<T> action, T onFailure) {
        try {
            return action.get();
        } catch (RuntimeException failure) {
            show(formId, failure);
            return onFailure;
        }
    }

    /** The application's validator, for views that check a form before calling a service. */
    public static jakarta.validation.Validator validator() {
        return jakarta.enterprise.inject.spi.CDI.current().select(ValidatorFactory.class).get().getValidator();
    }

    /** A confirmation at the top of the page, in the page's language. */
    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.format(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void add(FacesContext faces, String formId, String field, String text) {
        String clientId = formId + ":" + field;
        boolean onScreen = faces.getViewRoot().findComponent(":" + clientId) != null;
        faces.addMessage(onScreen ? clientId : null, error(text));
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }
}
