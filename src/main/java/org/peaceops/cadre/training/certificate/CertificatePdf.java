package org.peaceops.cadre.training.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.peaceops.cadre.training.certificate.CertificateFonts.Weight;

/**
 * A certificate of course completion as a one-page A4 landscape PDF: a
 * framed page with the centre, the title, the holder, the course, its dates
 * and hours, then the issue date and signature line on the left and the
 * verification code, address and QR code on the right, so that anyone who
 * holds the paper can check it is genuine. Everything is drawn at places
 * computed here, never flowed, so the certificate cannot run onto a second
 * page: a long name or title is set smaller, then wrapped, and the whole
 * body smaller still if it would reach the blocks at the bottom.
 */
public final class CertificatePdf {

    /** A4 landscape as a wide page of its own; PageSize.A4.rotate() would give an upright page turned by /Rotate. */
    private static final Rectangle PAGE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final float OUTER_FRAME = 22;
    private static final float INNER_FRAME = 28;
    private static final float SIDE = 84;
    /** The body's first line hangs this far below the page's top edge, at most. */
    private static final float BODY_TOP = 52;
    /** The body's last line stays above this height, clear of the issue and verification blocks. */
    private static final float BODY_BOTTOM = 182;
    /** The body is set at most this much smaller when its name and title take several lines. */
    private static final float SMALLEST_BODY = 0.75f;
    private static final float QR_SIZE = 82;
    private static final float QR_BOTTOM = 58;
    private static final Color INK = new Color(0x1B, 0x2B, 0x44);
    private static final Color TEXT = new Color(0x2E, 0x33, 0x3A);
    private static final Color MUTED = new Color(0x5B, 0x63, 0x6E);
    private static final Color FRAME = new Color(0x2A, 0x5C, 0x96);

    private CertificatePdf() {
    }

