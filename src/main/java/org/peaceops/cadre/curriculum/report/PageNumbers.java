package org.peaceops.cadre.curriculum.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;

/**
 * Stamps each page's footer once the document is complete: "Page 2 of 5" needs
 * the page count, and stamping afterwards keeps that text one translatable
 * sentence. The left side names the report, so that a loose page is traceable.
 */
final class PageNumbers {

    private static final float BASELINE = 28;

    private PageNumbers() {
    }

    static byte[] stamp(byte[] pdf, String leftText, ReportTexts texts, float margin) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        ByteArrayOutputStream stamped = new ByteArrayOutputStream(pdf.length + 4096);
        PdfStamper stamper = new PdfStamper(reader, stamped);
        int pages = reader.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            Rectangle size = reader.getPageSize(page);
            PdfContentByte over = stamper.getOverContent(page);
            ColumnText.showTextAligned(over, Element.ALIGN_LEFT, PdfStyle.phrase(leftText, PdfStyle.small()),
                    size.getLeft(margin), BASELINE, 0);
            String number = texts.get("alignment.page", String.valueOf(page), String.valueOf(pages));
            ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, PdfStyle.phrase(number, PdfStyle.small()),
                    size.getRight(margin), BASELINE, 0);
        }
        stamper.close();
        reader.close();
        return stamped.toByteArray();
    }
}
