package org.peaceops.cadre.cohort.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;

/**
 * One person of a roster, as read from a row that has no problem. Optional
 * columns left blank are {@code null}, except the languages (empty) and the
 * cohort role ({@link CohortRole#MEMBER}). The nationality is an upper-case
 * ISO 3166-1 alpha-2 code, the languages lower-case ISO 639-1 codes in the
 * roster's order without repeats.
 */
public record RosterEntry(int row, String serviceNumber, String familyName, String givenNames, String rank,
        RankBand rankBand, String nationality, PersonnelCategory category, Gender gender, LocalDate dateOfBirth,
        String email, List<String> languages, CohortRole cohortRole) {

    public RosterEntry {
        Objects.requireNonNull(serviceNumber, "serviceNumber");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(category, "category");
        languages = languages == null ? List.of() : List.copyOf(languages);
        cohortRole = cohortRole == null ? CohortRole.MEMBER : cohortRole;
    }
}