    /**
     * The certificate as PDF bytes.
     *
     * @throws IllegalArgumentException if a text holds a character that no embedded font can print
     *                                  (see {@link #unprintable})
     */
    public static byte[] render(CertificateContent content) {
        CertificateTexts texts = new CertificateTexts(content.locale());
        CertificateFonts fonts = new CertificateFonts();
        Set<String> missing = unprintable(content, fonts);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The certificate cannot print " + String.join(", ", missing));
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PAGE, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        document.addTitle(texts.get("certificate.documentTitle", content.holderName(), content.courseTitle()));
        document.addAuthor(content.centreName());
        document.addCreator("Cadre");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.locale().toLanguageTag()));
        document.open();
        try {
            PdfContentByte canvas = writer.getDirectContent();
            frame(canvas);
            body(canvas, fonts, content, texts);
            issue(canvas, fonts, content, texts);
            verification(canvas, fonts, content, texts);
        } catch (DocumentException e) {
            // OpenPDF's unchecked exception, for a drawing error: nothing a caller could correct.
            throw new IllegalStateException("Could not draw the certificate", e);
        }
        document.close();
        return pdf.toByteArray();
    }

    /**
     * The characters of the content's texts that the certificate cannot
     * print, e.g. "U+738B 王", so that a caller can ask for a transliteration
     * before issuing rather than meet the exception of {@link #render}.
     */
    public static Set<String> unprintable(CertificateContent content) {
        return unprintable(content, new CertificateFonts());
    }

    private static Set<String> unprintable(CertificateContent content, CertificateFonts fonts) {
        Set<String> missing = new LinkedHashSet<>();
        Stream.of(content.holderName(), content.holderRank(), content.courseTitle(), content.courseCode(),
                content.centreName(), content.centrePlace(), content.itsEdition(), content.verificationCode())
                .filter(text -> text != null).forEach(text -> missing.addAll(fonts.unprintable(text)));
        return missing;
    }

    /** A strong outer rule and a hairline inside it, as on printed diplomas. */
    private static void frame(PdfContentByte canvas) {
        canvas.saveState();
        canvas.setColorStroke(FRAME);
        canvas.setLineWidth(2.4f);
        inset(canvas, OUTER_FRAME);
        canvas.setLineWidth(0.6f);
        inset(canvas, INNER_FRAME);
        canvas.restoreState();
    }

    private static void inset(PdfContentByte canvas, float by) {
        canvas.rectangle(by, by, PAGE.getWidth() - 2 * by, PAGE.getHeight() - 2 * by);
        canvas.stroke();
    }

    /**
     * The centre, title, holder and course, centred in the space above the
     * issue and verification blocks. They are set first without drawing, to
     * measure them: a certificate without rank or ITS edition is shorter, and
     * one whose name and title wrap onto several lines is set smaller.
     */
    private static void body(PdfContentByte canvas, CertificateFonts fonts, CertificateContent content,
            CertificateTexts texts) throws DocumentException {
        float top = PAGE.getHeight() - BODY_TOP;
        float scale = 1;
        float end = body(new CertificateLines(canvas, fonts, SIDE, PAGE.getWidth() - SIDE, top, scale, false),
                content, texts);
        while (end < BODY_BOTTOM && scale > SMALLEST_BODY) {
            scale -= 0.05f;
            end = body(new CertificateLines(canvas, fonts, SIDE, PAGE.getWidth() - SIDE, top, scale, false),
                    content, texts);
        }
        float spare = Math.max(0, end - BODY_BOTTOM);
        body(new CertificateLines(canvas, fonts, SIDE, PAGE.getWidth() - SIDE, top - spare / 2, scale, true),
                content, texts);
    }

    /** @return the baseline of the last line */
    private static float body(CertificateLines lines, CertificateContent content, CertificateTexts texts)
            throws DocumentException {
        lines.centred(0, content.centreName(), Weight.BOLD, 14, INK, 0.75f);
        if (content.centrePlace() != null) {
            lines.centred(1, content.centrePlace(), Weight.REGULAR, 10.5f, MUTED, 1);
        }
        lines.centred(22, texts.get("certificate.title"), Weight.BOLD, 30, INK, 0.6f);
        lines.ornament(14, FRAME);
        lines.centred(10, texts.get("certificate.certifies"), Weight.ITALIC, 13, TEXT, 1);
        if (content.holderRank() != null) {
            lines.centred(8, content.holderRank(), Weight.REGULAR, 12.5f, TEXT, 0.75f);
        }
        lines.centred(content.holderRank() == null ? 8 : 2, content.holderName(), Weight.BOLD, 27, INK, 0.7f);
        lines.centred(10, texts.get("certificate.completed"), Weight.ITALIC, 13, TEXT, 1);
        lines.centred(8, content.courseTitle(), Weight.BOLD, 19, INK, 0.8f);
        lines.centred(2, texts.get("certificate.courseCode", content.courseCode()), Weight.REGULAR, 11, MUTED, 0.8f);
        lines.centred(10, texts.period(content.startsOn(), content.endsOn()) + (content.instructionMinutes() == 0 ? ""
                : " \u00B7 " + texts.hours(content.instructionMinutes())), Weight.REGULAR, 12, TEXT, 0.8f);
        if (content.itsEdition() != null) {
            lines.centred(4, texts.get("certificate.its", content.itsEdition()), Weight.ITALIC, 10.5f, MUTED, 0.8f);
        }
        return lines.y();
    }

    /** Bottom left: when and where it was issued, over a line for the director's signature. */
    private static void issue(PdfContentByte canvas, CertificateFonts fonts, CertificateContent content,
            CertificateTexts texts) throws DocumentException {
        CertificateLines lines = new CertificateLines(canvas, fonts, SIDE, SIDE + 250, QR_BOTTOM + 92, 1, true);
        lines.centred(0, texts.issued(content.centrePlace(), content.issuedOn()), Weight.REGULAR, 10.5f, TEXT, 0.75f);
        lines.rule(lines.y() - (QR_BOTTOM + 38), MUTED);
        lines.centred(3, texts.get("certificate.signatory"), Weight.ITALIC, 9, MUTED, 0.85f);
        lines.centred(0, content.centreName(), Weight.REGULAR, 9, MUTED, 0.85f);
    }

    /** Bottom right: the QR code, and beside it the code and address for whoever cannot scan it. */
    private static void verification(PdfContentByte canvas, CertificateFonts fonts, CertificateContent content,
            CertificateTexts texts) throws DocumentException {
        String address = content.verificationAddress().toASCIIString();
        float qrLeft = PAGE.getWidth() - SIDE - QR_SIZE;
        QrCode.draw(canvas, address, qrLeft, QR_BOTTOM, QR_SIZE, INK);
        CertificateLines lines = new CertificateLines(canvas, fonts, qrLeft - 14 - 310, qrLeft - 14,
                QR_BOTTOM + QR_SIZE + 2, 1, true);
        lines.aligned(0, texts.get("certificate.verificationCode"), Weight.ITALIC, 9, MUTED, 0.7f,
                Element.ALIGN_RIGHT);
        lines.aligned(1, content.verificationCode(), Weight.BOLD, 13, INK, 0.7f, Element.ALIGN_RIGHT);
        lines.aligned(8, texts.get("certificate.verifyAt"), Weight.ITALIC, 9, MUTED, 0.7f, Element.ALIGN_RIGHT);
        lines.aligned(1, address, Weight.REGULAR, 9, TEXT, 0.75f, Element.ALIGN_RIGHT);
    }
}
