package org.peaceops.cadre.curriculum.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.association;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.casePackage;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.childOf;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.id;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.item;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.curriculum.exchange.CaseAssociation.NodeRef;

class CaseReaderTest {

    /**
     * Items a (1), b (1.1), c (1.1.1), d (2) and a loose item (9) with no
     * parent; d is also an exact match of a node of another framework.
     * Associations: 0 a→document, 1 b→a, 2 c→b, 3 d→document, 4 d exactMatchOf.
     */
    private static final CasePackage VALID = casePackage(
            List.of(item("a", "1"), item("b", "1.1"), item("c", "1.1.1"), item("d", "2"), item("loose", "9")),
            List.of(childOf("a", "doc", 1), childOf("b", "a"), childOf("c", "b"), childOf("d", "doc", 2),
                    new CaseAssociation(id("match"), null, "exactMatchOf", new NodeRef(id("d"), null, "2"),
                            new NodeRef(id("elsewhere"), "https://example.org/uri/" + id("elsewhere"), "X.2"),
                            null, CasePackages.CHANGED)));

    @Test
    void theOpenSaltSampleReadsWithItsOlderFieldNames() {
        CasePackage sample = CasePackages.readSample(CasePackages.OPENSALT_SAMPLE);
        assertEquals(16, sample.items().size());
        assertEquals(39, sample.associations().size());
        CaseItem first = sample.items().get(0);
        assertEquals("CCSS.Math.Content.6.RP.A", first.humanCodingScheme());
        assertEquals("Cluster", first.itemType());
        assertEquals(List.of("06"), first.educationLevel());
        assertEquals(Integer.valueOf(1), sample.associations().get(15).sequenceNumber());
    }

    @Test
    void theActMathSampleReads() {
        CasePackage sample = CasePackages.readSample(CasePackages.ACT_MATH_SAMPLE);
        assertEquals("ACT Holistic Framework, Math", sample.document().title());
        assertEquals(28, sample.items().size());
        assertEquals(28, sample.associations().size());
        assertEquals("Geometry and Measurement", sample.items().get(0).abbreviatedStatement());
    }

    @Test
    void thePackageTheCorruptionsStartFromReads() {
        CasePackage read = read(patch -> patch);
        assertEquals(identifiers(VALID.items()), identifiers(read.items()));
        assertEquals(5, read.associations().size());
    }

    @Test
    void textThatIsNotJsonIsReportedWithItsLineAndColumn() {
        String broken = "{\n  \"CFDocument\": {\n    \"identifier\": ,\n  }\n}";
        List<CaseProblem> problems = problems(broken);
        assertEquals(1, problems.size());
        CaseProblem problem = problems.get(0);
        assertEquals("", problem.pointer());
        assertEquals(CaseProblem.JSON, problem.messageKey());
        assertEquals(List.of("3", "19"), problem.arguments().subList(1, 3));
        assertTrue(problem.arguments().get(0).contains("line no=3"), problem.arguments().get(0));
    }

    @Test
    void contentAfterThePackageIsNotJson() {
        assertEquals(List.of(CaseProblem.JSON), keys(problems("{} {}")));
        assertEquals(List.of(CaseProblem.JSON), keys(problems("")));
    }

    @Test
    void aPackageWithoutDocumentIsReported() {
        assertEquals(List.of(new CaseProblem("/CFDocument", CaseProblem.NO_DOCUMENT, List.of())),
                problems(patch -> patch.remove("/CFDocument")));
    }

    @Test
    void anItemWithoutIdentifierIsReportedAtItsPointer() {
        assertEquals(List.of(new CaseProblem("/CFItems/4/identifier", CaseProblem.MISSING, List.of("identifier"))),
                problems(patch -> patch.remove("/CFItems/4/identifier")));
    }

    @Test
    void aDuplicateIdentifierIsReportedWithItsFirstUse() {
        assertEquals(List.of(new CaseProblem("/CFItems/4/identifier", CaseProblem.DUPLICATE_IDENTIFIER,
                List.of(id("a"), "/CFItems/0"))), problems(patch -> patch.replace("/CFItems/4/identifier", id("a"))));
    }

