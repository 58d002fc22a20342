package org.peaceops.cadre.training.certificate;

import java.awt.Color;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.peaceops.cadre.training.certificate.CertificateFonts.Weight;

/**
 * Sets text in one column of the page from the top down, each line below
 * the last. Each piece is its own paragraph with its own run direction, so
 * that an Arabic name is set right to left (and shaped) between English or
 * French lines set left to right.
 *
 * <p>Sizes and gaps are multiplied by a scale, and the lines can be set
 * without drawing, only to learn where they would end: that is how the body
 * is centred on the page, and made smaller when long texts would not fit.
 */
final class CertificateLines {

    private static final float LEADING = 1.3f;
    private static final float FLOOR = 30;

    private final PdfContentByte canvas;
    private final CertificateFonts fonts;
    private final float left;
    private final float right;
    private final float scale;
    private final boolean drawing;
    private float y;

    /** With {@code drawing} false, lines are only measured: nothing is put on the page. */
    CertificateLines(PdfContentByte canvas, CertificateFonts fonts, float left, float right, float top, float scale,
            boolean drawing) {
        this.canvas = canvas;
        this.fonts = fonts;
        this.left = left;
        this.right = right;
        this.y = top;
        this.scale = scale;
        this.drawing = drawing;
    }

    /** The baseline of the last line set, or the top if none was. */
    float y() {
        return y;
    }

    /** Centred text; see {@link #aligned}. */
    void centred(float gap, String text, Weight weight, float size, Color colour, float smallest)
            throws DocumentException {
        set(gap, text, weight, size, colour, smallest, Element.ALIGN_CENTER);
    }

    /**
     * Sets the text {@code gap} below the last line, shrinking it to fit one
     * line down to {@code smallest} times its size, then wrapping. A right to
     * left text keeps the alignment asked for: "right" is the column's right
     * edge whatever the direction.
     */
    void aligned(float gap, String text, Weight weight, float size, Color colour, float smallest, int alignment)
            throws DocumentException {
        set(gap, text, weight, size, colour, smallest, alignment);
    }

    private void set(float gap, String text, Weight weight, float size, Color colour, float smallest, int alignment)
            throws DocumentException {
        float scaled = size * scale;
        Phrase phrase = fonts.phrase(text, weight, scaled, colour);
        float width = CertificateFonts.width(phrase);
        float fitted = scaled;
        if (width > right - left) {
            fitted = Math.max(scaled * smallest, scaled * (right - left) / width * 0.98f);
            phrase = fonts.phrase(text, weight, fitted, colour);
        }
        int direction = CertificateFonts.direction(text);
        ColumnText column = new ColumnText(canvas);
        column.setRunDirection(direction);
        column.setSimpleColumn(phrase, left, FLOOR, right, y - gap * scale, fitted * LEADING,
                physical(alignment, direction));
        column.go(!drawing);
        y = column.getYLine();
    }

    /** A rule {@code gap} below the last line, across the column less a margin, for a signature above it. */
    void rule(float gap, Color colour) {
        y -= gap * scale;
        if (drawing) {
            canvas.saveState();
            canvas.setColorStroke(colour);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(left + 20, y);
            canvas.lineTo(right - 20, y);
            canvas.stroke();
            canvas.restoreState();
        }
    }

    /** A short rule with a small diamond at its middle, {@code gap} below the last line. */
    void ornament(float gap, Color colour) {
        y -= gap * scale;
        if (drawing) {
            float middle = (left + right) / 2;
            canvas.saveState();
            canvas.setColorStroke(colour);
            canvas.setColorFill(colour);
            canvas.setLineWidth(0.7f);
            canvas.moveTo(middle - 90, y);
            canvas.lineTo(middle - 8, y);
            canvas.moveTo(middle + 8, y);
            canvas.lineTo(middle + 90, y);
            canvas.stroke();
            canvas.moveTo(middle, y + 3.5f);
            canvas.lineTo(middle + 3.5f, y);
            canvas.lineTo(middle, y - 3.5f);
            canvas.lineTo(middle - 3.5f, y);
            canvas.closePath();
            canvas.fill();
            canvas.restoreState();
        }
        y -= 4;
    }

    /** In a right-to-left column OpenPDF reads left and right as start and end; this keeps them physical. */
    private static int physical(int alignment, int direction) {
        if (direction != PdfWriter.RUN_DIRECTION_RTL) {
            return alignment;
        }
        return switch (alignment) {
            case Element.ALIGN_LEFT -> Element.ALIGN_RIGHT;
            case Element.ALIGN_RIGHT -> Element.ALIGN_LEFT;
            default -> alignment;
        };
    }
}
