package org.peaceops.cadre.cohort.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV Cadre writes for roster users (the template, the problem report):
 * the dialect a spreadsheet of the reader's language opens on a double-click,
 * semicolons where the comma is the decimal separator, in UTF-8 behind a byte
 * order mark, without which Excel reads a legacy code page and garbles accents.
 * {@link CsvRoster} reads both delimiters back.
 */
final class RosterCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Spreadsheets run a cell that starts with one of these as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private RosterCsv() {
    }

    /** A printer on {@code out}; flush it when done, the stream stays open for its owner. */
    static CSVPrinter printer(Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        boolean decimalComma = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(decimalComma ? ';' : ',').get());
    }

    /** Prints a row, each cell defused so that no spreadsheet runs text from a roster as a formula. */
    static void print(CSVPrinter csv, List<String> cells) throws IOException {
        csv.printRecord(cells.stream().map(RosterCsv::defused).toList());
    }

    static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
