package org.peaceops.cadre.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Item;
import org.peaceops.cadre.curriculum.AlignmentCalculator.ItemResult;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Mapping;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Node;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Result;

class AlignmentCalculatorTest {

    // Module 1 — lesson 1.1 (45 min: outcomes 1.1.1 and 1.1.2), lesson 1.2 (no duration), lesson 1.3 (60 min)
    private static final List<Item> EDITION = List.of(
            new Item(1, null, "1", "Module", ItemLevel.MODULE, null),
            new Item(11, 1L, "1.1", "Lesson 1.1", ItemLevel.LESSON, 45),
            new Item(111, 11L, "1.1.1", "Outcome 1.1.1", ItemLevel.OUTCOME, null),
            new Item(112, 11L, "1.1.2", "Outcome 1.1.2", ItemLevel.OUTCOME, null),
            new Item(12, 1L, "1.2", "Lesson 1.2", ItemLevel.LESSON, null),
            new Item(13, 1L, "1.3", "Lesson 1.3", ItemLevel.LESSON, 60));

    private static final List<Node> CURRICULUM = List.of(
            new Node(100, null, "A", "Centre module", null),
            new Node(101, 100L, "A.1", "Mapped lesson", 90),
            new Node(102, 101L, "A.1.1", "Centre outcome", null),
            new Node(103, 100L, "A.2", "Lesson mapped to a whole ITS lesson", 30),
            new Node(104, 100L, "A.3", "Centre-specific lesson", 20));

    private static final List<Mapping> MAPPINGS = List.of(
            new Mapping(101, 111, MappingStrength.FULL),
            new Mapping(101, 13, MappingStrength.PARTIAL),
            new Mapping(103, 11, MappingStrength.PARTIAL));

    private final Result result = AlignmentCalculator.calculate(EDITION, CURRICULUM, MAPPINGS);
    private final Map<String, ItemResult> byCode = result.items().stream()
            .collect(Collectors.toMap(r -> r.item().code(), Function.identity()));

    @Test
    void aMappingToALessonCoversItsOutcomesAndTheBestMappingWins() {
        assertEquals(Coverage.FULL, byCode.get("1.1.1").coverage());
        assertEquals(Coverage.PARTIAL, byCode.get("1.1.2").coverage());
    }

    @Test
    void aParentIsFullOnlyWhenAllItsLeavesAre() {
        assertEquals(Coverage.PARTIAL, byCode.get("1.1").coverage());
        assertEquals(Coverage.PARTIAL, byCode.get("1").coverage());
        assertEquals(Coverage.NONE, byCode.get("1.2").coverage());
        assertEquals(Coverage.FULL, AlignmentCalculator.aggregate(List.of(Coverage.FULL, Coverage.FULL)));
        assertEquals(Coverage.NONE, AlignmentCalculator.aggregate(List.of(Coverage.NONE, Coverage.NONE)));
    }

    @Test
    void coverageIsWeightedByRecommendedDurationWithMissingDurationsEstimated() {
        // leaves: 1.1.1 and 1.1.2 share 45 min (22.5 each), 1.3 = 60, 1.2 estimated at the mean 35
        assertEquals(140.0, result.recommendedMinutes(), 1e-9);
        assertEquals(100.0 * (22.5 + 11.25 + 30) / 140, result.coveragePercent(), 1e-9);
        assertEquals(1, result.estimatedItems());
        assertTrue(byCode.get("1.2").estimated());
        assertFalse(byCode.get("1.3").estimated());
        assertEquals(35.0, byCode.get("1.2").recommendedMinutes(), 1e-9);
    }

    @Test
    void plannedMinutesAreSharedAmongTheItemsANodeCovers() {
        assertEquals(45.0, byCode.get("1.3").plannedMinutes(), 1e-9);
        assertEquals(45.0 + 30.0, byCode.get("1.1").plannedMinutes(), 1e-9);
        assertEquals(120.0, byCode.get("1").plannedMinutes(), 1e-9);
        assertEquals(140.0, result.plannedMinutes(), 1e-9);
    }

    @Test
    void gapsAreUncoveredLeavesAndAdditionsAreUnmappedBranches() {
        assertEquals(List.of("1.2"), result.gaps().stream().map(Item::code).toList());
        assertEquals(List.of("A.3"), result.additions().stream().map(Node::code).toList());
    }

    @Test
    void relatedLinksDoNotCountAsCoverage() {
        Result related = AlignmentCalculator.calculate(EDITION, CURRICULUM,
                List.of(new Mapping(101, 13, MappingStrength.RELATED)));
        assertEquals(0.0, related.coveragePercent(), 1e-9);
        assertEquals(Coverage.NONE, related.items().get(5).coverage());
    }

    @Test
    void mappingsToAnotherEditionAreIgnored() {
        Result other = AlignmentCalculator.calculate(EDITION, CURRICULUM,
                List.of(new Mapping(101, 999, MappingStrength.FULL)));
        assertEquals(0.0, other.coveragePercent(), 1e-9);
        assertEquals(4, other.gaps().size());
        assertEquals(List.of("A"), other.additions().stream().map(Node::code).toList());
    }

    @Test
    void anEditionWithoutAnyDurationCountsEveryLeafAlike() {
        List<Item> bare = List.of(new Item(1, null, "1", "a", ItemLevel.LESSON, null),
                new Item(2, null, "2", "b", ItemLevel.LESSON, null));
        Result half = AlignmentCalculator.calculate(bare, List.of(new Node(9, null, "x", "x", 10)),
                List.of(new Mapping(9, 1, MappingStrength.FULL)));
        assertEquals(50.0, half.coveragePercent(), 1e-9);
    }
}
