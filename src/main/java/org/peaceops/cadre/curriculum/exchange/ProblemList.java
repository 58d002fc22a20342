package org.peaceops.cadre.curriculum.exchange;

import java.util.ArrayList;
import java.util.List;

/** Collects problems up to a limit, so a hopeless file does not yield a report nobody reads. */
final class ProblemList {

    static final int LIMIT = 100;

    private final List<CaseProblem> problems = new ArrayList<>();

    void add(String pointer, String messageKey, String... arguments) {
        if (problems.size() < LIMIT) {
            problems.add(new CaseProblem(pointer, messageKey, List.of(arguments)));
        }
    }

    void addAll(List<CaseProblem> more) {
        more.stream().limit(LIMIT - problems.size()).forEach(problems::add);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<CaseProblem> toList() {
        return List.copyOf(problems);
    }
}
