package org.peaceops.cadre.cohort.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the rows a CSV or workbook reader meets into a {@link RosterSheet}:
 * blank rows are passed over, the first row with anything in it is the
 * header, and the limits of {@link RosterReader} are kept here, once for both
 * formats. Cells past the limits are cut, not refused: the validator then says
 * which column holds too long a value, which tells the user more.
 */
final class SheetCollector {

    private int headerRow;
    private List<String> header = List.of();
    private final List<RosterSheet.Row> rows = new ArrayList<>();
    private final List<RosterProblem> problems = new ArrayList<>();
    private boolean full;

    /**
     * @param number the row's number as a spreadsheet shows it
     * @return false once the roster has all the rows it may have: the reader should stop
     */
    boolean add(int number, List<String> cells) {
        if (full) {
            return false;
        }
        if (cells.stream().allMatch(cell -> RosterText.clean(cell) == null)) {
            return true;
        }
        if (headerRow == 0) {
            headerRow = number;
            header = kept(cells);
            if (cells.size() > RosterReader.MAX_COLUMNS) {
                problems.add(RosterProblem.of(number, null, RosterProblem.TOO_MANY_COLUMNS,
                        String.valueOf(RosterReader.MAX_COLUMNS)));
            }
            return true;
        }
        if (rows.size() == RosterReader.MAX_ROWS) {
            problems.add(RosterProblem.of(number, null, RosterProblem.TOO_MANY_ROWS,
                    String.valueOf(RosterReader.MAX_ROWS)));
            full = true;
            return false;
        }
        rows.add(new RosterSheet.Row(number, kept(cells)));
        return true;
    }

    /** The file breaks off at {@code number}; what came before it is kept and checked. */
    void brokenAt(int number) {
        problems.add(RosterProblem.of(number, null, RosterProblem.QUOTES, String.valueOf(number)));
    }

    RosterSheet sheet() {
        return new RosterSheet(headerRow, header, rows, problems);
    }

    /**
     * One cell past the column limit is kept, so that a value there is still
     * reported as standing under no header; and one character past the cell
     * limit, so that the value still reads as too long.
     */
    private static List<String> kept(List<String> cells) {
        List<String> kept = new ArrayList<>(Math.min(cells.size(), RosterReader.MAX_COLUMNS + 1));
        for (String cell : cells.subList(0, Math.min(cells.size(), RosterReader.MAX_COLUMNS + 1))) {
            String text = cell == null ? "" : cell;
            kept.add(text.length() > RosterReader.MAX_CELL_LENGTH
                    ? text.substring(0, RosterReader.MAX_CELL_LENGTH + 1) : text);
        }
        return kept;
    }
}
