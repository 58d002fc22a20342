package org.peaceops.cadre.platform;

/** The caller asked too often in too short a time; they may try again after {@code retryAfterSeconds}. */
public class TooManyRequestsException extends CadreException {

    private final int retryAfterSeconds;

    public TooManyRequestsException(String messageKey, int retryAfterSeconds) {
        super(messageKey, retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
