package org.peaceops.cadre.cohort.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * The columns of a contingent roster, in the template's order. Countries send
 * them in any order and under their English or French header (those of the
 * template, {@code roster.column.*} in the bundles), or under the constant's
 * own name, or under one of a few other headers common in rosters ("Surname",
 * "Sexe"); case, accents, spaces and punctuation do not matter, nor does a
 * hint in brackets ("Date of birth (yyyy-mm-dd)").
 */
public enum RosterColumn {
    SERVICE_NUMBER(true, 40, null, "Service no", "Numéro de matricule", "Numéro matricule"),
    FAMILY_NAME(true, 100, null, "Surname", "Last name", "Nom de famille"),
    GIVEN_NAMES(false, 100, null, "Given name", "First name", "First names", "Forenames", "Prénom"),
    RANK(false, 60, null),
    RANK_BAND(false, 60, RankBand.class, "Catégorie de grade"),
    NATIONALITY(true, 60, null, "Nationality code", "Code de nationalité"),
    CATEGORY(true, 60, PersonnelCategory.class, "Personnel category", "Catégorie de personnel"),
    GENDER(false, 60, Gender.class, "Sex", "Sexe"),
    DATE_OF_BIRTH(false, 60, null, "Birth date", "Born", "Né le", "Née le"),
    EMAIL(false, 200, null, "E-mail", "Email address", "E-mail address", "Adresse électronique", "Adresse courriel",
            "Adresse e-mail"),
    LANGUAGES(false, 200, null, "Language", "Langue", "Language codes", "Codes de langue"),
    COHORT_ROLE(false, 60, CohortRole.class, "Cohort role", "Role", "Rôle");

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Map<String, RosterColumn> BY_HEADER = headers();

    private final boolean required;
    private final int maxLength;
    private final Class<? extends Enum<?>> valueType;
    private final List<String> otherHeaders;

    RosterColumn(boolean required, int maxLength, Class<? extends Enum<?>> valueType, String... otherHeaders) {
        this.required = required;
        this.maxLength = maxLength;
        this.valueType = valueType;
        this.otherHeaders = List.of(otherHeaders);
    }

    public boolean required() {
        return required;
    }

    /** The longest value the column takes, in characters. */
    public int maxLength() {
        return maxLength;
    }

    /** The enumeration whose values the column holds, or {@code null} for a column of text, dates or codes. */
    public Class<? extends Enum<?>> valueType() {
        return valueType;
    }

    /** The bundle key of the column's header. */
    public String messageKey() {
        return "roster.column." + name();
    }

    /** The column's header as the template writes it for {@code locale}. */
    public String header(Locale locale) {
        return Messages.format(locale, messageKey());
    }

    /** The column a header cell names, if any. */
    public static Optional<RosterColumn> forHeader(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(BY_HEADER.get(headerKey(header)));
    }

    private static String headerKey(String header) {
        return RosterText.key(BRACKETED.matcher(header).replaceAll(" "));
    }

    private static Map<String, RosterColumn> headers() {
        Map<String, RosterColumn> byHeader = new HashMap<>();
        for (RosterColumn column : values()) {
            add(byHeader, column.name(), column);
            for (Locale locale : Messages.SUPPORTED) {
                add(byHeader, column.header(locale), column);
            }
            column.otherHeaders.forEach(header -> add(byHeader, header, column));
        }
        return Map.copyOf(byHeader);
    }

    /** Two columns under one header would make a file's meaning a guess: that is a mistake here, not in the file. */
    private static void add(Map<String, RosterColumn> byHeader, String header, RosterColumn column) {
        RosterColumn before = byHeader.putIfAbsent(headerKey(header), column);
        if (before != null && before != column) {
            throw new IllegalStateException("Header " + header + " names both " + before + " and " + column);
        }
    }
}
