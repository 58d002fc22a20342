package org.peaceops.cadre.cohort.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peaceops.cadre.cohort.roster.Rosters.HEADER;
import static org.peaceops.cadre.cohort.roster.Rosters.check;
import static org.peaceops.cadre.cohort.roster.Rosters.csv;
import static org.peaceops.cadre.cohort.roster.Rosters.described;
import static org.peaceops.cadre.cohort.roster.Rosters.headerCells;
import static org.peaceops.cadre.cohort.roster.Rosters.person;
import static org.peaceops.cadre.cohort.roster.Rosters.read;
import static org.peaceops.cadre.cohort.roster.Rosters.readCsv;
import static org.peaceops.cadre.cohort.roster.Rosters.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class RosterReaderTest {

    private static final List<String> UNREADABLE = List.of("0 null roster.problem.unreadable");

    @Test
    void aCommaSeparatedRosterReadsWithSpreadsheetRowNumbers() {
        RosterSheet sheet = readCsv(csv(person("A-1"), person("A-2")));

        assertEquals(1, sheet.headerRow());
        assertEquals(Arrays.asList(HEADER.split(",")), sheet.header());
        assertEquals(List.of(2, 3), sheet.rows().stream().map(RosterSheet.Row::number).toList());
        assertEquals("A-2", sheet.rows().get(1).cell(0));
        assertEquals(List.of(), sheet.problems());
    }

    @Test
    void semicolonsSeparateWhenTheHeaderLineHasMoreOfThem() {
        String text = HEADER.replace(',', ';') + "\n" + person("A-1").replace(',', ';').replace("en;fr", "\"en,fr\"");

        RosterSheet sheet = readCsv(text);

        assertEquals(12, sheet.header().size());
        assertEquals("en,fr", sheet.rows().get(0).cell(10));
        assertTrue(check(sheet).isValid());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() {
        RosterSheet sheet = readCsv("\uFEFF" + csv(person("A-1")));

        assertEquals("service_number", sheet.header().get(0));
        assertTrue(check(sheet).isValid());
    }

    @Test
    void blankLinesAreSkippedButStillCountAsRows() {
        RosterSheet sheet = readCsv("\n" + HEADER + "\r\n\r\n" + person("A-1") + "\r\n , ,\r\n"
                + person("A-2") + "\r\n");

        assertEquals(2, sheet.headerRow());
        assertEquals(List.of(4, 6), sheet.rows().stream().map(RosterSheet.Row::number).toList());
    }

    @Test
    void aQuotedCellSpanningLinesStaysOneRow() {
        RosterSheet sheet = readCsv(csv("A-1,\"Mensah\nBoateng\",\"Ama, Serwaa\"", person("A-2")));

        assertEquals("Mensah\nBoateng", sheet.rows().get(0).cell(1));
        assertEquals("Ama, Serwaa", sheet.rows().get(0).cell(2));
        assertEquals(List.of(2, 3), sheet.rows().stream().map(RosterSheet.Row::number).toList());
    }

    @Test
    void anUnclosedQuotationMarkKeepsTheRowsBeforeIt() {
        RosterSheet sheet = readCsv(csv(person("A-1"), "A-2,\"Mensah,Ama", person("A-3")));

        assertEquals(1, sheet.rows().size());
        assertEquals(List.of("3 null roster.problem.quotes [3]"), described(check(sheet)));
    }

    @Test
    void aWorkbookReadsItsFirstSheetWithDateAndNumberCells() {
        List<Object> row = new ArrayList<>(List.of(12345678901L, "Mensah", "Ama", "Captain", "Junior officer", "GH",
                "Military", "F", LocalDate.of(1990, 4, 15), "ama@example.org", "en fr"));
        RosterSheet sheet = read("roster.xlsx", xlsx(List.of(headerCells(), row)));

        assertEquals(1, sheet.headerRow());
        assertEquals("12345678901", sheet.rows().get(0).cell(0));
        assertEquals("1990-04-15", sheet.rows().get(0).cell(8));
        assertEquals("", sheet.rows().get(0).cell(11));
        RosterValidation validation = check(sheet);
        assertEquals(List.of(), validation.problems());
        assertEquals(LocalDate.of(1990, 4, 15), validation.entries().get(0).dateOfBirth());
    }

    @Test
    void aWorkbookKeepsItsRowNumbersAndItsMissingCellsAreBlank() {
        List<Object> sparse = Arrays.asList("A-2", "Mensah", null, null, null, "GH", "police");
        byte[] workbook = xlsx(List.of(List.of(), headerCells(), List.of(), List.of(person("A-1").split(",")),
                sparse));

        RosterSheet sheet = read("upload", workbook);

        assertEquals(2, sheet.headerRow());
        assertEquals(List.of(4, 5), sheet.rows().stream().map(RosterSheet.Row::number).toList());
        assertEquals("", sheet.rows().get(1).cell(2));
        assertEquals(2, check(sheet).entries().size());
    }

    @Test
    void theContentTellsTheFormatNotTheName() {
        byte[] workbook = xlsx(List.of(headerCells(), List.of(person("A-1").split(","))));

        assertEquals(1, check(read("roster.csv", workbook)).entries().size());
        assertEquals(1, check(read(null, csv(person("A-1")).getBytes(StandardCharsets.UTF_8))).entries().size());
    }

    @Test
    void randomBytesAreOneProblem() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);

        assertEquals(UNREADABLE, described(check(read("roster.csv", garbage))));
    }

    @Test
    void textCalledAWorkbookIsOneProblem() {
        byte[] text = csv(person("A-1")).getBytes(StandardCharsets.UTF_8);

        assertEquals(UNREADABLE, described(check(read("roster.xlsx", text))));
    }

    @Test
    void anOldExcelFileIsOneProblem() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertEquals(UNREADABLE, described(check(read("roster.xls", xls))));
    }

    @Test
    void aZipThatIsNoWorkbookIsOneProblem() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        byte[] truncated = Arrays.copyOf(xlsx(List.of(headerCells())), 200);

        assertEquals(UNREADABLE, described(check(read("roster.xlsx", bytes.toByteArray()))));
        assertEquals(UNREADABLE, described(check(read("roster.xlsx", truncated))));
    }

    @Test
    void aLegacyCodePageIsOneProblemThatAsksForUtf8() {
        Charset windows = Charset.forName("windows-1252");
        String text = "Matricule;Nom;Nationalité;Catégorie\nA-1;Kaboré;BF;militaire\n";

        assertEquals(UNREADABLE, described(check(read("effectif.csv", text.getBytes(windows)))));
    }

    @Test
    void anEmptyFileSaysSo() {
        assertEquals(List.of("0 null roster.problem.emptyFile"), described(check(read("roster.csv", new byte[0]))));
        assertEquals(List.of("0 null roster.problem.emptyFile"), described(check(readCsv("\n \n,,\n"))));
    }

    @Test
    void theRowLimitStopsReadingWithAProblemAtTheFirstRowBeyondIt() {
        RosterSheet sheet = readCsv(Rosters.manyPeople(RosterReader.MAX_ROWS + 5));

        assertEquals(RosterReader.MAX_ROWS, sheet.rows().size());
        int firstBeyond = RosterReader.MAX_ROWS + 2;
        assertEquals(List.of(firstBeyond + " null roster.problem.tooManyRows [20000]"), described(check(sheet)));
    }

    @Test
    void theRowLimitHoldsForWorkbooksToo() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headerCells());
        rows.addAll(Collections.nCopies(RosterReader.MAX_ROWS + 1, List.of("A-1", "Mensah")));

        RosterSheet sheet = read("roster.xlsx", xlsx(rows));

        assertEquals(RosterReader.MAX_ROWS, sheet.rows().size());
        assertEquals(List.of(RosterReader.MAX_ROWS + 2 + " null roster.problem.tooManyRows [20000]"),
                sheet.problems().stream().map(Rosters::describe).toList());
    }

    @Test
    void overlongCellsAreCutAndReportedAsTooLongForTheirColumn() {
        String name = "N".repeat(RosterReader.MAX_CELL_LENGTH * 3);
        RosterSheet sheet = readCsv(csv("A-1," + name + ",,,,GH,police"));

        assertEquals(RosterReader.MAX_CELL_LENGTH + 1, sheet.rows().get(0).cell(1).length());
        assertEquals(List.of("2 FAMILY_NAME roster.problem.tooLong [#roster.column.FAMILY_NAME, 100]"),
                described(check(sheet)));
    }

    @Test
    void aHeaderWiderThanTheLimitIsAProblem() {
        String wide = HEADER + ",x".repeat(RosterReader.MAX_COLUMNS);

        RosterSheet sheet = readCsv(wide + "\n" + person("A-1") + "\n");

        assertEquals(RosterReader.MAX_COLUMNS + 1, sheet.header().size());
        assertTrue(described(check(sheet)).contains("1 null roster.problem.tooManyColumns [50]"));
    }

    @Test
    void theCallersStreamIsLeftOpen() {
        byte[] workbook = xlsx(List.of(headerCells(), List.of(person("A-1").split(","))));
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(workbook) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        new RosterReader().read("roster.xlsx", in);

        assertFalse(closed[0]);
    }
}
