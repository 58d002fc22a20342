package org.peaceops.cadre.curriculum.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.curriculum.AlignmentCalculator;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Item;
import org.peaceops.cadre.curriculum.ItemLevel;

class AlignmentPdfTest {

    /** A row of the long edition's table, as opposed to its entry in the list of gaps. */
    private static final String ROW = "M\\.\\d+ Lesson number \\d+ None 30 0";

    @Test
    void isAPdfWithTheTitleCoverageAndEveryItem() throws IOException {
        byte[] pdf = write(ReportFixture.report(), Locale.ENGLISH);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        String text = text(pdf);
        List<String> lines = text.lines().toList();
        assertTrue(text.contains("Curriculum alignment report"), text);
        assertTrue(text.contains(ReportFixture.CURRICULUM_TITLE), text);
        assertTrue(text.contains("École de maintien de la paix de Bamako"), text);
        assertTrue(text.contains("2 (Published)"), text);
        assertTrue(text.contains("CPTM-2024 — Core Pre-Deployment Training Materials"), text);
        assertTrue(text.contains("2026-03-05 09:30"), text);
        assertTrue(text.contains("Coverage of the edition 45.5%"), text);
        assertTrue(text.contains("Hours recommended by the edition 2.3 h"), text);
        assertTrue(text.contains("Hours planned in the curriculum 2.8 h"), text);
        for (Item item : ReportFixture.EDITION) {
            assertTrue(lines.stream().anyMatch(line -> line.startsWith(item.code() + " " + item.title() + " ")),
                    "no table row for " + item.code() + " in\n" + text);
        }
        assertTrue(lines.contains("1.2 Conduct and discipline None 35* 0"), text);
        assertTrue(lines.contains("1.2 — Conduct and discipline (35 min)"), text);
        assertTrue(lines.contains("A.3 — Sécurité routière (50 min)"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
    }

    @Test
    void frenchRunIsInFrenchWithAccentsIntact() throws IOException {
        String text = text(write(ReportFixture.report(), ReportFixture.FRENCH)).replace('\u00A0', ' ');
        for (String expected : List.of("Rapport d’alignement du programme", "Centre de formation", "Édition ITS",
                "2 (Publiée)", "Synthèse", "Couverture de l’édition 45,5 %", "Heures prévues au programme 2,8 h",
                "Intitulé", "Complète", "Partielle", "Aucune", "Expliquer le rôle de la mission Complète 22,5 45",
                "Lacunes : éléments ITS que le programme ne couvre pas", "Page 1 sur 1")) {
            assertTrue(text.contains(expected), "missing \"" + expected + "\" in\n" + text);
        }
    }

    @Test
    void rowsAreIndentedByDepth() throws IOException {
        Map<String, Float> x = startsOf(write(ReportFixture.report(), Locale.ENGLISH));
        assertTrue(x.get("Cadre des Nations Unies") < x.get("Protection des civils"), x.toString());
        assertTrue(x.get("Protection des civils") < x.get("Expliquer le rôle de la mission"), x.toString());
        assertEquals(x.get("Protection des civils"), x.get("Gender and peacekeeping"), 0.01f);
    }

    @Test
    void depthComesFromTheParentChain() {
        Map<Long, Integer> depths = PdfItemTable.depths(ReportFixture.EDITION);
        assertEquals(Map.of(1L, 0, 11L, 1, 111L, 2, 112L, 2, 12L, 1, 13L, 1), depths);
        assertEquals(Map.of(5L, 0), PdfItemTable.depths(List.of(new Item(5, 99L, "5", "x", ItemLevel.LESSON, 1))));
    }

    @Test
    void coverageCellsArePaintedInTheirColour() throws IOException {
        Set<List<Float>> fills = PdfContent.fillColours(write(ReportFixture.report(), Locale.ENGLISH));
        for (Color colour : List.of(PdfStyle.FULL, PdfStyle.PARTIAL, PdfStyle.NONE)) {
            assertTrue(fills.contains(PdfContent.rgb(colour)), colour + " not among " + fills);
        }
    }

    @Test
    void aLongEditionRunsOntoNumberedPages() throws IOException {
        List<Item> items = new ArrayList<>();
        items.add(new Item(1, null, "M", "Module", ItemLevel.MODULE, null));
        for (int i = 1; i <= 150; i++) {
            items.add(new Item(1 + i, 1L, "M." + i, "Lesson number " + i, ItemLevel.LESSON, 30));
        }
        AlignmentCalculator.Result result = AlignmentCalculator.calculate(items, List.of(), List.of());
        byte[] pdf = write(ReportFixture.report(result), Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 2, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            int pagesWithRows = 0;
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains("Page " + page + " of " + pages), text);
                boolean hasRows = text.lines().anyMatch(line -> line.matches(ROW));
                boolean hasHeader = text.lines().anyMatch(line -> line.startsWith("Code Title Coverage Recommended"));
                assertEquals(hasRows, hasHeader, "the table header repeats on every page the table spans\n" + text);
                pagesWithRows += hasRows ? 1 : 0;
            }
            assertTrue(pagesWithRows > 1, "the table spans " + pagesWithRows + " page(s)");
            assertTrue(text(pdf).contains("M.150 Lesson number 150 None 30 0"));
        }
    }

    @Test
    void charactersHelveticaLacksShowAsQuestionMarks() {
        assertEquals("? Leçon\u00A0ok", PdfStyle.printable("Δ Lec\u0327on\u202Fok"));
    }

    private static byte[] write(AlignmentReport report, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AlignmentPdf.write(report, locale, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Where each piece of text starts on the first page, by its text. */
    private static Map<String, Float> startsOf(byte[] pdf) throws IOException {
        Map<String, Float> starts = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    starts.putIfAbsent(text.strip(), positions.get(0).getXDirAdj());
                }
            };
            stripper.setEndPage(1);
            stripper.getText(document);
        }
        return starts;
    }
}
