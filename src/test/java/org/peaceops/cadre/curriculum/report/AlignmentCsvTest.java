package org.peaceops.cadre.curriculum.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.curriculum.AlignmentCalculator;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Mapping;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Node;
import org.peaceops.cadre.curriculum.MappingStrength;

class AlignmentCsvTest {

    private static final List<String> BLANK = List.of("");

    @Test
    void writesItemsSummaryGapsAndAdditionsThatParseBack() throws IOException {
        List<List<String>> rows = parse(write(Locale.ENGLISH));
        assertEquals(List.of(
                List.of("Code", "Level", "Title", "Coverage", "Recommended (min)", "Planned (min)",
                        "Estimated duration"),
                List.of("1", "Module", "Cadre des Nations Unies", "Partial", "140", "120", "Yes"),
                List.of("1.1", "Lesson", "Protection des civils", "Partial", "45", "75", "No"),
                List.of("1.1.1", "Learning outcome", "Expliquer le rôle de la mission", "Full", "22.5", "45", "No"),
                List.of("1.1.2", "Learning outcome", "Identify threats to civilians", "Partial", "22.5", "0", "No"),
                List.of("1.2", "Lesson", "Conduct and discipline", "None", "35", "0", "Yes"),
                List.of("1.3", "Lesson", "Gender and peacekeeping", "Partial", "60", "45", "No"),
                BLANK,
                List.of("Training centre", "École de maintien de la paix de Bamako"),
                List.of("Curriculum", ReportFixture.CURRICULUM_TITLE),
                List.of("Version", "2", "Published"),
                List.of("ITS edition", "CPTM-2024", "Core Pre-Deployment Training Materials"),
                List.of("Generated (UTC)", "2026-03-05T09:30:00Z"),
                List.of("Coverage of the edition", "45.5", "%"),
                List.of("Hours recommended by the edition", "2.3", "h"),
                List.of("Hours planned in the curriculum", "2.8", "h"),
                List.of("Items not covered (gaps)", "1"),
                List.of("Durations estimated", "1"),
                BLANK,
                List.of("Gaps: ITS items the curriculum does not cover"),
                List.of("1.2", "Lesson", "Conduct and discipline", "None", "35", "0", "Yes"),
                BLANK,
                List.of("Centre additions: parts of the curriculum not mapped to the edition"),
                List.of("A.3", "", "Sécurité routière", "", "", "50")), rows);
    }

    @Test
    void startsWithAByteOrderMarkSoThatExcelReadsUtf8() throws IOException {
        byte[] csv = write(Locale.ENGLISH);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'C'}, Arrays.copyOf(csv, 4));
    }

    @Test
    void frenchUsesFrenchSpreadsheetConventionsSemicolonsAndDecimalCommas() throws IOException {
        byte[] csv = write(ReportFixture.FRENCH);
        assertTrue(new String(csv, StandardCharsets.UTF_8).startsWith("\uFEFFCode;Niveau;"));
        List<List<String>> rows = parse(csv, ';');
        assertEquals(List.of("Code", "Niveau", "Intitulé", "Couverture", "Durée recommandée (min)",
                "Durée prévue (min)", "Durée estimée"), rows.get(0));
        assertEquals(List.of("1.1.1", "Acquis d’apprentissage", "Expliquer le rôle de la mission", "Complète",
                "22,5", "45", "Non"), rows.get(3));
        assertEquals(List.of("1.2", "Leçon", "Conduct and discipline", "Aucune", "35", "0", "Oui"), rows.get(5));
        assertEquals(List.of("Version", "2", "Publiée"), rows.get(10));
        assertEquals(List.of("Couverture de l’édition", "45,5", "%"), rows.get(13));
        assertEquals(List.of("Heures prévues au programme", "2,8", "h"), rows.get(15));
    }

    @Test
    void emptySectionsSayNone() throws IOException {
        AlignmentCalculator.Result everything = AlignmentCalculator.calculate(ReportFixture.EDITION,
                List.of(new Node(9, null, "X", "Whole course", 600)), List.of(new Mapping(9, 1, MappingStrength.FULL)));
        List<List<String>> rows = parse(write(ReportFixture.report(everything), Locale.ENGLISH));
        int gaps = rows.indexOf(List.of("Gaps: ITS items the curriculum does not cover"));
        assertEquals(List.of("None"), rows.get(gaps + 1));
        assertEquals(List.of("Centre additions: parts of the curriculum not mapped to the edition"),
                rows.get(gaps + 3));
        assertEquals(List.of("None"), rows.get(gaps + 4));
        assertEquals(gaps + 5, rows.size());
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("'=HYPERLINK(\"http://example.org\")", AlignmentCsv.text("=HYPERLINK(\"http://example.org\")"));
        assertEquals("'@SUM(A1)", AlignmentCsv.text("@SUM(A1)"));
        assertEquals("Leçon 1 = 2 h", AlignmentCsv.text("Leçon 1 = 2 h"));
        assertEquals("", AlignmentCsv.text(null));
    }

    @Test
    void theCallersStreamIsLeftOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed the caller's stream");
            }
        };
        AlignmentCsv.write(ReportFixture.report(), Locale.ENGLISH, out);
        assertEquals(List.of("A.3", "", "Sécurité routière", "", "", "50"), parse(out.toByteArray()).get(23));
    }

    private static byte[] write(Locale locale) throws IOException {
        return write(ReportFixture.report(), locale);
    }

    private static byte[] write(AlignmentReport report, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AlignmentCsv.write(report, locale, out);
        return out.toByteArray();
    }

    /** Parses as a spreadsheet would, after the byte order mark; blank rows are kept to check the layout. */
    private static List<List<String>> parse(byte[] csv) throws IOException {
        return parse(csv, ',');
    }

    private static List<List<String>> parse(byte[] csv, char delimiter) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get()
                .parse(new StringReader(text.substring(1))).getRecords().stream()
                .map(CSVRecord::toList).toList();
    }
}
