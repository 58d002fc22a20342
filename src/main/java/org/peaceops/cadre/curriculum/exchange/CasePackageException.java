package org.peaceops.cadre.curriculum.exchange;

import java.util.List;

/** A CASE package Cadre cannot accept, with everything found wrong with it (at most 100 problems). */
public class CasePackageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<CaseProblem> problems;

    public CasePackageException(List<CaseProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<CaseProblem> problems() {
        return problems;
    }

    private static String summary(List<CaseProblem> problems) {
        if (problems.isEmpty()) {
            return "CASE package rejected";
        }
        CaseProblem first = problems.get(0);
        return "CASE package rejected with " + problems.size() + " problem(s), the first "
                + first.messageKey() + " at '" + first.pointer() + "' " + first.arguments();
    }
}
