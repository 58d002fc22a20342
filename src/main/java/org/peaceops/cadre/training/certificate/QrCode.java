package org.peaceops.cadre.training.certificate;

import java.awt.Color;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * A QR code drawn as vector squares, so that it stays sharp at any zoom and
 * on any printer, where a bitmap would be blurred or resampled. ZXing only
 * computes the modules; each row's dark runs become rectangles of one path,
 * filled once, so that no hairline shows between neighbouring modules.
 */
final class QrCode {

    /** The blank border scanners need around the code, in modules (ISO/IEC 18004 asks for four). */
    static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /**
     * Draws {@code text} as a QR code whose dark modules fill the square of
     * side {@code size} with its lower left corner at (x, y). The caller
     * keeps {@link #QUIET_ZONE} modules around it free of ink.
     *
     * @return the side of one module, to size the quiet zone
     */
    static float draw(PdfContentByte canvas, String text, float x, float y, float size, Color ink) {
        ByteMatrix matrix = encode(text);
        int modules = matrix.getWidth();
        float module = size / modules;
        canvas.saveState();
        canvas.setColorFill(ink);
        for (int row = 0; row < modules; row++) {
            float top = y + size - row * module;
            int column = 0;
            while (column < modules) {
                if (matrix.get(column, row) != 1) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules && matrix.get(column, row) == 1) {
                    column++;
                }
                canvas.rectangle(x + start * module, top - module, (column - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
        return module;
    }

    /**
     * Error correction level M (15 % of the code may be damaged or soiled),
     * the usual choice for printed codes; the text is an ASCII address, so
     * the default byte encoding fits it and no character-set marker is added.
     */
    private static ByteMatrix encode(String text) {
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode the verification address as a QR code", e);
        }
    }
}
