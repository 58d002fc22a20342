package org.peaceops.cadre.platform;

/** The operation needs a signed-in user and there is none. */
public class NotSignedInException extends CadreException {
    public NotSignedInException() {
        super("error.notSignedIn");
    }
}
