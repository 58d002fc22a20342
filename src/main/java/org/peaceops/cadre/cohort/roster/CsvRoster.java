package org.peaceops.cadre.cohort.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a roster saved as CSV: UTF-8 with or without a byte order mark,
 * fields separated by commas or, as spreadsheets in French and other
 * decimal-comma languages save them, by semicolons, whichever the header line
 * holds more of. Blank lines count as rows, as a spreadsheet shows them, so
 * row numbers match what the user sees; a quoted cell that spans lines stays
 * one row, as it does in a spreadsheet.
 */
final class CsvRoster {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Enough for any header line; a longer first line is not a roster anyway. */
    private static final int HEADER_LOOK_AHEAD = 64 * 1024;

    private CsvRoster() {
    }

    /**
     * @return false if the stream is not UTF-8 text, or is binary; the collector then holds nothing useful
     */
    static boolean read(InputStream in, SheetCollector sheet) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader text = new BufferedReader(new InputStreamReader(in, utf8), HEADER_LOOK_AHEAD);
        try {
            skipByteOrderMark(text);
            Character delimiter = delimiter(text);
            if (delimiter == null) {
                return false;
            }
            CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(text);
            try {
                for (CSVRecord record : parser) {
                    if (!sheet.add(Math.toIntExact(record.getRecordNumber()), record.toList())) {
                        break;
                    }
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    return false;
                }
                // Commons CSV stops at a stray or unclosed quotation mark; the rows before it are kept.
                sheet.brokenAt(Math.toIntExact(parser.getRecordNumber() + 1));
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void skipByteOrderMark(BufferedReader text) throws IOException {
        text.mark(1);
        if (text.read() != BYTE_ORDER_MARK) {
            text.reset();
        }
    }

    /**
     * The delimiter the first non-blank line uses more, outside quotes; a comma
     * when it has neither (a one-column file). {@code null} when that line holds
     * control characters, which text never does but binary files always do.
     */
    private static Character delimiter(BufferedReader text) throws IOException {
        text.mark(HEADER_LOOK_AHEAD);
        String line;
        int read = 0;
        do {
            line = text.readLine();
            read += line == null ? 0 : line.length() + 2; // a line break is one or two characters
        } while (line != null && line.isBlank() && read < HEADER_LOOK_AHEAD);
        if (read < HEADER_LOOK_AHEAD) {
            text.reset();
        } else {
            return null;
        }
        if (line == null) {
            return ',';
        }
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c < ' ' && c != '\t') {
                return null;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
