package org.peaceops.cadre.cohort.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules a roster keeps before its people join a cohort: the header names
 * known columns, each once, and every required one; each row's values are
 * valid for their column; and no person appears twice, a person being a
 * nationality and a service number (compared without case or spaces, as
 * countries write them inconsistently). Every row is checked and every problem
 * reported. A pure function of the sheet and the day: stateless and safe to share.
 */
public class RosterValidator {

    /** The youngest age at which a person may be on a roster. */
    public static final int YOUNGEST = 16;
    /** The oldest age believed: older, the date of birth is most likely mistyped. */
    public static final int OLDEST = 80;

    /**
     * @param today the day ages are reckoned on, the centre's today
     */
    public RosterValidation validate(RosterSheet sheet, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<RosterProblem> problems = new ArrayList<>(sheet.problems());
        if (sheet.headerRow() == 0) {
            if (problems.isEmpty()) {
                problems.add(RosterProblem.of(0, null, RosterProblem.EMPTY_FILE));
            }
            return new RosterValidation(List.of(), problems);
        }
        RosterHeader header = RosterHeader.read(sheet.headerRow(), sheet.header(), problems);
        if (sheet.rows().isEmpty() && sheet.problems().isEmpty()) {
            problems.add(RosterProblem.of(0, null, RosterProblem.NO_PEOPLE));
        }
        List<RosterEntry> entries = new ArrayList<>();
        Map<String, Integer> firstRows = new HashMap<>();
        for (RosterSheet.Row row : sheet.rows()) {
            RosterRowCheck check = new RosterRowCheck(row, header, today, problems);
            Integer firstRow = check.person() == null ? null : firstRows.putIfAbsent(check.person(), row.number());
            if (firstRow != null) {
                problems.add(RosterProblem.of(row.number(), RosterColumn.SERVICE_NUMBER,
                        RosterProblem.DUPLICATE_PERSON, check.serviceNumber(), check.nationality(),
                        String.valueOf(firstRow)));
            } else if (check.entry() != null) {
                entries.add(check.entry());
            }
        }
        // Reading problems (a row limit, a broken quotation) join the others at their row.
        problems.sort(Comparator.comparingInt(RosterProblem::row));
        return new RosterValidation(entries, problems);
    }
}
