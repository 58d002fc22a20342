package org.peaceops.cadre.cohort.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peaceops.cadre.cohort.roster.Rosters.checkCsv;
import static org.peaceops.cadre.cohort.roster.Rosters.csv;
import static org.peaceops.cadre.cohort.roster.Rosters.described;
import static org.peaceops.cadre.cohort.roster.Rosters.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;

class RosterValidatorTest {

    /** The required columns only, for rows that test one value. */
    private static final String MINIMAL = "Service number,Family name,Nationality,Category";

    @Test
    void aValidRowBecomesAnEntryWithEveryValueParsed() {
        RosterValidation validation = checkCsv(csv(person("A-1")));

        assertTrue(validation.isValid());
        assertEquals(List.of(new RosterEntry(2, "A-1", "Mensah", "Ama Serwaa", "Captain", RankBand.JUNIOR_OFFICER,
                "GH", PersonnelCategory.MILITARY, Gender.FEMALE, LocalDate.of(1990, 4, 15), "ama.mensah@example.org",
                List.of("en", "fr"), CohortRole.STAFF_OFFICER)), validation.entries());
    }

    @Test
    void blankOptionalColumnsAreNullAndTheRoleIsMember() {
        RosterValidation validation = checkCsv(MINIMAL + "\n  A 1 ,  Mensah ,gh,Police\n");

        assertEquals(List.of(new RosterEntry(2, "A 1", "Mensah", null, null, null, "GH", PersonnelCategory.POLICE,
                null, null, null, List.of(), CohortRole.MEMBER)), validation.entries());
    }

    @Test
    void frenchHeadersAndFrenchWordsReadInAnyOrder() {
        String text = "Rôle dans la cohorte;Nationalité;Matricule;NOM;Prénoms;Grade;Catégorie de grade;Catégorie;"
                + "Genre;Date de naissance;Courriel;Langues\n"
                + "Officier d’état major;SN;SN-77;Diop;Awa;Commandant;officier supérieur;Militaire;H;1980-01-31;"
                + "awa.diop@example.sn;fr wo;\n"
                + "maitre-formateur;sn;SN-78;Ndiaye;;;Sous-officier;civile;femme;;;;\n"
                + "commandant;SN;SN-79;Fall;;;militaire du rang;POLICE;homme;;;;\n"
                + "MEMBRE;SN;SN-80;Sarr;;;officier général;policier;F;;;;\n";

        RosterValidation validation = checkCsv(text);

        assertEquals(List.of(), described(validation));
        List<RosterEntry> entries = validation.entries();
        assertEquals(List.of(CohortRole.STAFF_OFFICER, CohortRole.MASTER_TRAINER, CohortRole.COMMANDER,
                CohortRole.MEMBER), entries.stream().map(RosterEntry::cohortRole).toList());
        assertEquals(List.of(RankBand.FIELD_OFFICER, RankBand.NON_COMMISSIONED, RankBand.ENLISTED,
                RankBand.SENIOR_OFFICER), entries.stream().map(RosterEntry::rankBand).toList());
        assertEquals(List.of(PersonnelCategory.MILITARY, PersonnelCategory.CIVILIAN, PersonnelCategory.POLICE,
                PersonnelCategory.POLICE), entries.stream().map(RosterEntry::category).toList());
        assertEquals(List.of(Gender.MALE, Gender.FEMALE, Gender.MALE, Gender.FEMALE),
                entries.stream().map(RosterEntry::gender).toList());
        assertEquals(List.of("fr", "wo"), entries.get(0).languages());
        assertEquals("Commandant", entries.get(0).rank());
    }

    @Test
    void enumeratedValuesIgnoreCaseSpacesHyphensAndUnderscores() {
        RosterValidation validation = checkCsv(MINIMAL + ",Rank band,Cohort role,Gender\n"
                + "A-1,Mensah,GH,MILITARY,Non_Commissioned,master-trainer,female\n"
                + "A-2,Mensah,GH,civilian,  NCO ,STAFF_OFFICER,m\n");

        assertEquals(List.of(), described(validation));
        assertEquals(RankBand.NON_COMMISSIONED, validation.entries().get(1).rankBand());
        assertEquals(Gender.MALE, validation.entries().get(1).gender());
    }

    @Test
    void requiredValuesMustBeFilledIn() {
        assertEquals(List.of("2 SERVICE_NUMBER roster.problem.required [#roster.column.SERVICE_NUMBER]",
                        "2 FAMILY_NAME roster.problem.required [#roster.column.FAMILY_NAME]",
                        "2 NATIONALITY roster.problem.required [#roster.column.NATIONALITY]",
                        "2 CATEGORY roster.problem.required [#roster.column.CATEGORY]"),
                described(checkCsv(MINIMAL + ",Rank\n ,,, ,Captain\nA-2,Mensah,GH,police\n")));
    }

