package org.peaceops.cadre.cohort.roster;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) row by row with POI's
 * streaming reader: the sheet's XML passes through a SAX parser and only the
 * cells' text is kept, never a model of the whole workbook, so a contingent
 * of ten thousand costs little more memory than its text.
 */
final class XlsxRoster {

    private XlsxRoster() {
    }

    /** @return false if the workbook has no sheet */
    static boolean read(InputStream in, SheetCollector sheet)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        OPCPackage workbook = OPCPackage.open(in);
        try {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return false;
            }
            XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(workbook, false), new Rows(sheet), new CellText(), false);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            try (InputStream first = sheets.next()) {
                xml.parse(new InputSource(first));
            } catch (Full full) {
                // the collector has all the rows a roster may have
            }
            return true;
        } finally {
            workbook.revert(); // opened to read: nothing to save
        }
    }

    /** Hands each row to the collector as a list of cells, blank where the sheet has no cell. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final SheetCollector sheet;
        private final List<String> cells = new ArrayList<>();

        Rows(SheetCollector sheet) {
            this.sheet = sheet;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(cellReference).getCol();
            // A cell far to the right would otherwise fill the row with thousands of blanks.
            if (column > RosterReader.MAX_COLUMNS) {
                column = RosterReader.MAX_COLUMNS;
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            if (formattedValue != null && !formattedValue.isEmpty()) {
                cells.set(column, formattedValue);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (!sheet.add(rowNum + 1, cells)) {
                throw new Full();
            }
        }
    }

    /** Stops the SAX parser once the roster is full: the rest of a huge sheet is not worth reading. */
    private static final class Full extends RuntimeException {

        Full() {
            super(null, null, false, false);
        }
    }
}
