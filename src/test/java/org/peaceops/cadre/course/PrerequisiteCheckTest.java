package org.peaceops.cadre.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.ProfileDetails;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.i18n.Messages;

class PrerequisiteCheckTest {

    static final LocalDate FIRST_DAY = LocalDate.of(2027, 5, 3);
    static final long CPTM_COURSE = 40L;
    static final long CPTM_2017 = 7L;

    static final PrerequisiteCheck.Requirement COMPLETED_CPTM = new PrerequisiteCheck.Requirement(
            PrerequisiteKind.COURSE_COMPLETED, CPTM_COURSE, "CPTM-1 Core pre-deployment", null, null, null, null, null, null);
    static final PrerequisiteCheck.Requirement MASTER_TRAINER = new PrerequisiteCheck.Requirement(
            PrerequisiteKind.QUALIFICATION, null, null, QualificationKind.MASTER_TRAINER, CPTM_2017, "CPTM-2017",
            null, null, null);
    static final PrerequisiteCheck.Requirement MILITARY = new PrerequisiteCheck.Requirement(
            PrerequisiteKind.PERSONNEL_CATEGORY, null, null, null, null, null, PersonnelCategory.MILITARY, null, null);
    static final PrerequisiteCheck.Requirement FIELD_OFFICER = new PrerequisiteCheck.Requirement(
            PrerequisiteKind.MINIMUM_RANK, null, null, null, null, null, null, RankBand.FIELD_OFFICER, null);
    static final PrerequisiteCheck.Requirement FRENCH = new PrerequisiteCheck.Requirement(
            PrerequisiteKind.LANGUAGE, null, null, null, null, null, null, null, "fr");
    static final List<PrerequisiteCheck.Requirement> ALL = List.of(COMPLETED_CPTM, MASTER_TRAINER, MILITARY, FIELD_OFFICER, FRENCH);

    static PrerequisiteCheck.Trainee trainee(ProfileDetails profile, Set<Long> completed, PrerequisiteCheck.Held... held) {
        return new PrerequisiteCheck.Trainee(profile, completed, List.of(held));
    }

    static List<PrerequisiteKind> unmet(List<PrerequisiteCheck.Requirement> requirements, PrerequisiteCheck.Trainee trainee) {
        return PrerequisiteCheck.unmet(requirements, trainee, FIRST_DAY).stream().map(PrerequisiteCheck.Unmet::kind).toList();
    }

    @Test
    void aTraineeWithoutProfileOrHistoryMissesEveryPrerequisite() {
        assertEquals(List.of(PrerequisiteKind.COURSE_COMPLETED, PrerequisiteKind.QUALIFICATION,
                        PrerequisiteKind.PERSONNEL_CATEGORY, PrerequisiteKind.MINIMUM_RANK, PrerequisiteKind.LANGUAGE),
                unmet(ALL, trainee(null, Set.of())));
    }

    @Test
    void aTraineeWhoMeetsThemAllMayEnrol() {
        ProfileDetails major = new ProfileDetails(PersonnelCategory.MILITARY, RankBand.FIELD_OFFICER, List.of("en", "fr"));
        PrerequisiteCheck.Held mt = new PrerequisiteCheck.Held(QualificationKind.MASTER_TRAINER, CPTM_2017, null,
                FIRST_DAY.minusYears(1), FIRST_DAY);
        assertEquals(List.of(), unmet(ALL, trainee(major, Set.of(CPTM_COURSE), mt)));
    }

    @Test
    void aHigherRankBandMeetsAMinimum() {
        ProfileDetails general = new ProfileDetails(PersonnelCategory.MILITARY, RankBand.SENIOR_OFFICER, List.of());
        ProfileDetails captain = new ProfileDetails(PersonnelCategory.MILITARY, RankBand.JUNIOR_OFFICER, List.of());
        assertEquals(List.of(), unmet(List.of(FIELD_OFFICER), trainee(general, Set.of())));
        assertEquals(List.of(PrerequisiteKind.MINIMUM_RANK), unmet(List.of(FIELD_OFFICER), trainee(captain, Set.of())));
    }

    @Test
    void aCivilianWithoutRankMissesARankPrerequisite() {
        ProfileDetails civilian = new ProfileDetails(PersonnelCategory.CIVILIAN, null, List.of("fr"));
        assertEquals(List.of(PrerequisiteKind.PERSONNEL_CATEGORY, PrerequisiteKind.MINIMUM_RANK),
                unmet(List.of(MILITARY, FIELD_OFFICER, FRENCH), trainee(civilian, Set.of())));
    }

    @Test
    void aQualificationMustBeValidOnTheFirstDayAndForTheEdition() {
        PrerequisiteCheck.Held expired = new PrerequisiteCheck.Held(QualificationKind.MASTER_TRAINER, CPTM_2017, null,
                FIRST_DAY.minusYears(3), FIRST_DAY.minusDays(1));
        PrerequisiteCheck.Held otherEdition = new PrerequisiteCheck.Held(QualificationKind.MASTER_TRAINER, 8L, null,
                FIRST_DAY.minusYears(1), null);
        PrerequisiteCheck.Held commander = new PrerequisiteCheck.Held(QualificationKind.COMMANDER_GRADUATE, CPTM_2017,
                null, FIRST_DAY.minusYears(1), null);
        assertEquals(List.of(PrerequisiteKind.QUALIFICATION),
                unmet(List.of(MASTER_TRAINER), trainee(null, Set.of(), expired, otherEdition, commander)));
    }

    @Test
    void aQualificationPrerequisiteWithoutEditionTakesAnyOfThatKind() {
        PrerequisiteCheck.Requirement anyCommander = new PrerequisiteCheck.Requirement(PrerequisiteKind.QUALIFICATION,
                null, null, QualificationKind.COMMANDER_GRADUATE, null, null, null, null, null);
        PrerequisiteCheck.Held graduate = new PrerequisiteCheck.Held(QualificationKind.COMMANDER_GRADUATE, null, 99L,
                FIRST_DAY.minusYears(2), null);
        assertEquals(List.of(), unmet(List.of(anyCommander), trainee(null, Set.of(), graduate)));
    }

    @Test
    void reasonsReadInTheReadersLanguage() {
        PrerequisiteCheck.Unmet category = PrerequisiteCheck.unmet(List.of(MILITARY), trainee(null, Set.of()), FIRST_DAY).get(0);
        assertEquals("Is not Military personnel (or the profile is missing).",
                category.reason().localized(Locale.ENGLISH));
        assertEquals("N’appartient pas au personnel Militaire (ou le profil manque).",
                category.reason().localized(Locale.FRENCH));
        PrerequisiteCheck.Unmet course = PrerequisiteCheck.unmet(List.of(COMPLETED_CPTM), trainee(null, Set.of()), FIRST_DAY).get(0);
        assertEquals("Has not completed CPTM-1 Core pre-deployment.", Messages.explain(Locale.ENGLISH,
                course.messageKey(), course.arguments()));
    }
}
