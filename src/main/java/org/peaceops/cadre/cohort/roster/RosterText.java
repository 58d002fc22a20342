package org.peaceops.cadre.cohort.roster;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the roster compares and shows what people typed in their spreadsheets. */
final class RosterText {

    /** Values echoed in a problem are cut to this length, so that a pasted paragraph does not fill the report. */
    static final int SHOWN_LENGTH = 60;

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^_|_$");

    private RosterText() {
    }

    /**
     * A cell's value with its white space trimmed and runs of it (line breaks
     * and the no-break spaces spreadsheets insert included) made one space;
     * {@code null} when nothing is left.
     */
    static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        String value = WHITE_SPACE.matcher(cell).replaceAll(" ").strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * The form in which headers and enumerated values are compared: without
     * accents, in lower case, every run of anything but letters and digits one
     * underscore. "Officier d'état-major", "OFFICIER D’ETAT MAJOR" and
     * "officier_d_etat_major" are one and the same.
     */
    static String key(String text) {
        String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String key = SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
        return EDGE_SEPARATORS.matcher(key).replaceAll("");
    }

    /** A value as a problem quotes it: cut short with an ellipsis when it is long. */
    static String shown(String value) {
        return value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH - 1) + "…";
    }
}
