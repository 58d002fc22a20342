package org.peaceops.cadre.cohort.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * A roster's problems as CSV, for the centre to download and send back to the
 * contributing country: the spreadsheet row, the column's header and the
 * problem, in the reader's language. Problems of the whole file have no row.
 */
public final class RosterProblemReport {

    private RosterProblemReport() {
    }

    /** Writes the report; the stream is flushed but left open, as it belongs to the caller. */
    public static void writeCsv(List<RosterProblem> problems, Locale locale, OutputStream out) throws IOException {
        Locale reader = Messages.supported(locale);
        CSVPrinter csv = RosterCsv.printer(reader, out);
        RosterCsv.print(csv, List.of(Messages.format(reader, "roster.heading.row"),
                Messages.format(reader, "roster.heading.column"), Messages.format(reader, "roster.heading.problem")));
        for (RosterProblem problem : problems) {
            RosterCsv.print(csv, List.of(problem.row() == 0 ? "" : String.valueOf(problem.row()),
                    problem.column() == null ? "" : problem.column().header(reader), problem.text(reader)));
        }
        csv.flush();
    }
}
