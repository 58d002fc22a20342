package org.peaceops.cadre.platform;

import java.util.List;
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

    /**
     * Arguments of type {@code Long} are record identifiers and are kept as
     * plain digits ("1252", never "1,252" or "1 252"); counts and other
     * quantities are {@code int} and read as numbers in the reader's language.
     */
    protected CadreException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = java.util.Arrays.stream(arguments)
                .map(argument -> argument instanceof Long id ? id.toString() : argument).toArray();
    }

    public String messageKey() {
        return messageKey;
    }

    public String localizedMessage(Locale locale) {
        return Messages.explain(locale, messageKey, java.util.Arrays.asList(arguments));
    }

    /**
     * The separate reasons behind the failure (every unmet prerequisite, every
     * timetable conflict), each shown on its own line; empty for most failures.
     */
    public List<Reason> reasons() {
        return List.of();
    }

    /**
     * One reason: {@code code} names it for API clients, the key and arguments
     * (see {@link Messages#explain}) say it in the reader's language.
     */
    public record Reason(String code, String messageKey, List<String> arguments) implements java.io.Serializable {
        public Reason {
            arguments = List.copyOf(arguments);
        }

        public String localized(Locale locale) {
            return Messages.explain(locale, messageKey, arguments);
        }
    }
}
