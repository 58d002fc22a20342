package org.peaceops.cadre.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The slices depend on each other as the design draws them: {@code platform}
 * on none, each feature slice only on the slices it builds on, and no cycles.
 * A new dependency is a design decision: add it here and to the README's
 * "How Cadre is built" on purpose, not by an import that slipped in.
 */
class SliceDependenciesTest {

    private static final String ROOT = "org.peaceops.cadre";

    /** Each slice and the slices it may use (besides itself). */
    private static final Map<String, List<String>> MAY_USE = Map.of(
            "platform", List.of(),
            "reference", List.of("platform"),
            "mission", List.of("platform", "reference"),
            "centre", List.of("platform", "reference"),
            "people", List.of("platform", "reference", "centre"),
            "curriculum", List.of("platform", "reference", "centre"),
            "course", List.of("platform", "reference", "centre", "people", "curriculum"),
            "training", List.of("platform", "reference", "centre", "people", "course"),
            "cohort", List.of("platform", "reference", "mission", "centre", "people", "course", "training"),
            "dashboard", List.of("platform", "reference", "mission", "centre", "people", "curriculum", "course",
                    "training", "cohort"));

    private static JavaClasses cadre;

    @BeforeAll
    static void importClasses() {
        cadre = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void everySliceUsesOnlyTheSlicesItBuildsOn() {
        MAY_USE.forEach((slice, allowed) -> {
            String[] others = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(slice) && !allowed.contains(other))
                    .map(other -> ROOT + "." + other + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + slice + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because(slice + " builds only on " + allowed)
                    .check(cadre);
        });
    }

    @Test
    void slicesFormNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(cadre);
    }

    @Test
    void everyClassLivesInAKnownSlice() {
        classes().that().resideInAPackage(ROOT + "..").and().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(MAY_USE.keySet().stream().map(s -> ROOT + "." + s + "..")
                        .toArray(String[]::new))
                .because("a new top-level package is a new slice: add it to MAY_USE")
                .check(cadre);
    }
}
