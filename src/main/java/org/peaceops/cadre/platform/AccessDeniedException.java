package org.peaceops.cadre.platform;

/** The signed-in user's roles do not allow the operation. */
public class AccessDeniedException extends CadreException {
    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
