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
