package org.peaceops.cadre.cohort.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;

/**
 * The words a roster may use for the values of its enumerated columns. Each
 * value is accepted under its constant's name ({@code STAFF_OFFICER}), its
 * English and French words, and a few abbreviations rosters use ("F", "H" for
 * homme, "NCO", "MDR" for militaire du rang), compared as
 * {@link RosterText#key} does, so that "OFFICIER D’ETAT MAJOR" is "officier
 * d'état-major". The bundles' {@code roster.accepted.*} texts list the English
 * and French words, and a test keeps them in step with this table. The French words
 * are those of the bundles' labels where Cadre has them (rank bands follow
 * French usage: an "officier supérieur" is a field officer, an "officier
 * général" a senior officer).
 */
final class RosterVocabulary {

    /** How one value is written: first in English, then in French, then otherwise. */
    record Spelling(Enum<?> value, String english, String french, List<String> others) {

        String preferred(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? french : english;
        }

        List<String> all() {
            List<String> all = new ArrayList<>(List.of(value.name(), english, french));
            all.addAll(others);
            return all;
        }
    }

    private static final Map<Class<?>, List<Spelling>> SPELLINGS = Map.of(
            RankBand.class, List.of(
                    spelling(RankBand.ENLISTED, "enlisted", "militaire du rang", "MDR", "other ranks"),
                    spelling(RankBand.NON_COMMISSIONED, "non-commissioned officer", "sous-officier",
                            "NCO", "non-commissioned"),
                    spelling(RankBand.JUNIOR_OFFICER, "junior officer", "officier subalterne"),
                    spelling(RankBand.FIELD_OFFICER, "field officer", "officier supérieur"),
                    spelling(RankBand.SENIOR_OFFICER, "senior officer", "officier général", "general officer")),
            PersonnelCategory.class, List.of(
                    spelling(PersonnelCategory.MILITARY, "military", "militaire"),
                    spelling(PersonnelCategory.POLICE, "police", "police", "policier", "policière"),
                    spelling(PersonnelCategory.CIVILIAN, "civilian", "civil", "civile")),
            Gender.class, List.of(
                    spelling(Gender.FEMALE, "female", "femme", "F", "féminin", "woman"),
                    spelling(Gender.MALE, "male", "homme", "M", "H", "masculin", "man")),
            CohortRole.class, List.of(
                    spelling(CohortRole.COMMANDER, "commander", "commandant"),
                    spelling(CohortRole.STAFF_OFFICER, "staff officer", "officier d’état-major"),
                    spelling(CohortRole.MASTER_TRAINER, "master trainer", "maître formateur"),
                    spelling(CohortRole.MEMBER, "member", "membre")));

    private static final Map<Class<?>, Map<String, Enum<?>>> BY_KEY = index();

    private RosterVocabulary() {
    }

    /** The spellings of every value of {@code type}, in the enumeration's order. */
    static List<Spelling> spellings(Class<? extends Enum<?>> type) {
        return SPELLINGS.get(type);
    }

    /** The value of {@code type} that {@code text} writes, or {@code null} if it writes none. */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> E find(Class<E> type, String text) {
        return (E) BY_KEY.get(type).get(RosterText.key(text));
    }

    /** The word for {@code value} in {@code locale}: "femme" for {@link Gender#FEMALE} in French. */
    static String preferred(Enum<?> value, Locale locale) {
        return spellings(value.getDeclaringClass()).get(value.ordinal()).preferred(locale);
    }

    /** The words for every value of {@code type} in {@code locale}, as the bundles list them: "femme, homme". */
    static String preferred(Class<? extends Enum<?>> type, Locale locale) {
        return String.join(", ", spellings(type).stream().map(spelling -> spelling.preferred(locale)).toList());
    }

    private static Spelling spelling(Enum<?> value, String english, String french, String... others) {
        return new Spelling(value, english, french, List.of(others));
    }

    /** One word for two values would make a roster ambiguous: that is a mistake in this table, found at start-up. */
    private static Map<Class<?>, Map<String, Enum<?>>> index() {
        Map<Class<?>, Map<String, Enum<?>>> index = new HashMap<>();
        SPELLINGS.forEach((type, spellings) -> {
            for (int i = 0; i < type.getEnumConstants().length; i++) {
                if (i >= spellings.size() || spellings.get(i).value().ordinal() != i) {
                    throw new IllegalStateException(type.getSimpleName() + "'s spellings miss a value or its order");
                }
            }
            Map<String, Enum<?>> byKey = new HashMap<>();
            for (Spelling spelling : spellings) {
                for (String word : spelling.all()) {
                    Enum<?> before = byKey.putIfAbsent(RosterText.key(word), spelling.value());
                    if (before != null && before != spelling.value()) {
                        throw new IllegalStateException(word + " spells both " + before + " and " + spelling.value());
                    }
                }
            }
            index.put(type, Map.copyOf(byKey));
        });
        return Map.copyOf(index);
    }
}
