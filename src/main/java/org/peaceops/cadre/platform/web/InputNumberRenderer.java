package org.peaceops.cadre.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * PrimeFaces' number field, refusing a value that is not a number with a
 * message beside the field. The widget itself only ever sends digits, but a
 * mangled or forged request can carry anything, and PrimeFaces' renderer then
 * fails with an exception (a 500) instead of a conversion error.
 */
public class InputNumberRenderer extends org.primefaces.component.inputnumber.InputNumberRenderer {

    @Override
    public void decode(FacesContext faces, UIComponent component) {
        try {
            super.decode(faces, component);
        } catch (FacesException | NumberFormatException notANumber) {
            // PrimeFaces wraps the NumberFormatException in a FacesException ("Invalid number").
            UIInput input = (UIInput) component;
            input.setSubmittedValue(null);
            input.setValid(false);
            faces.addMessage(input.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.format(faces.getViewRoot().getLocale(), "form.notANumber"), null));
        }
    }
}
