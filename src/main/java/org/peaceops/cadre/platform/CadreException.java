package org.peaceops.cadre.platform;

import java.util.Locale;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * A failure a user can understand and act on. It carries a message key, not a
 * text, so that the screen or the REST answer speaks the caller's language.
 * Unchecked so that {@code @Transactional} rolls the work back.
 */
public abstract class CadreException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected CadreException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public String localizedMessage(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }
}
