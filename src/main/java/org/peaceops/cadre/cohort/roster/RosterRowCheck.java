package org.peaceops.cadre.cohort.roster;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.reference.Countries;
import org.peaceops.cadre.reference.Languages;

/**
 * Checks the values of one roster row, column by column, and makes its entry
 * when nothing is wrong. Every column is checked even after a first problem,
 * so that the user corrects the row once.
 */
final class RosterRowCheck {

    private static final Pattern SERVICE_NUMBER = Pattern.compile("[\\p{L}\\p{N}/ -]+");
    private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
    /** Plausible rather than RFC 5322: what people type by mistake fails, the addresses they really have pass. */
    private static final Pattern EMAIL = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+\\p{L}{2,}");
    private static final Pattern LANGUAGE_SEPARATORS = Pattern.compile("[;,\\s]+");

    private final RosterSheet.Row row;
    private final RosterHeader header;
    private final List<RosterProblem> problems;
    private boolean failed;

    private final String serviceNumber;
    private final String nationality;
    private final RosterEntry entry;

    RosterRowCheck(RosterSheet.Row row, RosterHeader header, LocalDate today, List<RosterProblem> problems) {
        this.row = row;
        this.header = header;
        this.problems = problems;
        String stray = header.strayValue(row);
        if (stray != null) {
            problem(null, RosterProblem.CELL_WITHOUT_COLUMN, RosterText.shown(stray));
        }
        serviceNumber = checkServiceNumber();
        String familyName = text(RosterColumn.FAMILY_NAME);
        String givenNames = text(RosterColumn.GIVEN_NAMES);
        String rank = text(RosterColumn.RANK);
        RankBand rankBand = choice(RosterColumn.RANK_BAND, RankBand.class);
        nationality = checkNationality();
        PersonnelCategory category = choice(RosterColumn.CATEGORY, PersonnelCategory.class);
        Gender gender = choice(RosterColumn.GENDER, Gender.class);
        LocalDate dateOfBirth = dateOfBirth(today);
        String email = email();
        List<String> languages = languages();
        CohortRole role = choice(RosterColumn.COHORT_ROLE, CohortRole.class);
        entry = failed || !header.complete() ? null : new RosterEntry(row.number(), serviceNumber, familyName,
                givenNames, rank, rankBand, nationality, category, gender, dateOfBirth, email, languages, role);
    }

    /** The row's person, or {@code null} if the row has a problem. */
    RosterEntry entry() {
        return entry;
    }

    /** How the person is told apart within the file, or {@code null} when the row does not say well enough. */
    String person() {
        if (serviceNumber == null || nationality == null) {
            return null;
        }
        return nationality + "|" + serviceNumber.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** The service number as written, or {@code null} when blank or invalid. */
    String serviceNumber() {
        return serviceNumber;
    }

    /** The nationality's upper-case code, or {@code null} when blank or unknown. */
    String nationality() {
        return nationality;
    }

    /** The cleaned value, or {@code null} when blank or too long (a problem then, and for a required blank). */
    private String text(RosterColumn column) {
        String value = header.value(row, column);
        if (value == null) {
            if (column.required() && header.has(column)) {
                problem(column, RosterProblem.REQUIRED, RosterHeader.label(column));
            }
            return null;
        }
        if (value.length() > column.maxLength()) {
            problem(column, RosterProblem.TOO_LONG, RosterHeader.label(column), String.valueOf(column.maxLength()));
            return null;
        }
        return value;
    }

    private String checkServiceNumber() {
        String value = text(RosterColumn.SERVICE_NUMBER);
        if (value != null && !SERVICE_NUMBER.matcher(value).matches()) {
            problem(RosterColumn.SERVICE_NUMBER, RosterProblem.SERVICE_NUMBER, RosterText.shown(value));
            return null;
        }
        return value;
    }

    private String checkNationality() {
        String value = text(RosterColumn.NATIONALITY);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (!Countries.isKnown(code)) {
            problem(RosterColumn.NATIONALITY, RosterProblem.COUNTRY, RosterText.shown(value));
            return null;
        }
        return code;
    }

    private <E extends Enum<E>> E choice(RosterColumn column, Class<E> type) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        E found = RosterVocabulary.find(type, value);
        if (found == null) {
            problem(column, RosterProblem.VALUE, RosterText.shown(value), "#roster.accepted." + column.name());
        }
        return found;
    }

    private LocalDate dateOfBirth(LocalDate today) {
        String value = text(RosterColumn.DATE_OF_BIRTH);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(RosterColumn.DATE_OF_BIRTH, RosterProblem.DATE, RosterText.shown(value));
            return null;
        }
        if (!date.isBefore(today)) {
            problem(RosterColumn.DATE_OF_BIRTH, RosterProblem.BIRTH_NOT_PAST, value);
            return null;
        }
        int age = Period.between(date, today).getYears();
        if (age < RosterValidator.YOUNGEST || age > RosterValidator.OLDEST) {
            problem(RosterColumn.DATE_OF_BIRTH, RosterProblem.AGE, value, String.valueOf(RosterValidator.YOUNGEST),
                    String.valueOf(RosterValidator.OLDEST));
            return null;
        }
        return date;
    }

    private String email() {
        String value = text(RosterColumn.EMAIL);
        if (value != null && !EMAIL.matcher(value).matches()) {
            problem(RosterColumn.EMAIL, RosterProblem.EMAIL, RosterText.shown(value));
            return null;
        }
        return value;
    }

    /** Codes in the roster's order, each once; "EN" is "en". */
    private List<String> languages() {
        String value = text(RosterColumn.LANGUAGES);
        if (value == null) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String written : LANGUAGE_SEPARATORS.split(value)) {
            String code = written.toLowerCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (Languages.isKnown(code)) {
                codes.add(code);
            } else {
                problem(RosterColumn.LANGUAGES, RosterProblem.LANGUAGE, RosterText.shown(written));
            }
        }
        return new ArrayList<>(codes);
    }

    private void problem(RosterColumn column, String key, String... arguments) {
        problems.add(RosterProblem.of(row.number(), column, key, arguments));
        failed = true;
    }
}
