package org.peaceops.cadre.cohort.roster;

import java.util.List;

/**
 * What a roster's check found: the people of every row without a problem, in
 * row order, and every problem of the file, ordered by row. A roster is taken
 * on only when it has no problem at all, so that a country never has half its
 * contingent imported.
 */
public record RosterValidation(List<RosterEntry> entries, List<RosterProblem> problems) {

    public RosterValidation {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
