package org.peaceops.cadre.curriculum.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Item;
import org.peaceops.cadre.curriculum.AlignmentCalculator.ItemResult;

/**
 * The PDF's table of ITS items: indented by depth so that the edition's tree
 * reads at a glance, coverage shown both in words and by colour (words for
 * black-and-white prints, colour for a quick scan).
 */
final class PdfItemTable {

    /** Points per level; codes already show depth by their dots, so they move less than titles. */
    private static final float CODE_INDENT = 5;
    private static final float TITLE_INDENT = 10;
    /** Deeper items stop moving right, so that narrow columns keep room for their text. */
    private static final int MAX_INDENTED_DEPTH = 5;

    private PdfItemTable() {
    }

    static PdfPTable of(List<ItemResult> items, ReportTexts texts) {
        PdfPTable table = new PdfPTable(new float[] {12, 43, 14, 15.5f, 15.5f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        // The header row repeats on every page the table runs onto.
        table.setHeaderRows(1);
        List<String> headers = List.of("alignment.column.code", "alignment.column.title",
                "alignment.column.coverage", "alignment.column.recommended", "alignment.column.planned");
        for (int column = 0; column < headers.size(); column++) {
            Font font = PdfStyle.font(PdfStyle.SMALL + 0.5f, Font.BOLD);
            String text = texts.get(headers.get(column));
            // Minute headings sit right, over the figures they name.
            PdfPCell header = column < 3 ? PdfStyle.cell(text, font) : PdfStyle.number(text, font);
            header.setBackgroundColor(PdfStyle.SHADE);
            table.addCell(header);
        }
        Map<Long, Integer> depths = depths(items.stream().map(ItemResult::item).toList());
        Locale locale = texts.locale();
        for (ItemResult result : items) {
            int depth = depths.get(result.item().id());
            Font font = depth == 0 ? PdfStyle.bold() : PdfStyle.body();
            table.addCell(indented(PdfStyle.cell(result.item().code(), font), depth, CODE_INDENT));
            table.addCell(indented(PdfStyle.cell(result.item().title(), font), depth, TITLE_INDENT));
            PdfPCell coverage = PdfStyle.cell(texts.coverage(result.coverage()), PdfStyle.body());
            coverage.setBackgroundColor(PdfStyle.background(result.coverage()));
            table.addCell(coverage);
            String recommended = Decimals.upToOneDecimal(result.recommendedMinutes(), locale);
            table.addCell(PdfStyle.number(result.estimated() ? recommended + "*" : recommended, PdfStyle.body()));
            table.addCell(PdfStyle.number(Decimals.upToOneDecimal(result.plannedMinutes(), locale), PdfStyle.body()));
        }
        return table;
    }

    /** Depth from the root, 0 for a top item; items come parents first, as the calculator gives them. */
    static Map<Long, Integer> depths(List<Item> items) {
        Map<Long, Integer> depths = new HashMap<>();
        for (Item item : items) {
            Integer parentDepth = item.parentId() == null ? null : depths.get(item.parentId());
            depths.put(item.id(), parentDepth == null ? 0 : parentDepth + 1);
        }
        return depths;
    }

    private static PdfPCell indented(PdfPCell cell, int depth, float indent) {
        cell.setPaddingLeft(cell.getPaddingLeft() + Math.min(depth, MAX_INDENTED_DEPTH) * indent);
        return cell;
    }
}
