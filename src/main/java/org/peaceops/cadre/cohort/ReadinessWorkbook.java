package org.peaceops.cadre.cohort;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * A cohort's readiness as a workbook, for the report a contributing country
 * certifies from: one sheet per course of the plan, one row per person at
 * risk with the reason, in the reader's language. Written as it streams, so
 * a battalion's rows never sit in memory twice.
 */
public final class ReadinessWorkbook {

    private ReadinessWorkbook() {
    }

    public static void write(ReadinessService.CohortReadiness computed, List<ReadinessService.NamedRisk> risks,
                             Locale reader, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook();
        try {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            courses(workbook.createSheet(Messages.format(reader, "readiness.byCourse")), computed, reader, bold);
            risks(workbook.createSheet(Messages.format(reader, "readiness.risks")), risks, reader, bold);
            workbook.write(out);
        } finally {
            workbook.dispose(); // the streaming writer's temporary files
            workbook.close();
        }
    }

    private static void courses(Sheet sheet, ReadinessService.CohortReadiness computed, Locale reader,
                                CellStyle bold) {
        Readiness readiness = computed.readiness();
        header(sheet, bold, text(reader, "readiness.course"), text(reader, "readiness.required"),
                text(reader, "readiness.done"), text(reader, "readiness.onTheirWay"),
                text(reader, "readiness.notOnTrack"));
        int row = 1;
        for (Readiness.Element element : readiness.elements()) {
            Course course = computed.courses().get(element.courseId());
            Row line = sheet.createRow(row++);
            line.createCell(0).setCellValue(course.getCode() + " · " + course.getTitle());
            line.createCell(1).setCellValue(element.required());
            line.createCell(2).setCellValue(element.done());
            line.createCell(3).setCellValue(element.onTrack() - element.done());
            line.createCell(4).setCellValue(element.needingSeat());
        }
        Row total = sheet.createRow(row + 1);
        total.createCell(0).setCellValue(text(reader, "readiness.people"));
        total.createCell(1).setCellValue(readiness.people());
        total.createCell(2).setCellValue(readiness.fullyTrained());
        total.createCell(3).setCellValue(readiness.onTrack() - readiness.fullyTrained());
        total.createCell(4).setCellValue(readiness.atRisk());
        sheet.setColumnWidth(0, 50 * 256);
    }

    private static void risks(Sheet sheet, List<ReadinessService.NamedRisk> risks, Locale reader, CellStyle bold) {
        header(sheet, bold, text(reader, "people.familyName"), text(reader, "people.givenNames"),
                text(reader, "people.serviceNumber"), text(reader, "people.nationality"),
                text(reader, "readiness.course"), text(reader, "readiness.reason"));
        int row = 1;
        for (ReadinessService.NamedRisk risk : risks) {
            Row line = sheet.createRow(row++);
            line.createCell(0).setCellValue(risk.person().getFamilyName());
            line.createCell(1).setCellValue(risk.person().getGivenNames());
            line.createCell(2).setCellValue(risk.person().getServiceNumber());
            line.createCell(3).setCellValue(risk.person().getNationality());
            line.createCell(4).setCellValue(risk.course().getCode());
            line.createCell(5).setCellValue(text(reader, risk.risk().tooLate() ? "readiness.reason.tooLate"
                    : "readiness.reason." + risk.risk().status()));
        }
        sheet.setColumnWidth(5, 50 * 256);
        sheet.createFreezePane(0, 1);
    }

    private static void header(Sheet sheet, CellStyle bold, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, Math.max(sheet.getColumnWidth(i), (titles[i].length() + 4) * 256));
        }
    }

    private static String text(Locale reader, String key) {
        return Messages.format(reader, key);
    }
}
