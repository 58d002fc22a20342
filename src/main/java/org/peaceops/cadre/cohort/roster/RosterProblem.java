package org.peaceops.cadre.cohort.roster;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * One thing wrong with a roster: the spreadsheet row it is in (1 for the
 * header row, 0 for the file as a whole), the column if it concerns one, a
 * key of Cadre's message bundles and the values its text shows. An argument
 * written {@code #key} is a bundle text itself (a column's header, the list of
 * accepted words), so the problem reads in the reader's language.
 */
public record RosterProblem(int row, RosterColumn column, String messageKey, List<String> arguments)
        implements Serializable {

    /** Neither UTF-8 CSV nor .xlsx. No arguments. */
    public static final String UNREADABLE = "roster.problem.unreadable";
    /** No header row at all. No arguments. */
    public static final String EMPTY_FILE = "roster.problem.emptyFile";
    /** A header row and nobody under it. No arguments. */
    public static final String NO_PEOPLE = "roster.problem.noPeople";
    /** CSV that breaks off, mostly an unclosed quotation mark. Argument: the row. */
    public static final String QUOTES = "roster.problem.quotes";
    /** Argument: the most data rows a roster may have. */
    public static final String TOO_MANY_ROWS = "roster.problem.tooManyRows";
    /** Argument: the most columns a roster may have. */
    public static final String TOO_MANY_COLUMNS = "roster.problem.tooManyColumns";
    /** Argument: the header as written. */
    public static final String UNKNOWN_COLUMN = "roster.problem.unknownColumn";
    /** Argument: the column's header. */
    public static final String DUPLICATE_COLUMN = "roster.problem.duplicateColumn";
    /** Argument: the column's header. */
    public static final String MISSING_COLUMN = "roster.problem.missingColumn";
    /** A value under a blank header. Argument: the value. */
    public static final String CELL_WITHOUT_COLUMN = "roster.problem.cellWithoutColumn";
    /** Argument: the column's header. */
    public static final String REQUIRED = "roster.problem.required";
    /** Arguments: the column's header, the most characters it takes. */
    public static final String TOO_LONG = "roster.problem.tooLong";
    /** Argument: the value. */
    public static final String SERVICE_NUMBER = "roster.problem.serviceNumber";
    /** Argument: the value. */
    public static final String COUNTRY = "roster.problem.country";
    /** A word that names no value of the column. Arguments: the value, the accepted words. */
    public static final String VALUE = "roster.problem.value";
    /** Argument: the value. */
    public static final String DATE = "roster.problem.date";
    /** Argument: the date. */
    public static final String BIRTH_NOT_PAST = "roster.problem.birthNotPast";
    /** Arguments: the date, the youngest and the oldest age accepted. */
    public static final String AGE = "roster.problem.age";
    /** Argument: the value. */
    public static final String EMAIL = "roster.problem.email";
    /** Argument: the code. */
    public static final String LANGUAGE = "roster.problem.language";
    /** The same person twice. Arguments: service number, nationality, the row where the person first appears. */
    public static final String DUPLICATE_PERSON = "roster.problem.duplicatePerson";

    public RosterProblem {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static RosterProblem of(int row, RosterColumn column, String messageKey, String... arguments) {
        return new RosterProblem(row, column, messageKey, List.of(arguments));
    }

    /** The problem's text in the reader's language. */
    public String text(Locale locale) {
        return Messages.explain(locale, messageKey, arguments);
    }
}
