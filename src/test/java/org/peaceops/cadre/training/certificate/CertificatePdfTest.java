package org.peaceops.cadre.training.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificatePdfTest {

    @Test
    void anEnglishCertificateSaysWhoCompletedWhatWhereWhenAndHowToCheckIt() throws IOException {
        byte[] pdf = CertificatePdf.render(CertificateFixture.content(CertificateFixture.KIKUYU, Locale.ENGLISH));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        String text = PdfReading.text(pdf);
        for (String expected : List.of("Kofi Annan International Peacekeeping Training Centre", "Accra, Ghana",
                "Certificate of Course Completion", "This is to certify that", "Captain", CertificateFixture.KIKUYU,
                "has successfully completed the course", "Protection of Civilians in UN Peacekeeping",
                "Course code: POC-2026-03", "from 2 March 2026 to 13 March 2026", "37.5 hours of instruction",
                "Course aligned with the UN ITS training framework: UN CPTM 2017",
                "Issued on 13 March 2026 in Accra, Ghana", "Director of the training centre", "Verification code",
                "K7QM-3WXD-9PTR", "Check this certificate at", "https://cadre.example.org/verify/K7QM-3WXD-9PTR")) {
            assertTrue(text.contains(expected), "no \"" + expected + "\" in\n" + text);
        }
    }

    @Test
    void aFrenchCertificateIsInFrenchWithItsAccents() throws IOException {
        String text = PdfReading.text(CertificatePdf.render(
                CertificateFixture.content(CertificateFixture.PORTUGUESE, Locale.FRENCH)));
        for (String expected : List.of("Certificat de fin de formation", "Le présent certificat atteste que",
                CertificateFixture.PORTUGUESE, "a suivi avec succès la formation", "Code du cours : POC-2026-03",
                "du 2 mars 2026 au 13 mars 2026", "37,5 heures de formation",
                "Formation alignée sur le référentiel de formation ITS de l’ONU : UN CPTM 2017",
                "Fait à Accra, Ghana, le 13 mars 2026", "Direction du centre de formation", "Code de vérification",
                "K7QM-3WXD-9PTR", "Vérifiez ce certificat sur", "https://cadre.example.org/verify/K7QM-3WXD-9PTR",
                "Capitaine")) {
            assertTrue(text.contains(expected), "no \"" + expected + "\" in\n" + text);
        }
        for (String english : List.of("Certificate", "certify", "completed", "Issued", "Verification", "hours")) {
            assertFalse(text.contains(english), "English \"" + english + "\" in\n" + text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CertificateFixture.ARABIC, CertificateFixture.ARABIC_LAM_ALEF, CertificateFixture.CYRILLIC,
        CertificateFixture.KIKUYU, CertificateFixture.TURKISH, CertificateFixture.PORTUGUESE, "Nguyễn Thị Thủy",
        "Łukasz Żółkiewski"})
    void aNameInAnyOfTheseScriptsReadsBackFromThePdf(String name) throws IOException {
        String text = PdfReading.text(CertificatePdf.render(CertificateFixture.content(name, Locale.ENGLISH)));
        assertTrue(text.lines().anyMatch(line -> line.equals(PdfReading.normalised(name))),
                "no line \"" + name + "\" in\n" + text);
    }

    /** A name typed with combining accents prints, and reads back, composed. */
    @Test
    void aDecomposedNameIsPrintedComposed() throws IOException {
        String decomposed = Normalizer.normalize(CertificateFixture.KIKUYU, Normalizer.Form.NFD);
        String text = PdfReading.text(CertificatePdf.render(CertificateFixture.content(decomposed, Locale.ENGLISH)));
        assertTrue(text.contains(CertificateFixture.KIKUYU), text);
    }

    /**
     * No character became "?", a replacement character or the .notdef box:
     * every glyph shown comes from an embedded subset, maps to a real glyph
     * there, and that glyph has an outline unless it is a space.
     */
    @ParameterizedTest
    @ValueSource(strings = {CertificateFixture.ARABIC, CertificateFixture.ARABIC_LAM_ALEF, CertificateFixture.CYRILLIC,
        CertificateFixture.KIKUYU, CertificateFixture.TURKISH})
    void everyGlyphIsARealGlyphOfAnEmbeddedSubset(String name) throws IOException {
        byte[] pdf = CertificatePdf.render(CertificateFixture.content(name, Locale.FRENCH));
        List<String> problems = new ArrayList<>();
        for (TextPosition glyph : PdfReading.glyphs(pdf)) {
            String unicode = glyph.getUnicode();
            PDType0Font font = (PDType0Font) glyph.getFont();
            if (!font.isEmbedded() || !font.getName().matches("[A-Z]{6}\\+DejaVu.*")) {
                problems.add(unicode + ": font " + font.getName() + " not an embedded subset");
            }
            if (unicode == null || unicode.equals("?") || unicode.equals("\uFFFD")) {
                problems.add("a replaced character in font " + font.getName());
            }
            for (int code : glyph.getCharacterCodes()) {
                int gid = font.codeToGID(code);
                GlyphData outline = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getGlyph()
                        .getGlyph(gid);
                boolean blank = unicode != null && unicode.codePoints().allMatch(Character::isSpaceChar);
                if (gid == 0 || !blank && (outline == null || outline.getNumberOfContours() == 0)) {
                    problems.add(unicode + ": glyph " + gid + " of " + font.getName() + " is missing or empty");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The Arabic name is shaped (its letters shown as joined presentation
     * forms, from DejaVu Sans as DejaVu Serif has no Arabic) and laid out
     * right to left: its first letter is the rightmost glyph, its last the
     * leftmost.
     */
    @Test
    void anArabicNameIsShapedAndRunsRightToLeft() throws IOException {
        byte[] pdf = CertificatePdf.render(CertificateFixture.content(CertificateFixture.ARABIC, Locale.ENGLISH));
        List<TextPosition> arabic = PdfReading.glyphs(pdf).stream()
                .filter(glyph -> PdfReading.normalised(glyph.getUnicode()).codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .toList();
        assertFalse(arabic.isEmpty());
        for (TextPosition glyph : arabic) {
            int c = glyph.getUnicode().codePointAt(0);
            assertTrue(c >= 0xFB50 && c <= 0xFEFF, String.format("U+%04X is not a presentation form", c));
            assertTrue(glyph.getFont().getName().endsWith("+DejaVuSans-Bold"), glyph.getFont().getName());
        }
        Comparator<TextPosition> byX = Comparator.comparingDouble(TextPosition::getX);
        String name = CertificateFixture.ARABIC;
        assertEquals(name.substring(0, 1), PdfReading.normalised(arabic.stream().max(byX).orElseThrow().getUnicode()));
        assertEquals(name.substring(name.length() - 1),
                PdfReading.normalised(arabic.stream().min(byX).orElseThrow().getUnicode()));
    }

    /** A centre in an Arabic-speaking country may write everything in Arabic; the labels stay in English. */
    @Test
    void arabicCourseAndCentreReadBackToo() throws IOException {
        LocalDate end = LocalDate.of(2026, 3, 13);
        CertificateContent content = new CertificateContent(CertificateFixture.ARABIC, "عقيد",
                "حماية المدنيين في عمليات حفظ السلام", "POC-2026-03", "مركز القاهرة الدولي لتسوية النزاعات وحفظ السلام",
                "القاهرة، مصر", LocalDate.of(2026, 3, 2), end, 2250, null, end, CertificateFixture.CODE,
                CertificateFixture.ADDRESS, Locale.ENGLISH);
        List<String> lines = PdfReading.text(CertificatePdf.render(content)).lines().toList();
        for (String expected : List.of("عقيد", CertificateFixture.ARABIC, "حماية المدنيين في عمليات حفظ السلام",
                "مركز القاهرة الدولي لتسوية النزاعات وحفظ السلام", "القاهرة، مصر",
                "Issued on 13 March 2026 in القاهرة، مصر")) {
            assertTrue(lines.contains(PdfReading.normalised(expected)), "no line \"" + expected + "\" in\n" + lines);
        }
    }

    @Test
    void theQrCodeScansToTheVerificationAddress() throws Exception {
        byte[] pdf = CertificatePdf.render(CertificateFixture.content(CertificateFixture.ARABIC, Locale.ENGLISH));
        assertEquals(CertificateFixture.ADDRESS.toString(), PdfReading.qrCode(PdfReading.image(pdf, 150)));
    }

    @Test
    void itIsOneA4PageInLandscapeWithTitleAndLanguage() throws IOException {
        byte[] pdf = CertificatePdf.render(CertificateFixture.content(CertificateFixture.CYRILLIC, Locale.FRENCH));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getHeight(), 0.5);
            assertEquals(0, page.getRotation());
            assertEquals("fr", document.getDocumentCatalog().getLanguage());
            assertEquals("Certificat de fin de formation : Дмитрий Иванов, Protection of Civilians in UN Peacekeeping",
                    PdfReading.normalised(document.getDocumentInformation().getTitle()));
        }
    }

    @Test
    void optionalLinesAreLeftOutWhenAbsent() throws IOException {
        String text = PdfReading.text(CertificatePdf.render(
                CertificateFixture.withoutOptionals(CertificateFixture.TURKISH, Locale.ENGLISH)));
        assertFalse(text.contains("Captain"), text);
        assertFalse(text.contains("ITS"), text);
        assertFalse(text.contains("Accra"), text);
        assertTrue(text.contains("Issued on 13 March 2026\n"), text);
    }

    @Test
    void aOneDayCourseOfOneHourSaysSo() throws IOException {
        LocalDate day = LocalDate.of(2026, 6, 1);
        CertificateContent content = new CertificateContent("Awa Diop", null, "Briefing sur la sécurité", "SEC-1",
                "École de maintien de la paix Alioune Blondin Beye", "Bamako, Mali", day, day, 60, null, day,
                "AAAA-BBBB", CertificateFixture.ADDRESS, Locale.FRENCH);
        String text = PdfReading.text(CertificatePdf.render(content));
        assertTrue(text.contains("le 1er juin 2026 · 1 heure de formation"), text);
        assertTrue(text.contains("Fait à Bamako, Mali, le 1er juin 2026"), text);
    }

    /** A very long name and title are set smaller, then wrapped, and still leave one page. */
    @Test
    void longTextsStayOnTheOnePage() throws IOException {
        String name = "Maria da Conceição Aparecida dos Santos Albuquerque de Oliveira e Vasconcelos Magalhães";
        String title = "Comprehensive Protection of Civilians, Conflict-Related Sexual Violence and Child Protection "
                + "in Multidimensional United Nations Peacekeeping Operations: A Course for Staff Officers";
        CertificateContent content = new CertificateContent(name, "Lieutenant Colonel", title, "POC-2026-03",
                "Kofi Annan International Peacekeeping Training Centre", "Accra, Ghana", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 13), 2250, "UN CPTM 2017", LocalDate.of(2026, 3, 13), CertificateFixture.CODE,
                CertificateFixture.ADDRESS, Locale.ENGLISH);
        byte[] pdf = CertificatePdf.render(content);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
        }
        String text = PdfReading.text(pdf).replace('\n', ' ');
        assertTrue(text.contains(name), text);
        assertTrue(text.contains(title), text);
    }

    /** A name in a script the fonts lack is refused, naming the characters, rather than printed as boxes. */
    @Test
    void aCharacterNoFontHasIsRefusedBeforeAnythingIsDrawn() {
        CertificateContent content = CertificateFixture.content("王小明", Locale.ENGLISH);
        assertEquals(Set.of("U+738B 王", "U+5C0F 小", "U+660E 明"), CertificatePdf.unprintable(content));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CertificatePdf.render(content));
        assertTrue(e.getMessage().contains("U+738B 王"), e.getMessage());
        assertEquals(Set.of(), CertificatePdf.unprintable(CertificateFixture.content(CertificateFixture.ARABIC,
                Locale.ENGLISH)));
    }
}
