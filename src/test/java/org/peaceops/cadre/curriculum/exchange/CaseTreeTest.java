package org.peaceops.cadre.curriculum.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.casePackage;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.childOf;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.codes;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.id;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.item;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CaseTreeTest {

    @Test
    void oneTenComesAfterOneNineAmongSiblings() {
        CaseTree tree = CaseTree.of(casePackage(List.of(item("p", "1"), item("ten", "1.10"), item("nine", "1.9")),
                List.of(childOf("ten", "p"), childOf("nine", "p"))));
        assertEquals(List.of("1.9", "1.10"), codes(tree.children(id("p"))));
    }

    @Test
    void sequenceNumberComesBeforeListEnumerationAndCode() {
        CaseTree tree = CaseTree.of(casePackage(
                List.of(item("p", "P"), item("x", "1", "a."), item("y", "2", "b."), item("z", "3", "c.")),
                List.of(childOf("x", "p", 3), childOf("y", "p", 2), childOf("z", "p", 1))));
        assertEquals(List.of("3", "2", "1"), codes(tree.children(id("p"))));
    }

    @Test
    void listEnumerationComesBeforeCodeAndCountsNumbersAsNumbers() {
        CaseTree tree = CaseTree.of(casePackage(
                List.of(item("p", "P"), item("x", "A", "10."), item("y", "B", "9."), item("z", "C", "2.")),
                List.of(childOf("x", "p"), childOf("y", "p"), childOf("z", "p"))));
        assertEquals(List.of("C", "B", "A"), codes(tree.children(id("p"))));
    }

    @Test
    void fileOrderDecidesWhenAllElseIsEqual() {
        CaseTree tree = CaseTree.of(casePackage(List.of(item("p", "P"), item("second", null), item("first", null)),
                List.of(childOf("first", "p"), childOf("second", "p"))));
        assertEquals(List.of(id("second"), id("first")),
                tree.children(id("p")).stream().map(node -> node.item().identifier()).toList());
    }

    @Test
    void siblingsWithoutAValueComeAfterThoseWithOne() {
        CaseTree tree = CaseTree.of(casePackage(
                List.of(item("p", "P"), item("bare", null), item("coded", "9"), item("numbered", "1")),
                List.of(childOf("bare", "p"), childOf("coded", "p"), childOf("numbered", "p", 1))));
        assertEquals(Arrays.asList("1", "9", null), codes(tree.children(id("p"))));
    }

    @Test
    void childrenOfTheDocumentAndItemsWithoutParentAreTheRoots() {
        CaseTree tree = CaseTree.of(casePackage(List.of(item("loose", "2"), item("top", "1"), item("under", "1.1")),
                List.of(childOf("top", "doc"), childOf("under", "top"))));
        assertEquals(List.of("1", "2"), codes(tree.roots()));
        assertSame(tree.roots(), tree.children(id("doc")));
        assertEquals(List.of("1.1"), codes(tree.roots().get(0).children()));
    }

    @Test
    void anItemUnderTwoParentsAppearsUnderEach() {
        CaseTree tree = CaseTree.of(casePackage(List.of(item("p", "1"), item("q", "2"), item("shared", "S")),
                List.of(childOf("shared", "p"), childOf("shared", "q"))));
        assertEquals(List.of("1", "2"), codes(tree.roots()));
        assertSame(tree.children(id("p")).get(0), tree.children(id("q")).get(0));
    }

    @Test
    void aLinkGivenTwiceCountsOnce() {
        CaseTree tree = CaseTree.of(casePackage(List.of(item("p", "1"), item("c", "1.1")),
                List.of(childOf("c", "p"), again(childOf("c", "p")))));
        assertEquals(List.of("1.1"), codes(tree.children(id("p"))));
    }

    @Test
    void otherAssociationsDoNotShapeTheTree() {
        CaseTree tree = CaseTree.of(casePackage(List.of(item("p", "1"), item("c", "2")),
                List.of(CasePackages.association("isPartOf", "c", "p", null))));
        assertEquals(List.of("1", "2"), codes(tree.roots()));
        assertEquals(List.of(), tree.children(id("p")));
    }

    @Test
    void aChainTenThousandDeepIsBuiltWithoutOverflowingTheStack() {
        List<CaseItem> items = new ArrayList<>();
        List<CaseAssociation> links = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            items.add(item("n" + i, String.valueOf(i)));
            links.add(childOf("n" + i, i == 0 ? "doc" : "n" + (i - 1)));
        }
        List<String> outline = CasePackages.outline(CaseTree.of(casePackage(items, links)));
        assertEquals(10_000, outline.size());
        assertEquals("9999 9999 " + id("n9999"), outline.get(9_999));
    }

    @Test
    void childrenOfAnUnknownIdentifierAreRefused() {
        CaseTree tree = CaseTree.of(casePackage(List.of(item("p", "1")), List.of()));
        assertThrows(IllegalArgumentException.class, () -> tree.children(id("nowhere")));
    }

    @Test
    void identifiersAreLookedUpWithoutRegardToCase() {
        CaseTree tree = CaseTree.of(casePackage(List.of(item("p", "1"), item("c", "1.1")),
                List.of(childOf("c", "p"))));
        assertEquals(List.of("1.1"), codes(tree.children(id("p").toUpperCase(Locale.ROOT))));
    }

    @Test
    void anInvalidPackageHasNoTree() {
        CasePackageException refused = assertThrows(CasePackageException.class, () -> CaseTree.of(casePackage(
                List.of(item("a", "1"), item("b", "2")), List.of(childOf("a", "b"), childOf("b", "a")))));
        assertEquals(List.of(CaseProblem.CYCLE), refused.problems().stream().map(CaseProblem::messageKey).toList());
    }

    @Test
    void theActMathSampleIsOrderedByTheNumbersInItsCodes() {
        CaseTree tree = CaseTree.of(CasePackages.readSample(CasePackages.ACT_MATH_SAMPLE));
        List<String> codes = codes(tree.children(levelOne(tree)));
        assertEquals(24, codes.size());
        for (int i = 0; i < codes.size(); i++) {
            assertEquals("H.A.MATH.GM.PF.2DFP.L1." + (i + 1), codes.get(i));
        }
    }

    @Test
    void theOpenSaltSampleIsOrderedBySequenceNumberThenListEnumeration() {
        CaseTree tree = CaseTree.of(CasePackages.readSample(CasePackages.OPENSALT_SAMPLE));
        assertEquals(List.of("CCSS.Math.Content.6.RP.A", "CCSS.Math.Content.7.RP.A"), codes(tree.roots()));
        assertEquals(List.of("CCSS.Math.Content.7.RP.A.2a", "CCSS.Math.Content.7.RP.A.2b",
                "CCSS.Math.Content.7.RP.A.2c", "CCSS.Math.Content.7.RP.A.2d"),
                codes(tree.roots().get(1).children().get(1).children()));
    }

    /** The same link under an identifier of its own. */
    private static CaseAssociation again(CaseAssociation link) {
        return new CaseAssociation(id("again"), null, link.associationType(), link.origin(), link.destination(),
                link.sequenceNumber(), link.lastChangeDateTime());
    }

    /** The identifier of H.A.MATH.GM.PF.2DFP.L1, found by walking down the single line above it. */
    private static String levelOne(CaseTree tree) {
        CaseTree.Node node = tree.roots().get(0);
        while (!node.item().humanCodingScheme().endsWith(".L1")) {
            node = node.children().get(0);
        }
        return node.item().identifier();
    }
}
