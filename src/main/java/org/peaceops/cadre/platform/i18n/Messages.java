package org.peaceops.cadre.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Cadre's texts in English and French, outside the JSF pages (which read the
 * same bundle as {@code msg}). A missing key shows as ???key??? rather than
 * failing, and a unit test keeps the two bundles in step.
 */
public final class Messages {

    public static final String BUNDLE = "org.peaceops.cadre.i18n.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        try {
            String pattern = bundle(locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /**
     * Formats a message whose arguments may themselves name message keys,
     * written {@code #key}: how reasons carry enum values (a personnel
     * category, a qualification kind) that must read in the reader's language.
     * An argument that only looks like a key (a room called "#1") stays as it is.
     */
    public static String explain(Locale locale, String key, List<?> arguments) {
        ResourceBundle bundle = bundle(locale);
        Object[] resolved = arguments.stream()
                .map(argument -> argument instanceof String text && text.startsWith("#")
                        && bundle.containsKey(text.substring(1)) ? bundle.getString(text.substring(1)) : argument)
                .toArray();
        return format(locale, key, resolved);
    }

    /** The key of an enum value's label written as an argument for {@link #explain}, e.g. {@code #offeringStatus.OPEN}. */
    public static String label(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return "#" + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
    }

    public static ResourceBundle bundle(Locale locale) {
        // No fallback to the server's default locale: English is the base bundle.
        return ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The supported locale nearest to {@code requested}: French for any French, else English. */
    public static Locale supported(Locale requested) {
        return requested != null && "fr".equals(requested.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