    @Test
    void serviceNumbersTakeLettersDigitsHyphensSlashesAndSpacesOnly() {
        assertEquals(List.of("2 SERVICE_NUMBER roster.problem.serviceNumber [A_1#]",
                        "3 SERVICE_NUMBER roster.problem.tooLong [#roster.column.SERVICE_NUMBER, 40]"),
                described(checkCsv(MINIMAL + "\nA_1#,Mensah,GH,police\n" + "9".repeat(41) + ",Mensah,GH,police\n"
                        + "Ба/12 3-Z,Mensah,GH,police\n")));
    }

    @Test
    void textColumnsHaveTheirLengthLimits() {
        String header = MINIMAL + ",Given names,Rank,Email,Languages";
        String row = "A-1," + "F".repeat(101) + ",GH,police," + "G".repeat(101) + "," + "R".repeat(61) + ","
                + "e".repeat(190) + "@example.org," + "en ".repeat(70);

        assertEquals(List.of("2 FAMILY_NAME roster.problem.tooLong [#roster.column.FAMILY_NAME, 100]",
                        "2 GIVEN_NAMES roster.problem.tooLong [#roster.column.GIVEN_NAMES, 100]",
                        "2 RANK roster.problem.tooLong [#roster.column.RANK, 60]",
                        "2 EMAIL roster.problem.tooLong [#roster.column.EMAIL, 200]",
                        "2 LANGUAGES roster.problem.tooLong [#roster.column.LANGUAGES, 200]"),
                described(checkCsv(header + "\n" + row + "\n")));
    }

    @Test
    void theNationalityIsAKnownTwoLetterCode() {
        assertEquals(List.of("2 NATIONALITY roster.problem.country [GHA]",
                        "3 NATIONALITY roster.problem.country [UK]", "4 NATIONALITY roster.problem.country [Ghana]"),
                described(checkCsv(MINIMAL + "\nA-1,Mensah,GHA,police\nA-2,Smith,UK,police\n"
                        + "A-3,Mensah,Ghana,police\nA-4,Smith,gb,police\n")));
    }

    @Test
    void enumeratedColumnsNameTheWordsTheyAccept() {
        assertEquals(List.of("2 RANK_BAND roster.problem.value [colonel, #roster.accepted.RANK_BAND]",
                        "2 CATEGORY roster.problem.value [navy, #roster.accepted.CATEGORY]",
                        "2 GENDER roster.problem.value [X, #roster.accepted.GENDER]",
                        "2 COHORT_ROLE roster.problem.value [chief, #roster.accepted.COHORT_ROLE]"),
                described(checkCsv("Service number,Family name,Nationality,Category,Rank band,Gender,Role in the "
                        + "cohort\nA-1,Mensah,GH,navy,colonel,X,chief\n")));
    }

    @Test
    void datesOfBirthAreIsoDatesInThePastAtAPlausibleAge() {
        String header = MINIMAL + ",Date of birth";
        String text = header + "\n" + String.join("\n",
                "A-1,Mensah,GH,police,15/04/1990", "A-2,Mensah,GH,police,1990-02-30",
                "A-3,Mensah,GH,police,2026-06-01", "A-4,Mensah,GH,police,2030-01-01",
                "A-5,Mensah,GH,police,2010-06-02", "A-6,Mensah,GH,police,1945-05-31",
                "A-7,Mensah,GH,police,2010-06-01", "A-8,Mensah,GH,police,1945-06-02") + "\n";

        RosterValidation validation = checkCsv(text);

        assertEquals(List.of("2 DATE_OF_BIRTH roster.problem.date [15/04/1990]",
                "3 DATE_OF_BIRTH roster.problem.date [1990-02-30]",
                "4 DATE_OF_BIRTH roster.problem.birthNotPast [2026-06-01]",
                "5 DATE_OF_BIRTH roster.problem.birthNotPast [2030-01-01]",
                "6 DATE_OF_BIRTH roster.problem.age [2010-06-02, 16, 80]",
                "7 DATE_OF_BIRTH roster.problem.age [1945-05-31, 16, 80]"), described(validation));
        assertEquals(List.of(8, 9), validation.entries().stream().map(RosterEntry::row).toList());
    }

