package org.peaceops.cadre.cohort.roster;

import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a workbook's number cells read in a roster. A date cell reads as
 * yyyy-MM-dd, whatever format the sheet shows it in, so that a date of birth
 * typed as a date means the same as one typed as text. A whole number in the
 * General format reads with all its digits: a service number typed as a number
 * must not become 1.23457E+11. Other formats (leading zeros kept by a "00000"
 * format, for one) read as the sheet shows them.
 */
final class CellText extends DataFormatter {

    private static final String GENERAL = "General";
    /** Past this, a double no longer holds every digit of a whole number. */
    private static final double EXACT_WHOLE_NUMBERS = 1e15;

    CellText() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value).toLocalDate().toString();
        }
        boolean general = formatIndex == 0 || GENERAL.equalsIgnoreCase(formatString);
        if (general && value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE_NUMBERS) {
            return Long.toString((long) value);
        }
        return super.formatRawCellContents(value, formatIndex, formatString);
    }
}
