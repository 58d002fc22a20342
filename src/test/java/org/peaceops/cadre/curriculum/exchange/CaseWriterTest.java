package org.peaceops.cadre.curriculum.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.CHANGED;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.casePackage;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.childOf;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.document;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.id;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.item;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.curriculum.exchange.CaseAssociation.NodeRef;

class CaseWriterTest {

    private static final CasePackage FULL = new CasePackage(
            new CaseDocument(id("doc"), "https://cadre.example.org/case/" + id("doc"), "ITS", "CPTM", "2017",
                    "Core Pre-Deployment Training Materials", "en", "Adopted", "United Nations", CHANGED),
            List.of(new CaseItem(id("m1"), null, "CPTM.1", "Module 1: an overview of UN peacekeeping", "Module 1",
                            "Module", "1.", "Three lessons", "en", List.of("Staff", "Military observers"),
                            "2017-05-25T18:05:33"),
                    item("l1", "CPTM.1.1")),
            List.of(childOf("m1", "doc", 1), childOf("l1", "m1", 1),
                    new CaseAssociation(id("rel"), null, "isRelatedTo", new NodeRef(id("l1"), null, null),
                            new NodeRef("STM-UNPOL-3", "https://example.org/stm/unpol/3", "STM UNPOL 3"), null,
                            CHANGED)));

    @Test
    void aPackageWithEveryFieldPassesTheSchema() {
        assertEquals(List.of(), CfPackageSchema.violations(CasePackages.write(FULL)));
    }

    @Test
    void theSchemaCheckCatchesWhatTheSchemaForbids() {
        // guards the other schema assertions: a check that passes everything would prove nothing
        String stray = "{\"CFDocument\": {\"identifier\": \"" + id("doc") + "\", \"uri\": \"not a uri\","
                + " \"creator\": \"ITS\", \"title\": \"T\", \"lastChangeDateTime\": \"2017-05-25T18:05:33\"},"
                + " \"CFStray\": []}";
        assertEquals(3, CfPackageSchema.violations(stray.getBytes()).size());
    }

    @Test
    void theSamePackageGivesTheSameBytes() {
        byte[] first = CasePackages.write(FULL);
        assertArrayEquals(first, CasePackages.write(FULL));
        assertArrayEquals(first, CasePackages.write(CasePackages.read(first)));
    }

    @Test
    void missingUrisAreMadeFromTheIdentifier() {
        JsonObject item = written(FULL).getJsonArray("CFItems").getJsonObject(1);
        assertEquals("urn:uuid:" + id("l1"), item.getString("uri"));
    }

    @Test
    void nullFieldsAreLeftOut() {
        JsonObject item = written(FULL).getJsonArray("CFItems").getJsonObject(1);
        assertFalse(item.containsKey("notes"));
        assertFalse(item.containsKey("educationLevel"));
        assertFalse(written(FULL).getJsonArray("CFAssociations").getJsonObject(2).containsKey("sequenceNumber"));
    }

    @Test
    void everyItemAndAssociationLinksToTheDocument() {
        JsonObject json = written(FULL);
        JsonObject expected = Json.createObjectBuilder().add("title", "CPTM").add("identifier", id("doc"))
                .add("uri", "https://cadre.example.org/case/" + id("doc")).build();
        assertEquals(expected, json.getJsonArray("CFItems").getJsonObject(0).getJsonObject("CFDocumentURI"));
        assertEquals(expected, json.getJsonArray("CFAssociations").getJsonObject(2).getJsonObject("CFDocumentURI"));
        assertEquals(expected, json.getJsonObject("CFDocument").getJsonObject("CFPackageURI"));
    }

    @Test
    void aLinkWithoutTitleOrUriTakesThemFromTheNodeItNames() {
        JsonObject origin = written(FULL).getJsonArray("CFAssociations").getJsonObject(2)
                .getJsonObject("originNodeURI");
        assertEquals("CPTM.1.1", origin.getString("title"));
        assertEquals("urn:uuid:" + id("l1"), origin.getString("uri"));
    }

    @Test
    void aDateTimeWithoutOffsetIsWrittenAsUtc() {
        assertEquals("2017-05-25T18:05:33+00:00",
                written(FULL).getJsonArray("CFItems").getJsonObject(0).getString("lastChangeDateTime"));
    }

    @Test
    void educationLevelsAreWrittenAsAnArray() {
        assertEquals(List.of("Staff", "Military observers"), CasePackages.read(CasePackages.write(FULL)).items()
                .get(0).educationLevel());
        assertEquals(2, written(FULL).getJsonArray("CFItems").getJsonObject(0).getJsonArray("educationLevel")
                .size());
    }

    @Test
    void anInvalidPackageIsNotWrittenAtAll() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CasePackage orphan = casePackage(List.of(item("a", "1")), List.of(childOf("a", "nowhere")));
        assertThrows(CasePackageException.class, () -> new CaseWriter().write(orphan, out));
        assertEquals(0, out.size());
    }

    @Test
    void theCallersStreamIsLeftOpen() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new CaseWriter().write(new CasePackage(document(), List.of(), List.of()), out);
        assertFalse(closed[0]);
        assertEquals(List.of(), CasePackages.read(out.toByteArray()).items());
    }

    private static JsonObject written(CasePackage casePackage) {
        return Json.createReader(new ByteArrayInputStream(CasePackages.write(casePackage))).readObject();
    }
}
