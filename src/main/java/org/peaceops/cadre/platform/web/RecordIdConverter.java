package org.peaceops.cadre.platform.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.peaceops.cadre.platform.RecordNotFoundException;

/**
 * The id (or version number) of the record a page shows, from its address
 * ({@code ?id=}): a page asked for with one that is not a whole number shows
 * no record, like one whose record does not exist, so it answers "not found"
 * (404) through {@link CadreExceptionHandler} rather than with a conversion
 * message on an empty page. Gives a {@code Long}, or an {@code Integer} where
 * the page's property is one. Pages load their record in their view action
 * and let a missing id or record end the same way.
 */
@FacesConverter("cadre.recordId")
public class RecordIdConverter implements Converter<Number> {

    @Override
    public Number getAsObject(FacesContext faces, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            ValueExpression target = component.getValueExpression("value");
            Class<?> type = target == null ? null : target.getType(faces.getELContext());
            return type == Integer.class || type == int.class ? Integer.valueOf(Math.toIntExact(id)) : Long.valueOf(id);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RecordNotFoundException("Page", value);
        }
    }

    @Override
    public String getAsString(FacesContext faces, UIComponent component, Number value) {
        return value == null ? "" : value.toString();
    }
}
