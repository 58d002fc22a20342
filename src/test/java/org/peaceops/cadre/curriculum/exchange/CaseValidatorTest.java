package org.peaceops.cadre.curriculum.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.CHANGED;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.association;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.casePackage;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.childOf;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.document;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.id;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.curriculum.exchange.CaseAssociation.NodeRef;

class CaseValidatorTest {

    private final CaseValidator validator = new CaseValidator();

    @Test
    void aCompletePackageHasNoProblems() {
        assertEquals(List.of(), validator.validate(casePackage(List.of(item("a", "1"), item("b", "1.1")),
                List.of(childOf("a", "doc"), childOf("b", "a")))));
    }

    @Test
    void associationsOtherThanIsChildOfMayEndOutsideThePackage() {
        CaseAssociation match = new CaseAssociation(id("m"), null, "exactMatchOf", new NodeRef(id("a"), null, "1"),
                new NodeRef("not-even-a-uuid", "https://example.org/standards/X.1", "X.1"), null, CHANGED);
        assertEquals(List.of(), validator.validate(casePackage(List.of(item("a", "1")), List.of(match))));
    }

    @Test
    void aNodeOutsideThePackageNeedsAUri() {
        CaseAssociation match = association("isRelatedTo", "a", "elsewhere", null);
        assertEquals(List.of(new CaseProblem("/CFAssociations/0/destinationNodeURI/uri", CaseProblem.MISSING,
                List.of("uri"))), validator.validate(casePackage(List.of(item("a", "1")), List.of(match))));
    }

    @Test
    void isChildOfMustEndAtAnItemOrTheDocument() {
        assertEquals(List.of(new CaseProblem("/CFAssociations/0/destinationNodeURI/identifier",
                CaseProblem.UNKNOWN_NODE, List.of(id("elsewhere")))),
                validator.validate(casePackage(List.of(item("a", "1")), List.of(childOf("a", "elsewhere")))));
    }

    @Test
    void anAssociationMustStartAtAnItemNotTheDocument() {
        assertEquals(List.of(new CaseProblem("/CFAssociations/0/originNodeURI/identifier", CaseProblem.UNKNOWN_NODE,
                List.of(id("doc")))),
                validator.validate(casePackage(List.of(item("a", "1")), List.of(childOf("doc", "a")))));
    }

    @Test
    void identifiersAreUniqueAcrossDocumentItemsAndAssociationsWhateverTheirCase() {
        CaseItem shadow = new CaseItem(id("doc").toUpperCase(Locale.ROOT), null, "2", "Shadow", null, null, null,
                null, null, null, CHANGED);
        CaseAssociation reused = new CaseAssociation(id("a"), null, "isChildOf", new NodeRef(id("a"), null, "1"),
                new NodeRef(id("doc"), null, "doc"), null, CHANGED);
        assertEquals(List.of(
                new CaseProblem("/CFItems/1/identifier", CaseProblem.DUPLICATE_IDENTIFIER,
                        List.of(id("doc").toUpperCase(Locale.ROOT), "/CFDocument")),
                new CaseProblem("/CFAssociations/0/identifier", CaseProblem.DUPLICATE_IDENTIFIER,
                        List.of(id("a"), "/CFItems/0"))),
                validator.validate(casePackage(List.of(item("a", "1"), shadow), List.of(reused))));
    }

    @Test
    void anIdentifierMustBeAUuidAndNothingMore() {
        // the schema's own pattern has no anchors and would let this through
        String wrapped = "urn:uuid:" + id("a");
        CaseItem item = new CaseItem(wrapped, null, "1", "Statement", null, null, null, null, null, null, CHANGED);
        assertEquals(List.of(new CaseProblem("/CFItems/0/identifier", CaseProblem.NOT_UUID, List.of(wrapped))),
                validator.validate(casePackage(List.of(item), List.of())));
    }

