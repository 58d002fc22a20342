package org.peaceops.cadre.training.certificate;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The certificate's fonts, embedded as subsets so that a name prints the same
 * on every reader, whatever fonts it has. DejaVu Serif sets Latin (with every
 * accent a French, Portuguese, Turkish or Kenyan name needs) and Cyrillic;
 * it has no Arabic, so each character it lacks is set in DejaVu Sans, which
 * has the Arabic letters and the presentation forms OpenPDF's shaping turns
 * them into. A character neither has is refused rather than printed as a box
 * or dropped: a certificate with a mangled name must not be issued.
 *
 * <p>One instance serves one document: OpenPDF's font objects keep state
 * while a document is written. The font files are read from the classpath
 * once and kept as bytes.
 */
final class CertificateFonts {

    /** The weights the certificate uses, each a serif face with a sans-serif fallback. */
    enum Weight {
        REGULAR("DejaVuSerif.ttf", "DejaVuSans.ttf"),
        BOLD("DejaVuSerif-Bold.ttf", "DejaVuSans-Bold.ttf"),
        ITALIC("DejaVuSerif-Italic.ttf", "DejaVuSans.ttf");

        private final String primary;
        private final String fallback;

        Weight(String primary, String fallback) {
            this.primary = primary;
            this.fallback = fallback;
        }
    }

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    /** By file, so that Sans, the fallback of two weights, is embedded once. */
    private final Map<String, BaseFont> fonts = new HashMap<>();

    /**
     * The text as chunks, each in the first of the weight's two fonts that
     * has its characters. Spaces, punctuation and combining marks stay in the
     * font of the letters before them, so that an Arabic name is not cut into
     * runs at every space and an accent sits on its own letter.
     *
     * @throws IllegalArgumentException if a character is in neither font
     */
    Phrase phrase(String text, Weight weight, float size, Color colour) {
        BaseFont[] pair = pair(weight);
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        BaseFont current = null;
        for (int c : prepared(text).codePoints().toArray()) {
            BaseFont chosen = choose(c, current, pair);
            if (chosen == null) {
                throw new IllegalArgumentException("No embedded font has the character " + describe(c));
            }
            if (chosen != current && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), new Font(current, size, Font.NORMAL, colour)));
                run.setLength(0);
            }
            current = chosen;
            run.appendCodePoint(c);
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), new Font(current, size, Font.NORMAL, colour)));
        }
        return phrase;
    }

    /** The phrase's width on one line, to shrink a long name or title until it fits. */
    static float width(Phrase phrase) {
        float width = 0;
        for (Object element : phrase) {
            width += ((Chunk) element).getWidthPoint();
        }
        return width;
    }

    /** The characters of {@code text} that no weight can print, each once, e.g. "U+738B 王". */
    Set<String> unprintable(String text) {
        Set<String> missing = new LinkedHashSet<>();
        prepared(text).codePoints().forEach(c -> {
            for (Weight weight : Weight.values()) {
                if (choose(c, null, pair(weight)) == null) {
                    missing.add(describe(c));
                }
            }
        });
        return missing;
    }

    /**
     * Right to left when the text's first strong character is (Arabic,
     * Hebrew), else left to right. Either way OpenPDF then runs the Unicode
     * bidirectional algorithm and shapes Arabic letters into their joined
     * forms; without a run direction it would do neither.
     */
    static int direction(String text) {
        return new Bidi(prepared(text), Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()
                ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_RTL;
    }

    /**
     * Composed (a name typed as e + combining accent prints as é), on one
     * line, without invisible format characters: OpenPDF's shaping does its
     * own joining, and the fonts have no glyph for most of them.
     */
    static String prepared(String text) {
        StringBuilder prepared = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                prepared.append(' ');
            } else if (Character.getType(c) != Character.FORMAT) {
                prepared.appendCodePoint(c);
            }
        });
        return prepared.toString();
    }

    private static BaseFont choose(int c, BaseFont current, BaseFont[] pair) {
        boolean neutral = !Character.isLetterOrDigit(c);
        if (neutral && current != null && current.charExists(c)) {
            return current;
        }
        for (BaseFont font : pair) {
            if (font.charExists(c)) {
                return font;
            }
        }
        return null;
    }

    private BaseFont[] pair(Weight weight) {
        return new BaseFont[] {fonts.computeIfAbsent(weight.primary, CertificateFonts::load),
            fonts.computeIfAbsent(weight.fallback, CertificateFonts::load)};
    }

    private static BaseFont load(String file) {
        byte[] bytes = FILES.computeIfAbsent(file, CertificateFonts::read);
        try {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + file, e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is not on the classpath (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + file, e);
        }
    }

    private static String describe(int c) {
        return String.format("U+%04X %s", c, Character.toString(c));
    }
}
