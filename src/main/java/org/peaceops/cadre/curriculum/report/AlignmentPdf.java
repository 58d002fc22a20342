package org.peaceops.cadre.curriculum.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Item;
import org.peaceops.cadre.curriculum.AlignmentCalculator.ItemResult;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Node;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Result;

/**
 * The alignment report as an A4 PDF: what it is about, a summary box, the ITS
 * items with their coverage, then the gaps and the centre's additions.
 */
public final class AlignmentPdf {

    private static final float MARGIN = 42;
    private static final int FOOTER_TITLE_LENGTH = 70;
    /** Digits and dashes only, so the same in both languages; the label says it is UTC. */
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private AlignmentPdf() {
    }

    /** Writes the report; the stream is flushed but left open, as it belongs to the caller. */
    public static void write(AlignmentReport report, Locale locale, OutputStream out) throws IOException {
        ReportTexts texts = new ReportTexts(locale);
        String footer = texts.get("alignment.footer", abbreviate(report.curriculumTitle()),
                String.valueOf(report.versionNumber()), report.editionCode());
        try {
            out.write(PageNumbers.stamp(body(report, texts), footer, texts, MARGIN));
        } catch (DocumentException e) {
            // OpenPDF's unchecked exception, turned into the one failure callers of a writer expect.
            throw new IOException("Could not draw the alignment report", e);
        }
        out.flush();
    }

    private static byte[] body(AlignmentReport report, ReportTexts texts) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 14);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(PdfStyle.printable(texts.get("alignment.title") + " — " + report.curriculumTitle()));
        document.addCreator("Cadre");
        document.open();
        Paragraph title = new Paragraph(PdfStyle.phrase(texts.get("alignment.title"), PdfStyle.font(16, Font.BOLD)));
        title.setSpacingAfter(8);
        document.add(title);
        document.add(context(report, texts));
        document.add(summary(report.result(), texts));
        document.add(heading(texts.get("alignment.items")));
        document.add(PdfItemTable.of(report.result().items(), texts));
        gaps(document, report.result(), texts);
        additions(document, report.result(), texts);
        document.close();
        return pdf.toByteArray();
    }

    private static PdfPTable context(AlignmentReport report, ReportTexts texts) {
        PdfPTable table = new PdfPTable(new float[] {22, 78});
        table.setWidthPercentage(100);
        row(table, texts.get("alignment.centre"), report.centreName());
        row(table, texts.get("alignment.curriculum"), report.curriculumTitle());
        row(table, texts.get("alignment.version"), texts.version(report));
        row(table, texts.get("alignment.edition"), texts.edition(report));
        row(table, texts.get("alignment.generated"), GENERATED.format(report.generatedAt()));
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell left = PdfStyle.cell(label, PdfStyle.bold());
        PdfPCell right = PdfStyle.cell(value, PdfStyle.body());
        left.setBorder(Rectangle.NO_BORDER);
        right.setBorder(Rectangle.NO_BORDER);
        // Flush with the title above, as the cells have no frame to sit in.
        left.setPaddingLeft(0);
        table.addCell(left);
        table.addCell(right);
    }

    /** One framed box, so that a reviewer who reads nothing else reads this. */
    private static PdfPTable summary(Result result, ReportTexts texts) {
        Locale locale = texts.locale();
        PdfPTable box = new PdfPTable(new float[] {68, 32});
        box.setWidthPercentage(100);
        box.setSpacingBefore(10);
        PdfPCell heading = PdfStyle.cell(texts.get("alignment.summary.title"), PdfStyle.font(11, Font.BOLD));
        heading.setColspan(2);
        heading.setBackgroundColor(PdfStyle.SHADE);
        box.addCell(heading);
        figure(box, texts.get("alignment.summary.coverage"),
                texts.get("alignment.percent", Decimals.oneDecimal(result.coveragePercent(), locale)));
        figure(box, texts.get("alignment.summary.recommendedHours"),
                texts.get("alignment.hours", Decimals.oneDecimal(result.recommendedMinutes() / 60, locale)));
        figure(box, texts.get("alignment.summary.plannedHours"),
                texts.get("alignment.hours", Decimals.oneDecimal(result.plannedMinutes() / 60, locale)));
        figure(box, texts.get("alignment.summary.gaps"), String.valueOf(result.gaps().size()));
        figure(box, texts.get("alignment.summary.estimated"), String.valueOf(result.estimatedItems()));
        PdfPCell notes = PdfStyle.cell(texts.get("alignment.summary.coverageNote") + "\n"
                + texts.get("alignment.summary.estimatedNote"), PdfStyle.small());
        notes.setColspan(2);
        box.addCell(notes);
        return box;
    }

    private static void figure(PdfPTable box, String label, String value) {
        box.addCell(PdfStyle.cell(label, PdfStyle.body()));
        box.addCell(PdfStyle.number(value, PdfStyle.bold()));
    }

    private static void gaps(Document document, Result result, ReportTexts texts) {
        document.add(heading(texts.get("alignment.gaps")));
        Map<Long, ItemResult> byId = result.items().stream()
                .collect(Collectors.toMap(r -> r.item().id(), Function.identity()));
        for (Item gap : result.gaps()) {
            String minutes = texts.get("alignment.minutes",
                    Decimals.upToOneDecimal(byId.get(gap.id()).recommendedMinutes(), texts.locale()));
            document.add(entry(gap.code() + " — " + gap.title() + " (" + minutes + ")"));
        }
        if (result.gaps().isEmpty()) {
            document.add(entry(texts.get("alignment.none")));
        }
    }

    private static void additions(Document document, Result result, ReportTexts texts) {
        document.add(heading(texts.get("alignment.additions")));
        for (Node node : result.additions()) {
            String code = node.code() == null ? "" : node.code() + " — ";
            String minutes = node.minutes() == null ? ""
                    : " (" + texts.get("alignment.minutes", String.valueOf(node.minutes())) + ")";
            document.add(entry(code + node.title() + minutes));
        }
        if (result.additions().isEmpty()) {
            document.add(entry(texts.get("alignment.none")));
        }
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(PdfStyle.phrase(text, PdfStyle.font(11, Font.BOLD)));
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(2);
        return heading;
    }

    private static Paragraph entry(String text) {
        Paragraph entry = new Paragraph(PdfStyle.phrase(text, PdfStyle.body()));
        entry.setIndentationLeft(10);
        return entry;
    }

    private static String abbreviate(String text) {
        return text.length() <= FOOTER_TITLE_LENGTH ? text : text.substring(0, FOOTER_TITLE_LENGTH - 1) + "…";
    }
}