    @Test
    void theFieldsCaseRequiresExceptUriMustBePresent() {
        CaseDocument untitled = new CaseDocument(id("doc"), null, " ", null, null, null, null, null, null, CHANGED);
        CaseItem empty = new CaseItem(id("a"), null, "1", null, null, null, null, null, null, null, null);
        CaseAssociation bare = new CaseAssociation(id("x"), null, null, null, new NodeRef(null, null, null), null,
                CHANGED);
        assertEquals(List.of(
                new CaseProblem("/CFDocument/creator", CaseProblem.MISSING, List.of("creator")),
                new CaseProblem("/CFDocument/title", CaseProblem.MISSING, List.of("title")),
                new CaseProblem("/CFItems/0/lastChangeDateTime", CaseProblem.MISSING, List.of("lastChangeDateTime")),
                new CaseProblem("/CFItems/0/fullStatement", CaseProblem.MISSING, List.of("fullStatement")),
                new CaseProblem("/CFAssociations/0/associationType", CaseProblem.MISSING, List.of("associationType")),
                new CaseProblem("/CFAssociations/0/originNodeURI", CaseProblem.MISSING, List.of("originNodeURI")),
                new CaseProblem("/CFAssociations/0/destinationNodeURI/identifier", CaseProblem.MISSING,
                        List.of("identifier"))),
                validator.validate(new CasePackage(untitled, List.of(empty), List.of(bare))));
    }

    @Test
    void onlyTheAssociationTypesOfCaseAreAccepted() {
        assertEquals(List.of(new CaseProblem("/CFAssociations/0/associationType",
                CaseProblem.UNKNOWN_ASSOCIATION_TYPE, List.of("isCousinOf"))),
                validator.validate(casePackage(List.of(item("a", "1"), item("b", "2")),
                        List.of(association("isCousinOf", "a", "b", null)))));
    }

    @Test
    void dateTimesMustBeRfc3339ButMayLackTheirOffset() {
        List<String> rejected = new ArrayList<>();
        for (String value : List.of("2017-05-25T18:05:33", "2017-10-18T15:02:46+00:00", "2024-03-01T09:30:00.123Z",
                "25/05/2017", "2017-13-01T00:00:00Z", "2017-05-25 18:05:33", "2017-05-25")) {
            CaseDocument document = new CaseDocument(id("doc"), null, "ITS", "Title", null, null, null, null, null,
                    value);
            if (!validator.validate(new CasePackage(document, List.of(), List.of())).isEmpty()) {
                rejected.add(value);
            }
        }
        assertEquals(List.of("25/05/2017", "2017-13-01T00:00:00Z", "2017-05-25 18:05:33", "2017-05-25"), rejected);
    }

    @Test
    void urisMustBeAbsolute() {
        CaseDocument document = new CaseDocument(id("doc"), "uri/" + id("doc"), "ITS", "Title", null, null, null,
                null, null, CHANGED);
        assertEquals(List.of(new CaseProblem("/CFDocument/uri", CaseProblem.NOT_URI, List.of("uri/" + id("doc")))),
                validator.validate(new CasePackage(document, List.of(), List.of())));
    }

    @Test
    void aChainTenThousandDeepIsCheckedWithoutOverflowingTheStack() {
        assertEquals(List.of(), validator.validate(chain(10_000, false)));
    }

    @Test
    void aCycleTenThousandLongIsReportedOnce() {
        List<CaseProblem> problems = validator.validate(chain(10_000, true));
        assertEquals(List.of(CaseProblem.CYCLE), problems.stream().map(CaseProblem::messageKey).toList());
        assertEquals(10_000, problems.get(0).arguments().get(0).split(", ").length);
    }

    @Test
    void problemsStopAtAHundred() {
        List<CaseItem> items = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            items.add(new CaseItem("item-" + i, null, null, "Statement", null, null, null, null, null, null, CHANGED));
        }
        assertEquals(100, validator.validate(casePackage(items, List.of())).size());
    }

    /** Item i is the child of item i - 1 and item 0 of the document, or of the last item if closed. */
    private static CasePackage chain(int length, boolean closed) {
        List<CaseItem> items = new ArrayList<>();
        List<CaseAssociation> links = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            items.add(item("n" + i, String.valueOf(i)));
            links.add(childOf("n" + i, i > 0 ? "n" + (i - 1) : closed ? "n" + (length - 1) : "doc"));
        }
        return new CasePackage(document(), items, links);
    }
}
