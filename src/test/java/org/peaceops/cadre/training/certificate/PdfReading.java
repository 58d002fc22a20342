package org.peaceops.cadre.training.certificate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a certificate back the way its readers would: its text as a PDF
 * reader extracts it (for search, copy and screen readers), every glyph it
 * shows, and its QR code as a phone would scan it from the printed page.
 */
final class PdfReading {

    private PdfReading() {
    }

    /**
     * The extracted text, NFKC-normalised, with no-break spaces as spaces.
     * The PDF shows Arabic as shaped glyphs in visual order, and each glyph
     * maps back to a presentation form (U+FB50–U+FEFF: initial, medial,
     * final, isolated, and ligatures such as lam-alef). PDFBox reorders
     * right-to-left runs into logical order; NFKC folds the presentation
     * forms into the letters typed (a ligature into its two letters), so the
     * text compares equal to the NFKC form of the name given. Latin and
     * Cyrillic names are in NFC already, which NFKC leaves alone.
     */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalised(new PDFTextStripper().getText(document));
        }
    }

    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u00A0', ' ');
    }

    /** Every character the page shows, with its font and glyph code. */
    static List<TextPosition> glyphs(byte[] pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
        }
        return glyphs;
    }

    /** The first page as an image, as a printer or a screen would show it. */
    static BufferedImage image(byte[] pdf, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }

    /** The text of the QR code on the page image, found anywhere on the page. */
    static String qrCode(BufferedImage page) throws NotFoundException {
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return reader.decodeWithState(bitmap).getText();
    }
}
