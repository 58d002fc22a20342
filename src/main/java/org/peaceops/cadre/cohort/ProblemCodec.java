package org.peaceops.cadre.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.peaceops.cadre.cohort.roster.RosterColumn;
import org.peaceops.cadre.cohort.roster.RosterProblem;

/**
 * Keeps a roster import's problems as text in one column: a line per problem,
 * fields apart by tabs (row, column, message key, arguments). Tabs and line
 * breaks inside values become spaces; a report longer than the column holds
 * keeps its first problems whole and says how many more there were.
 */
final class ProblemCodec {

    static final int MAX_LENGTH = 1_000_000;
    static final String MORE = "roster.problem.more";

    private ProblemCodec() {
    }

    static String encode(List<RosterProblem> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < problems.size(); i++) {
            String line = line(problems.get(i));
            if (text.length() + line.length() + 100 > MAX_LENGTH) {
                text.append(line(new RosterProblem(0, null, MORE, List.of(String.valueOf(problems.size() - i)))));
                break;
            }
            text.append(line);
        }
        return text.toString();
    }

    static List<RosterProblem> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<RosterProblem> problems = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t", -1);
            problems.add(new RosterProblem(Integer.parseInt(fields[0]),
                    fields[1].isEmpty() ? null : RosterColumn.valueOf(fields[1]), fields[2],
                    List.copyOf(Arrays.asList(fields).subList(3, fields.length))));
        }
        return problems;
    }

    private static String line(RosterProblem problem) {
        StringBuilder line = new StringBuilder().append(problem.row()).append('\t')
                .append(problem.column() == null ? "" : problem.column().name()).append('\t')
                .append(problem.messageKey());
        for (String argument : problem.arguments()) {
            line.append('\t').append(argument == null ? "" : argument.replaceAll("[\\t\\r\\n]", " "));
        }
        return line.append('\n').toString();
    }
}
