package org.peaceops.cadre.cohort.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Rosters for the tests: CSV text, workbooks made with POI, and the reader and validator run on them. */
final class Rosters {

    /** The day ages are reckoned on in the tests. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static final String HEADER = "service_number,family_name,given_names,rank,rank_band,nationality,category,"
            + "gender,date_of_birth,email,languages,cohort_role";

    private Rosters() {
    }

    /** A valid row of the {@link #HEADER} layout for service number {@code number}. */
    static String person(String number) {
        return number + ",Mensah,Ama Serwaa,Captain,junior officer,gh,military,F,1990-04-15,"
                + "ama.mensah@example.org,en;fr,staff officer";
    }

    /** A CSV roster of these lines, under the {@link #HEADER}. */
    static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    static RosterSheet read(String fileName, byte[] content) {
        return new RosterReader().read(fileName, new ByteArrayInputStream(content));
    }

    static RosterSheet readCsv(String text) {
        return read("roster.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static RosterValidation check(RosterSheet sheet) {
        return new RosterValidator().validate(sheet, TODAY);
    }

    static RosterValidation checkCsv(String text) {
        return check(readCsv(text));
    }

    /** The problems as "row column key [arguments]", to assert on them in one line each. */
    static List<String> described(RosterValidation validation) {
        return validation.problems().stream().map(Rosters::describe).toList();
    }

    static String describe(RosterProblem problem) {
        return problem.row() + " " + problem.column() + " " + problem.messageKey()
                + (problem.arguments().isEmpty() ? "" : " " + problem.arguments());
    }

    /**
     * A workbook whose first sheet holds {@code rows}: strings as text cells,
     * numbers as number cells, dates as date cells in a day/month/year format,
     * {@code null} as no cell at all.
     */
    static byte[] xlsx(List<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Contingent");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    }
                }
            }
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not read");
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** The {@link #HEADER}'s cells. */
    static List<Object> headerCells() {
        return List.of(HEADER.split(","));
    }

    /** CSV text with this many valid people, service numbers 1 to {@code count}. */
    static String manyPeople(int count) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= count; i++) {
            text.append(person("SN-" + i)).append('\n');
        }
        return text.toString();
    }
}
