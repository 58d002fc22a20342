package org.peaceops.cadre.curriculum.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Reads what a PDF paints, for the tests: its content is compressed, so a byte search would find nothing. */
final class PdfContent {

    private PdfContent() {
    }

    /** Every RGB fill colour set on any page ("r g b rg"), each component rounded to two decimals. */
    static Set<List<Float>> fillColours(byte[] pdf) throws IOException {
        Set<List<Float>> fills = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                for (int i = 3; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator operator && operator.getName().equals("rg")) {
                        List<Float> rgb = new ArrayList<>();
                        for (Object operand : tokens.subList(i - 3, i)) {
                            rgb.add(rounded(((COSNumber) operand).floatValue()));
                        }
                        fills.add(rgb);
                    }
                }
            }
        }
        return fills;
    }

    static List<Float> rgb(Color colour) {
        return List.of(rounded(colour.getRed() / 255f), rounded(colour.getGreen() / 255f),
                rounded(colour.getBlue() / 255f));
    }

    private static float rounded(float component) {
        return Math.round(component * 100) / 100f;
    }
}
