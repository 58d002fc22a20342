package org.peaceops.cadre.curriculum.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Item;
import org.peaceops.cadre.curriculum.AlignmentCalculator.ItemResult;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Node;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Result;

/**
 * The alignment report as CSV: a header row, one row per ITS item in tree
 * order, then after a blank row the summary, the gaps and the centre's
 * additions, each gap and addition in the same columns as the items above.
 * <p>
 * It follows the spreadsheet conventions of the reader's language, as the
 * spreadsheet programs of that language read CSV on a double-click: where the
 * decimal separator is a comma (French), numbers use it and fields are separated
 * by semicolons; elsewhere a dot and commas. Numbers never carry grouping
 * separators, so that they are read as numbers.
 */
public final class AlignmentCsv {

    /** Excel reads a CSV without a byte order mark in the PC's legacy code page and garbles French accents. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Spreadsheets run a cell that starts with one of these as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private AlignmentCsv() {
    }

    /** Writes the report; the stream is flushed but left open, as it belongs to the caller. */
    public static void write(AlignmentReport report, Locale locale, OutputStream out) throws IOException {
        ReportTexts texts = new ReportTexts(locale);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter csv = new CSVPrinter(writer, format(locale));
        csv.printRecord(header(texts));
        Result result = report.result();
        for (ItemResult item : result.items()) {
            csv.printRecord(itemRow(item, texts, locale));
        }
        csv.println();
        summary(csv, report, texts, locale);
        csv.println();
        gaps(csv, result, texts, locale);
        csv.println();
        additions(csv, result, texts);
        csv.flush();
    }

    private static List<String> header(ReportTexts texts) {
        return Arrays.asList(texts.get("alignment.column.code"), texts.get("alignment.column.level"),
                texts.get("alignment.column.title"), texts.get("alignment.column.coverage"),
                texts.get("alignment.column.recommended"), texts.get("alignment.column.planned"),
                texts.get("alignment.column.estimated"));
    }

    /** The CSV dialect of the reader's spreadsheets: semicolons where the comma is the decimal separator. */
    static CSVFormat format(Locale locale) {
        boolean decimalComma = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
        return CSVFormat.RFC4180.builder().setDelimiter(decimalComma ? ';' : ',').get();
    }

    private static List<String> itemRow(ItemResult result, ReportTexts texts, Locale locale) {
        Item item = result.item();
        return Arrays.asList(text(item.code()), texts.level(item.level()), text(item.title()),
                texts.coverage(result.coverage()), minutes(result.recommendedMinutes(), locale),
                minutes(result.plannedMinutes(), locale), texts.yesNo(result.estimated()));
    }

    private static void summary(CSVPrinter csv, AlignmentReport report, ReportTexts texts, Locale locale)
            throws IOException {
        Result result = report.result();
        csv.printRecord(texts.get("alignment.centre"), text(report.centreName()));
        csv.printRecord(texts.get("alignment.curriculum"), text(report.curriculumTitle()));
        csv.printRecord(texts.get("alignment.version"), String.valueOf(report.versionNumber()),
                texts.status(report.versionStatus()));
        csv.printRecord(texts.get("alignment.edition"), text(report.editionCode()), text(report.editionTitle()));
        csv.printRecord(texts.get("alignment.generated"), report.generatedAt().truncatedTo(ChronoUnit.SECONDS));
        csv.printRecord(texts.get("alignment.summary.coverage"),
                Decimals.oneDecimal(result.coveragePercent(), locale), texts.get("alignment.unit.percent"));
        csv.printRecord(texts.get("alignment.summary.recommendedHours"),
                Decimals.oneDecimal(result.recommendedMinutes() / 60, locale), texts.get("alignment.unit.hours"));
        csv.printRecord(texts.get("alignment.summary.plannedHours"),
                Decimals.oneDecimal(result.plannedMinutes() / 60, locale), texts.get("alignment.unit.hours"));
        csv.printRecord(texts.get("alignment.summary.gaps"), String.valueOf(result.gaps().size()));
        csv.printRecord(texts.get("alignment.summary.estimated"), String.valueOf(result.estimatedItems()));
    }

    /** Gaps repeat their item row, so that their level and recommended minutes stay in view. */
    private static void gaps(CSVPrinter csv, Result result, ReportTexts texts, Locale locale) throws IOException {
        csv.printRecord(texts.get("alignment.gaps"));
        Map<Long, ItemResult> byId = result.items().stream()
                .collect(Collectors.toMap(r -> r.item().id(), Function.identity()));
        for (Item gap : result.gaps()) {
            csv.printRecord(itemRow(byId.get(gap.id()), texts, locale));
        }
        if (result.gaps().isEmpty()) {
            csv.printRecord(texts.get("alignment.none"));
        }
    }

    /** Additions have no level, coverage or recommendation: their minutes go under "planned". */
    private static void additions(CSVPrinter csv, Result result, ReportTexts texts) throws IOException {
        csv.printRecord(texts.get("alignment.additions"));
        for (Node node : result.additions()) {
            List<String> row = new ArrayList<>(Arrays.asList(text(node.code()), "", text(node.title()), "", ""));
            row.add(node.minutes() == null ? "" : String.valueOf(node.minutes()));
            csv.printRecord(row);
        }
        if (result.additions().isEmpty()) {
            csv.printRecord(texts.get("alignment.none"));
        }
    }

    private static String minutes(double minutes, Locale locale) {
        return Decimals.upToOneDecimal(minutes, locale);
    }

    /** Free text from centres and imported editions, defused so that no spreadsheet runs it as a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
