package org.peaceops.cadre.cohort.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * The roster template as an Excel workbook, written with POI's streaming
 * writer: a roster sheet (bold, frozen header, the example person, widths to
 * fit) and a sheet on how to fill in each column.
 */
final class TemplateWorkbook {

    /** Column widths are counted in 1/256 of a character. */
    private static final int CHARACTER = 256;
    private static final int[] GUIDE_WIDTHS = {24, 14, 60, 50, 50};

    private TemplateWorkbook() {
    }

    static void write(Locale reader, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook();
        try {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            roster(workbook, reader, bold);
            guide(workbook, reader, bold);
            workbook.write(out);
        } finally {
            workbook.dispose(); // the streaming writer's temporary files
            workbook.close();
        }
    }

    private static void roster(SXSSFWorkbook workbook, Locale reader, CellStyle bold) {
        Sheet sheet = workbook.createSheet(Messages.format(reader, "roster.template.sheet"));
        List<String> headers = RosterTemplate.headers(reader);
        List<String> example = RosterTemplate.example(reader);
        // Service numbers stay text, so that Excel keeps their leading zeros.
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat((short) BuiltinFormats.getBuiltinFormat("@"));
        sheet.setDefaultColumnStyle(RosterColumn.SERVICE_NUMBER.ordinal(), text);
        row(sheet, 0, headers, bold);
        row(sheet, 1, example, null).getCell(RosterColumn.SERVICE_NUMBER.ordinal()).setCellStyle(text);
        for (int i = 0; i < headers.size(); i++) {
            int characters = Math.max(12, Math.max(headers.get(i).length(), example.get(i).length()) + 2);
            sheet.setColumnWidth(i, characters * CHARACTER);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void guide(SXSSFWorkbook workbook, Locale reader, CellStyle bold) {
        Sheet sheet = workbook.createSheet(Messages.format(reader, "roster.template.guideSheet"));
        row(sheet, 0, List.of(Messages.format(reader, "roster.heading.column"),
                Messages.format(reader, "roster.heading.entry"), Messages.format(reader, "roster.heading.hint"),
                Messages.format(reader, "roster.heading.values"),
                Messages.format(reader, "roster.heading.alsoAccepted")), bold);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        for (RosterColumn column : RosterColumn.values()) {
            row(sheet, column.ordinal() + 1, RosterTemplate.guide(column, reader), wrapped);
        }
        for (int i = 0; i < GUIDE_WIDTHS.length; i++) {
            sheet.setColumnWidth(i, GUIDE_WIDTHS[i] * CHARACTER);
        }
        sheet.createFreezePane(0, 1);
    }

    private static Row row(Sheet sheet, int index, List<String> values, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(values.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return row;
    }
}
