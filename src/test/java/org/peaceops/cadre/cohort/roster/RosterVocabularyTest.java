package org.peaceops.cadre.cohort.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.i18n.Messages;

/** The headers and words a roster may use, in English and French. */
class RosterVocabularyTest {

    @Test
    void everyColumnIsKnownByItsNameAndBothTemplateHeaders() {
        for (RosterColumn column : RosterColumn.values()) {
            assertEquals(Optional.of(column), RosterColumn.forHeader(column.name()));
            assertEquals(Optional.of(column), RosterColumn.forHeader(column.name().toLowerCase(Locale.ROOT)));
            for (Locale locale : Messages.SUPPORTED) {
                assertEquals(Optional.of(column), RosterColumn.forHeader(column.header(locale)), column.header(locale));
            }
        }
    }

    @Test
    void headersIgnoreCaseAccentsSpacingAndBracketedHints() {
        assertEquals(Optional.of(RosterColumn.SERVICE_NUMBER), RosterColumn.forHeader("  SERVICE-NUMBER "));
        assertEquals(Optional.of(RosterColumn.GIVEN_NAMES), RosterColumn.forHeader("PRENOMS"));
        assertEquals(Optional.of(RosterColumn.COHORT_ROLE), RosterColumn.forHeader("role dans la  cohorte"));
        assertEquals(Optional.of(RosterColumn.RANK_BAND), RosterColumn.forHeader("Catégorie de grade"));
        assertEquals(Optional.of(RosterColumn.CATEGORY), RosterColumn.forHeader("CATEGORIE"));
        assertEquals(Optional.of(RosterColumn.DATE_OF_BIRTH), RosterColumn.forHeader("Date of birth (yyyy-mm-dd)"));
        assertEquals(Optional.of(RosterColumn.NATIONALITY), RosterColumn.forHeader("Nationalité [ISO]"));
        assertEquals(Optional.of(RosterColumn.FAMILY_NAME), RosterColumn.forHeader("Surname"));
        assertEquals(Optional.of(RosterColumn.GENDER), RosterColumn.forHeader("Sexe"));
        assertEquals(Optional.empty(), RosterColumn.forHeader("Shoe size"));
        assertEquals(Optional.empty(), RosterColumn.forHeader(""));
    }

    @Test
    void everyValueIsAcceptedUnderItsNameAndItsEnglishAndFrenchWords() {
        for (Class<? extends Enum<?>> type : types()) {
            for (RosterVocabulary.Spelling spelling : RosterVocabulary.spellings(type)) {
                for (String word : spelling.all()) {
                    assertEquals(spelling.value(), find(type, word), word);
                    assertEquals(spelling.value(), find(type, word.toUpperCase(Locale.ROOT)), word);
                }
            }
        }
    }

    @Test
    void theFrenchWordsOfTheBriefAreAccepted() {
        assertEquals(PersonnelCategory.MILITARY, RosterVocabulary.find(PersonnelCategory.class, "militaire"));
        assertEquals(PersonnelCategory.CIVILIAN, RosterVocabulary.find(PersonnelCategory.class, "civil"));
        assertEquals(Gender.FEMALE, RosterVocabulary.find(Gender.class, "femme"));
        assertEquals(Gender.FEMALE, RosterVocabulary.find(Gender.class, "F"));
        assertEquals(Gender.MALE, RosterVocabulary.find(Gender.class, "homme"));
        assertEquals(Gender.MALE, RosterVocabulary.find(Gender.class, "H"));
        assertEquals(CohortRole.COMMANDER, RosterVocabulary.find(CohortRole.class, "commandant"));
        assertEquals(CohortRole.STAFF_OFFICER, RosterVocabulary.find(CohortRole.class, "officier d'état-major"));
        assertEquals(CohortRole.STAFF_OFFICER, RosterVocabulary.find(CohortRole.class, "OFFICIER D’ETAT MAJOR"));
        assertEquals(CohortRole.MASTER_TRAINER, RosterVocabulary.find(CohortRole.class, "maître formateur"));
        assertEquals(CohortRole.MEMBER, RosterVocabulary.find(CohortRole.class, "membre"));
        assertNull(RosterVocabulary.find(Gender.class, "x"));
    }

    @Test
    void theBundlesListTheWordsOfThisVocabulary() {
        for (RosterColumn column : RosterColumn.values()) {
            if (column.valueType() == null) {
                continue;
            }
            for (Locale locale : Messages.SUPPORTED) {
                assertEquals(RosterVocabulary.preferred(column.valueType(), locale),
                        Messages.format(locale, "roster.accepted." + column.name()), column + " " + locale);
            }
        }
    }

    @Test
    void aProblemReadsInTheReadersLanguageWithItsColumnAndAcceptedWords() {
        RosterProblem problem = RosterProblem.of(4, RosterColumn.GENDER, RosterProblem.VALUE, "X",
                "#roster.accepted.GENDER");
        RosterProblem required = RosterProblem.of(2, RosterColumn.FAMILY_NAME, RosterProblem.REQUIRED,
                "#roster.column.FAMILY_NAME");

        assertEquals("“X” is not accepted here; write one of: female, male.", problem.text(Locale.ENGLISH));
        assertEquals("« X » n’est pas admis ici ; écrivez l’une de ces valeurs : femme, homme.",
                problem.text(Locale.FRENCH));
        assertEquals("Family name must be filled in.", required.text(Locale.UK));
        assertEquals("« Nom » doit être renseigné.", required.text(Locale.CANADA_FRENCH));
    }

    private static List<Class<? extends Enum<?>>> types() {
        return Arrays.stream(RosterColumn.values()).<Class<? extends Enum<?>>>map(RosterColumn::valueType)
                .filter(type -> type != null).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> find(Class<? extends Enum<?>> type, String word) {
        return RosterVocabulary.find((Class) type, word);
    }
}
