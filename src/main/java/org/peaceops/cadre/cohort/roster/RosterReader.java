package org.peaceops.cadre.cohort.roster;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.xml.sax.SAXException;

/**
 * Reads a contingent roster from CSV or Excel (.xlsx) into a
 * {@link RosterSheet}, for {@link RosterValidator} to check. The content tells
 * the format, not the name: an .xlsx file is a zip archive, anything else is
 * read as CSV, unless its name says it is a workbook. Reading never fails with
 * an exception: a file that is neither gives the one problem
 * {@link RosterProblem#UNREADABLE}, and limits on rows, columns and cells give
 * problems too. Memory grows with the file, so the caller bounds the upload's
 * size. Stateless and safe to share.
 */
public class RosterReader {

    private static final Logger LOG = Logger.getLogger(RosterReader.class.getName());

    /** The most people one roster may list: a large contingent, with room to spare. */
    public static final int MAX_ROWS = 20_000;
    /** The most columns a header row may have; the layout has twelve. */
    public static final int MAX_COLUMNS = 50;
    /** The most characters of a cell that are kept; no column takes more than 200. */
    public static final int MAX_CELL_LENGTH = 1_000;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** The old binary .xls (and .doc): POI's streaming reader does not read it. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /**
     * @param fileName the name the file was uploaded under, or {@code null}
     * @param in the file; read but left open, as it belongs to the caller
     */
    public RosterSheet read(String fileName, InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(new FilterInputStream(in) {
            @Override
            public void close() {
                // POI closes what it reads; the caller's stream stays open
            }
        });
        SheetCollector sheet = new SheetCollector();
        try {
            byte[] start = start(buffered);
            boolean read;
            if (Arrays.equals(start, ZIP)) {
                read = workbook(buffered, sheet);
            } else if (Arrays.equals(start, OLE2) || namesWorkbook(fileName)) {
                read = false;
            } else {
                read = CsvRoster.read(buffered, sheet);
            }
            return read ? sheet.sheet() : RosterSheet.unreadable();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Roster " + fileName + " could not be read", e);
            return RosterSheet.unreadable();
        }
    }

    private static boolean workbook(InputStream in, SheetCollector sheet) throws IOException {
        try {
            return XlsxRoster.read(in, sheet);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports a damaged or foreign archive with a dozen unchecked exceptions of its own.
            LOG.log(Level.FINE, "Not a readable workbook", e);
            return false;
        }
    }

    private static byte[] start(BufferedInputStream in) throws IOException {
        in.mark(ZIP.length);
        byte[] start = in.readNBytes(ZIP.length);
        in.reset();
        return start;
    }

    private static boolean namesWorkbook(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }
}