    @Test
    void emailAddressesArePlausible() {
        String text = MINIMAL + ",Email\n" + String.join("\n", "A-1,Mensah,GH,police,ama.mensah@",
                "A-2,Mensah,GH,police,ama mensah@example.org", "A-3,Mensah,GH,police,ama@example",
                "A-4,Mensah,GH,police,ama@@example.org", "A-5,Mensah,GH,police,ama..m@example.org",
                "A-6,Mensah,GH,police,ama+cadre@mail.example.org", "A-7,Mensah,GH,police,kaboré@exemple.bf") + "\n";

        RosterValidation validation = checkCsv(text);

        assertEquals(List.of("2 EMAIL roster.problem.email [ama.mensah@]",
                "3 EMAIL roster.problem.email [ama mensah@example.org]", "4 EMAIL roster.problem.email [ama@example]",
                "5 EMAIL roster.problem.email [ama@@example.org]", "6 EMAIL roster.problem.email [ama..m@example.org]"),
                described(validation));
        assertEquals(2, validation.entries().size());
    }

    @Test
    void languagesAreKnownCodesInAnyOfThreeSeparatorsEachKeptOnce() {
        String text = MINIMAL + ",Languages\n" + String.join("\n", "A-1,Mensah,GH,police,\"EN, fr;ar  en\"",
                "A-2,Mensah,GH,police,en;french;xx;eng") + "\n";

        RosterValidation validation = checkCsv(text);

        assertEquals(List.of("3 LANGUAGES roster.problem.language [french]", "3 LANGUAGES roster.problem.language [xx]",
                "3 LANGUAGES roster.problem.language [eng]"), described(validation));
        assertEquals(List.of("en", "fr", "ar"), validation.entries().get(0).languages());
    }

    @Test
    void everyRowIsCheckedAndEveryProblemReportedInRowOrder() {
        String text = csv(person("A-1").replace(",gh,", ",zz,"), person("A-2"),
                person("A-3").replace("1990-04-15", "yesterday").replace(",F,", ",Q,"));

        RosterValidation validation = checkCsv(text);

        assertEquals(List.of("2 NATIONALITY roster.problem.country [zz]",
                "4 GENDER roster.problem.value [Q, #roster.accepted.GENDER]",
                "4 DATE_OF_BIRTH roster.problem.date [yesterday]"), described(validation));
        assertEquals(List.of(3), validation.entries().stream().map(RosterEntry::row).toList());
        assertFalse(validation.isValid());
    }

    @Test
    void aPersonListedTwiceIsReportedAtEachLaterRowWithTheFirstRow() {
        String text = csv(person("GH-1 234"), person("gh-1234"), person("GH-5"), person("GH 1234"),
                person("GH-1234").replace(",gh,", ",SN,"), person("gh-12 34"));

        RosterValidation validation = checkCsv(text);

        assertEquals(List.of("3 SERVICE_NUMBER roster.problem.duplicatePerson [gh-1234, GH, 2]",
                        "7 SERVICE_NUMBER roster.problem.duplicatePerson [gh-12 34, GH, 2]"),
                described(validation));
        assertEquals(List.of(2, 4, 5, 6), validation.entries().stream().map(RosterEntry::row).toList());
    }

    @Test
    void unknownAndRepeatedColumnsAreProblemsOfTheHeaderRow() {
        String text = "Service number,Family name,Shoe size,Nationality,Category,Nom\nA-1,Mensah,44,GH,police,Other\n";

        RosterValidation validation = checkCsv(text);

        assertEquals(List.of("1 null roster.problem.unknownColumn [Shoe size]",
                "1 FAMILY_NAME roster.problem.duplicateColumn [#roster.column.FAMILY_NAME]"), described(validation));
        assertEquals("Mensah", validation.entries().get(0).familyName());
    }

    @Test
    void aMissingRequiredColumnIsReportedOnceAndNoRowBecomesAnEntry() {
        String text = "Service number,Family name,Category\nA-1,Mensah,police\nA-2,Mensah,police\n";

        RosterValidation validation = checkCsv(text);

        assertEquals(List.of("1 NATIONALITY roster.problem.missingColumn [#roster.column.NATIONALITY]"),
                described(validation));
        assertEquals(List.of(), validation.entries());
    }

    @Test
    void aValueUnderNoHeaderIsAProblemOfItsRow() {
        String text = MINIMAL + ",,\nA-1,Mensah,GH,police,,\nA-2,Mensah,GH,police,,shifted\n";

        assertEquals(List.of("3 null roster.problem.cellWithoutColumn [shifted]"), described(checkCsv(text)));
    }

    @Test
    void aHeaderWithNobodyUnderItSaysSo() {
        assertEquals(List.of("0 null roster.problem.noPeople"), described(checkCsv(MINIMAL + "\n,,,\n")));
    }

    @Test
    void longValuesAreQuotedShortInProblems() {
        String text = MINIMAL + ",Email\nA-1,Mensah,GH,police," + "x".repeat(150) + "@\n";

        RosterProblem problem = checkCsv(text).problems().get(0);

        assertEquals(RosterText.SHOWN_LENGTH, problem.arguments().get(0).length());
        assertTrue(problem.arguments().get(0).endsWith("…"));
    }
}
