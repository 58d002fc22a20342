package org.peaceops.cadre.cohort.roster;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each column of the layout stands in one roster, read from its header
 * row. A header that names no column, or names one a second time, is a
 * problem, and what stands under it is left unread (the problem says enough);
 * a cell under a blank header is a problem of its row, because a value nobody
 * can place is likely a shifted column.
 */
final class RosterHeader {

    private final Map<RosterColumn, Integer> positions;
    /** Positions of unknown and repeated headers, already reported. */
    private final Set<Integer> ignored;
    private final boolean complete;

    private RosterHeader(Map<RosterColumn, Integer> positions, Set<Integer> ignored, boolean complete) {
        this.positions = positions;
        this.ignored = ignored;
        this.complete = complete;
    }

    static RosterHeader read(int row, List<String> cells, List<RosterProblem> problems) {
        Map<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);
        Set<Integer> ignored = new HashSet<>();
        for (int i = 0; i < Math.min(cells.size(), RosterReader.MAX_COLUMNS); i++) {
            String header = RosterText.clean(cells.get(i));
            if (header == null) {
                continue;
            }
            RosterColumn column = RosterColumn.forHeader(header).orElse(null);
            if (column == null) {
                problems.add(RosterProblem.of(row, null, RosterProblem.UNKNOWN_COLUMN, RosterText.shown(header)));
                ignored.add(i);
            } else if (positions.putIfAbsent(column, i) != null) {
                problems.add(RosterProblem.of(row, column, RosterProblem.DUPLICATE_COLUMN, label(column)));
                ignored.add(i);
            }
        }
        boolean complete = true;
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(RosterProblem.of(row, column, RosterProblem.MISSING_COLUMN, label(column)));
                complete = false;
            }
        }
        return new RosterHeader(positions, ignored, complete);
    }

    /** A column's header as a problem's argument: it reads in the reader's language. */
    static String label(RosterColumn column) {
        return "#" + column.messageKey();
    }

    /** True when every required column is there: only then can a row make an entry. */
    boolean complete() {
        return complete;
    }

    boolean has(RosterColumn column) {
        return positions.containsKey(column);
    }

    /** The row's value in {@code column}, cleaned; {@code null} when blank or when the roster lacks the column. */
    String value(RosterSheet.Row row, RosterColumn column) {
        Integer position = positions.get(column);
        return position == null ? null : RosterText.clean(row.cell(position));
    }

    /** The first value of the row that stands under no header, or {@code null}. */
    String strayValue(RosterSheet.Row row) {
        for (int i = 0; i < row.cells().size(); i++) {
            String value = RosterText.clean(row.cells().get(i));
            if (value != null && !ignored.contains(i) && !positions.containsValue(i)) {
                return value;
            }
        }
        return null;
    }
}
