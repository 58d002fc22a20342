package org.peaceops.cadre.cohort.roster;

import java.util.List;

/**
 * A roster file as read, before any check of its values: the header row, the
 * non-blank rows under it, and what went wrong while reading. Cells are the
 * text a spreadsheet shows (a date cell of a workbook as yyyy-MM-dd), blank
 * cells empty strings, and a row may be shorter or longer than the header.
 *
 * @param headerRow the header's spreadsheet row, 0 when the file has none
 */
public record RosterSheet(int headerRow, List<String> header, List<Row> rows, List<RosterProblem> problems) {

    /** One row as the user sees it in a spreadsheet: {@code number} 2 is the first row under the header. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at {@code index}, empty where the row stops short. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    public RosterSheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** A file that could not be read at all. */
    static RosterSheet unreadable() {
        return new RosterSheet(0, List.of(), List.of(), List.of(RosterProblem.of(0, null, RosterProblem.UNREADABLE)));
    }
}
