package org.peaceops.cadre.platform;

/**
 * The request is valid but clashes with the current state: a duplicate name,
 * a record edited by someone else meanwhile, a record still in use.
 */
public class ConflictException extends CadreException {
    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public static ConflictException staleVersion() {
        return new ConflictException("error.staleVersion");
    }
}
