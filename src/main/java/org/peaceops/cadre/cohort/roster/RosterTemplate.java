package org.peaceops.cadre.cohort.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * The blank roster a centre sends to a contributing country, in the centre's
 * language: every column of the layout under its header, and one example
 * person to show how values are written. The workbook adds a sheet on how to
 * fill in each column, with the accepted words; CSV has room for none.
 * The example row is an example: a country deletes it or writes over it.
 */
public final class RosterTemplate {

    private RosterTemplate() {
    }

    /** Writes the template as CSV; the stream is flushed but left open, as it belongs to the caller. */
    public static void writeCsv(Locale locale, OutputStream out) throws IOException {
        Locale reader = Messages.supported(locale);
        CSVPrinter csv = RosterCsv.printer(reader, out);
        RosterCsv.print(csv, headers(reader));
        RosterCsv.print(csv, example(reader));
        csv.flush();
    }

    /** Writes the template as an Excel workbook (.xlsx); the stream is left open. */
    public static void writeXlsx(Locale locale, OutputStream out) throws IOException {
        TemplateWorkbook.write(Messages.supported(locale), out);
    }

    static List<String> headers(Locale reader) {
        return Arrays.stream(RosterColumn.values()).map(column -> column.header(reader)).toList();
    }

    /** An example person, in the layout's column order. */
    static List<String> example(Locale reader) {
        List<String> row = new ArrayList<>();
        for (RosterColumn column : RosterColumn.values()) {
            row.add(switch (column) {
                case SERVICE_NUMBER -> "SN-04127";
                case FAMILY_NAME -> "Diop";
                case GIVEN_NAMES -> "Awa";
                case RANK -> Messages.format(reader, "roster.template.exampleRank");
                case RANK_BAND -> word(RankBand.JUNIOR_OFFICER, reader);
                case NATIONALITY -> "SN";
                case CATEGORY -> word(PersonnelCategory.MILITARY, reader);
                case GENDER -> word(Gender.FEMALE, reader);
                case DATE_OF_BIRTH -> "1990-04-15";
                case EMAIL -> "awa.diop@example.org";
                case LANGUAGES -> "fr;en";
                case COHORT_ROLE -> word(CohortRole.STAFF_OFFICER, reader);
            });
        }
        return row;
    }

    /**
     * How to fill in {@code column}: its header, whether it is required, what
     * to write, the accepted words in the reader's language and the other
     * spellings also accepted (the other language's words, abbreviations).
     */
    static List<String> guide(RosterColumn column, Locale reader) {
        String entry = Messages.format(reader, column.required() ? "roster.template.required"
                : "roster.template.optional");
        String values = "";
        String others = "";
        if (column.valueType() != null) {
            values = Messages.format(reader, "roster.accepted." + column.name());
            others = RosterVocabulary.spellings(column.valueType()).stream()
                    .map(spelling -> otherSpellings(spelling, reader))
                    .collect(Collectors.joining("; "));
        }
        return List.of(column.header(reader), entry, Messages.format(reader, "roster.hint." + column.name()), values,
                others);
    }

    private static String otherSpellings(RosterVocabulary.Spelling spelling, Locale reader) {
        String preferred = spelling.preferred(reader);
        return spelling.all().stream()
                .filter(word -> !word.equals(spelling.value().name()) && !word.equals(preferred))
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static String word(Enum<?> value, Locale reader) {
        return RosterVocabulary.preferred(value, reader);
    }
}
