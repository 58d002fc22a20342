package org.peaceops.cadre.platform;

/** One input value breaks a rule; {@code field} names it for the screen or the API client. */
public class InvalidInputException extends CadreException {

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
