package org.peaceops.cadre.curriculum.report;

import java.awt.Color;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import org.peaceops.cadre.curriculum.Coverage;

/**
 * The PDF's fonts, colours and cells. Helvetica with the Windows-1252 encoding
 * is one of the fonts every PDF reader has, so nothing is embedded and the file
 * stays small; it covers English and French, and any character it lacks is
 * shown as "?" rather than silently dropped.
 */
final class PdfStyle {

    static final float BODY = 9;
    static final float SMALL = 7.5f;
    static final Color FULL = new Color(0xD4, 0xED, 0xDA);
    static final Color PARTIAL = new Color(0xFF, 0xE3, 0xA8);
    static final Color NONE = new Color(0xF6, 0xD0, 0xD3);
    static final Color SHADE = new Color(0xEC, 0xEF, 0xF2);
    static final Color RULE = new Color(0xA0, 0xA8, 0xB0);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PdfStyle() {
    }

    /** A new font each time: OpenPDF fonts are mutable, and a report may be drawn on several threads at once. */
    static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }

    static Font body() {
        return font(BODY, Font.NORMAL);
    }

    static Font bold() {
        return font(BODY, Font.BOLD);
    }

    static Font small() {
        return font(SMALL, Font.NORMAL);
    }

    static Phrase phrase(String text, Font font) {
        return new Phrase(printable(text), font);
    }

    static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(phrase(text, font));
        cell.setPadding(3);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    static PdfPCell number(String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    static Color background(Coverage coverage) {
        return switch (coverage) {
            case FULL -> FULL;
            case PARTIAL -> PARTIAL;
            case NONE -> NONE;
        };
    }

    /**
     * The text as Helvetica can show it: composed accents (a title pasted from
     * some systems arrives as e + combining accent), narrow and thin spaces as
     * no-break spaces, anything else outside Windows-1252 as "?".
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u202F', '\u00A0')
                .replace('\u2009', ' ');
        CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        StringBuilder printable = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> printable.append(encoder.canEncode(Character.toString(c))
                ? Character.toString(c) : "?"));
        return printable.toString();
    }
}