    @Test
    void anAssociationFromAnUnknownItemIsReported() {
        assertEquals(List.of(new CaseProblem("/CFAssociations/1/originNodeURI/identifier", CaseProblem.UNKNOWN_NODE,
                List.of(id("nowhere")))),
                problems(patch -> patch.replace("/CFAssociations/1/originNodeURI/identifier", id("nowhere"))));
    }

    @Test
    void anIsChildOfToAnUnknownItemIsReported() {
        assertEquals(List.of(new CaseProblem("/CFAssociations/2/destinationNodeURI/identifier",
                CaseProblem.UNKNOWN_NODE, List.of(id("nowhere")))),
                problems(patch -> patch.replace("/CFAssociations/2/destinationNodeURI/identifier", id("nowhere"))));
    }

    @Test
    void aThreeItemIsChildOfCycleIsReportedOnceWithItsItems() {
        // a now hangs under its grandchild c: a → c → b → a
        assertEquals(List.of(new CaseProblem("/CFAssociations/1", CaseProblem.CYCLE,
                List.of(id("a") + ", " + id("c") + ", " + id("b")))),
                problems(patch -> patch.replace("/CFAssociations/0/destinationNodeURI/identifier", id("c"))));
    }

    @Test
    void anIdentifierThatIsNotAUuidIsReported() {
        assertEquals(List.of(new CaseProblem("/CFItems/4/identifier", CaseProblem.NOT_UUID, List.of("LOOSE-9"))),
                problems(patch -> patch.replace("/CFItems/4/identifier", "LOOSE-9")));
    }

    @Test
    void aFieldOfTheWrongTypeIsReported() {
        assertEquals(List.of(new CaseProblem("/CFItems/4/humanCodingScheme", CaseProblem.WRONG_TYPE,
                List.of("humanCodingScheme", "string"))),
                problems(patch -> patch.replace("/CFItems/4/humanCodingScheme", true)));
    }

    @Test
    void allProblemsAreReportedTogether() {
        assertEquals(List.of("/CFItems/4/identifier", "/CFAssociations/1/originNodeURI/identifier"),
                problems(patch -> patch.remove("/CFItems/4/identifier")
                        .replace("/CFAssociations/1/originNodeURI/identifier", id("nowhere")))
                        .stream().map(CaseProblem::pointer).toList());
    }

    @Test
    void problemsStopAtAHundred() {
        List<CaseProblem> problems = problems(patch -> {
            for (int i = 0; i < 150; i++) {
                patch.add("/CFItems/-", Json.createObjectBuilder().add("fullStatement", "x").build());
            }
            return patch;
        });
        // each of the 150 items lacks both identifier and lastChangeDateTime
        assertEquals(100, problems.size());
    }

    @Test
    void theCallersStreamIsLeftOpen() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(CasePackages.write(VALID)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new CaseReader().read(in);
        assertFalse(closed[0]);
    }

    private static CasePackage read(UnaryOperator<JsonPatchBuilder> corruption) {
        return CasePackages.read(corrupted(corruption));
    }

    private static List<CaseProblem> problems(UnaryOperator<JsonPatchBuilder> corruption) {
        return problems(corrupted(corruption));
    }

    private static List<CaseProblem> problems(String json) {
        return assertThrows(CasePackageException.class, () -> CasePackages.read(json)).problems();
    }

    private static String corrupted(UnaryOperator<JsonPatchBuilder> corruption) {
        String written = new String(CasePackages.write(VALID), StandardCharsets.UTF_8);
        JsonObject json = Json.createReader(new StringReader(written)).readObject();
        return corruption.apply(Json.createPatchBuilder()).build().apply(json).toString();
    }

    private static List<String> identifiers(List<CaseItem> items) {
        return items.stream().map(CaseItem::identifier).toList();
    }

    private static List<String> keys(List<CaseProblem> problems) {
        return problems.stream().map(CaseProblem::messageKey).toList();
    }
}
