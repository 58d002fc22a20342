package org.peaceops.cadre.curriculum.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.peaceops.cadre.curriculum.AlignmentCalculator;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Item;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Mapping;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Node;
import org.peaceops.cadre.curriculum.ItemLevel;
import org.peaceops.cadre.curriculum.MappingStrength;

/**
 * A small edition and curriculum (those of AlignmentCalculatorTest, with French
 * titles) whose figures are worked out by hand: coverage 45.5 %, 140 minutes
 * recommended (2.3 h), 170 planned (2.8 h), gap 1.2, addition A.3.
 */
final class ReportFixture {

    static final Locale FRENCH = Locale.forLanguageTag("fr-FR");
    static final String CURRICULUM_TITLE = "Protection des civils — cours intégré";
    static final Instant GENERATED = Instant.parse("2026-03-05T09:30:00.250Z");

    static final List<Item> EDITION = List.of(
            new Item(1, null, "1", "Cadre des Nations Unies", ItemLevel.MODULE, null),
            new Item(11, 1L, "1.1", "Protection des civils", ItemLevel.LESSON, 45),
            new Item(111, 11L, "1.1.1", "Expliquer le rôle de la mission", ItemLevel.OUTCOME, null),
            new Item(112, 11L, "1.1.2", "Identify threats to civilians", ItemLevel.OUTCOME, null),
            new Item(12, 1L, "1.2", "Conduct and discipline", ItemLevel.LESSON, null),
            new Item(13, 1L, "1.3", "Gender and peacekeeping", ItemLevel.LESSON, 60));

    private static final List<Node> CURRICULUM = List.of(
            new Node(100, null, "A", "Centre module", null),
            new Node(101, 100L, "A.1", "Mapped lesson", 90),
            new Node(102, 101L, "A.1.1", "Centre outcome", null),
            new Node(103, 100L, "A.2", "Lesson mapped to a whole ITS lesson", 30),
            new Node(104, 100L, "A.3", "Sécurité routière", 50));

    private static final List<Mapping> MAPPINGS = List.of(
            new Mapping(101, 111, MappingStrength.FULL),
            new Mapping(101, 13, MappingStrength.PARTIAL),
            new Mapping(103, 11, MappingStrength.PARTIAL));

    private ReportFixture() {
    }

    static AlignmentReport report() {
        return report(AlignmentCalculator.calculate(EDITION, CURRICULUM, MAPPINGS));
    }

    static AlignmentReport report(AlignmentCalculator.Result result) {
        return new AlignmentReport("École de maintien de la paix de Bamako", CURRICULUM_TITLE, 2, "PUBLISHED",
                "CPTM-2024", "Core Pre-Deployment Training Materials", GENERATED, result);
    }
}
