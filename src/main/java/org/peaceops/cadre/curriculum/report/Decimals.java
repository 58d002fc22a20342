package org.peaceops.cadre.curriculum.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the report shows them: rounded half up, as a reader rounds, and
 * without grouping separators, which spreadsheets misread.
 */
final class Decimals {

    private Decimals() {
    }

    /** Always one decimal: 45.5, 2.0. */
    static String oneDecimal(double value, Locale locale) {
        return format("0.0", value, locale);
    }

    /** One decimal only where there is one: 22.5, 45. */
    static String upToOneDecimal(double value, Locale locale) {
        return format("0.#", value, locale);
    }

    private static String format(String pattern, double value, Locale locale) {
        // DecimalFormat is not thread-safe, so each call has its own.
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
