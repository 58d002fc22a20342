package org.peaceops.cadre.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.curriculum.exchange.CfPackageSchema;
import org.peaceops.cadre.testing.Api;
import org.peaceops.cadre.testing.CasePackages;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.Fixtures;

/**
 * ITS frameworks over HTTP on a real server: the shipped reference editions,
 * CASE 1.0 import (checked, in the background, idempotent) and export (valid
 * against the CFPackage schema, stable), roles, and the cost of a tree.
 */
class FrameworkApiIT extends CadreIT {

    @Test
    void theShippedCptm2017EditionHasItsModulesAndConfirmedLessons() {
        JsonObject cptm = admin.get("api/frameworks?code=CPTM-2017").expect(200).items().getJsonObject(0);
        assertEquals("SUPERSEDED", cptm.getString("status"));
        JsonArray tree = admin.get("api/frameworks/" + cptm.getJsonNumber("id") + "/tree").expect(200).array();
        assertEquals(List.of("1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.7", "2", "2.1", "2.5", "3", "3.4"),
                codes(tree));
        JsonObject module3 = tree.getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("code").equals("3")).findFirst().orElseThrow();
        assertTrue(module3.getBoolean("unconfirmed"), "module 3's title is shipped as unconfirmed");
        JsonObject poc = tree.getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("code").equals("2.5")).findFirst().orElseThrow();
        assertEquals(60, poc.getInt("recommendedMinutes"));
        JsonObject newEdition = admin.get("api/frameworks?code=CPTM-34").expect(200).items().getJsonObject(0);
        assertTrue(newEdition.getBoolean("unconfirmed"));
    }

    @Test
    void anExportValidatesAgainstTheCfPackageSchema() {
        long cptm = admin.get("api/frameworks?code=CPTM-2017").expect(200).items().getJsonObject(0)
                .getJsonNumber("id").longValue();
        byte[] exported = admin.get("api/frameworks/" + cptm + "/case").expect(200).body()
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), CfPackageSchema.violations(exported));
    }

    @Test
    void importingThenExportingTwiceGivesTheSamePackageAndNoDuplicates() {
        JsonObject original = CasePackages.framework("Round trip", 2, 3, 2);
        long edition = fixtures.importFramework(original.toString());
        String first = admin.get("api/frameworks/" + edition + "/case").expect(200).body();

        long again = fixtures.importFramework(first);
        assertEquals(edition, again, "the same package updates its edition");
        String second = admin.get("api/frameworks/" + edition + "/case").expect(200).body();
        assertEquals(first, second);
        assertEquals(2 + 6 + 12, admin.get("api/frameworks/" + edition + "/items?limit=1").expect(200)
                .json().getInt("total"));
    }

    @Test
    void theOpenSaltSamplesImportWithoutLoss() throws IOException {
        for (String sample : List.of("sample-framework-opensalt.json", "sample-framework-act-math.json")) {
            JsonObject source = read(sample);
            long edition = fixtures.importFramework(source.toString());
            JsonArray tree = admin.get("api/frameworks/" + edition + "/tree").expect(200).array();
            assertEquals(source.getJsonArray("CFItems").size(), tree.size(), sample);
            assertEquals(sortedCodes(source.getJsonArray("CFItems")), codes(tree).stream().sorted().toList(), sample);
            assertEquals(parentsInSource(source), parentsInCadre(tree), sample + ": hierarchy");
        }
    }

    @Test
    void aLargePackageImportsInTheBackgroundWithProgress() {
        long edition = fixtures.importFramework(CasePackages.framework("Large", 20, 25, 9).toString());
        assertEquals(20 + 500 + 4500, admin.get("api/frameworks/" + edition + "/items?limit=1").expect(200)
                .json().getInt("total"));
        JsonObject item = admin.get("api/frameworks/" + edition + "/items?code=7.12.3").expect(200).items()
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("code").equals("7.12.3"))
                .findFirst().orElseThrow();
        assertEquals("Outcome 7.12.3", item.getString("title"));
    }

    @Test
    void aBrokenPackageIsRefusedWithWhereAndWhatAndStoresNothing() {
        long before = admin.get("api/frameworks?limit=1").expect(200).json().getInt("total");

        Api.Reply notJson = admin.post("api/frameworks/case", "{\"CFDocument\": ").expect(400);
        assertTrue(notJson.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("line"));

        JsonObject sound = CasePackages.framework("Broken", 1, 2, 0);
        JsonObject danglingLink = Json.createObjectBuilder(sound).add("CFAssociations", Json.createArrayBuilder(
                sound.getJsonArray("CFAssociations")).add(Json.createObjectBuilder(
                        sound.getJsonArray("CFAssociations").getJsonObject(0))
                .add("identifier", "0b5b1f6e-0000-4000-8000-000000000001")
                .add("originNodeURI", Json.createObjectBuilder().add("identifier", "0b5b1f6e-0000-4000-8000-00000000dead")
                        .add("uri", "urn:uuid:0b5b1f6e-0000-4000-8000-00000000dead").add("title", "ghost")))).build();
        Api.Reply dangling = admin.post("api/frameworks/case", danglingLink).expect(400);
        assertEquals("/CFAssociations/3/originNodeURI/identifier",
                dangling.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject noIdentifier = Json.createObjectBuilder(sound).add("CFItems", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(sound.getJsonArray("CFItems").getJsonObject(0)).remove("identifier"))
        ).build();
        assertTrue(admin.post("api/frameworks/case", noIdentifier).expect(400).body().contains("/CFItems/0/identifier"));

        assertEquals(before, admin.get("api/frameworks?limit=1").expect(200).json().getInt("total"));
    }

    @Test
    void staffReadFrameworksButOnlyAdministratorsImportOrChangeThem() {
        Api staff = fixtures.staffOfNewCentre();
        JsonObject cptm = staff.get("api/frameworks?code=CPTM-2017").expect(200).items().getJsonObject(0);
        staff.get("api/frameworks/" + cptm.getJsonNumber("id") + "/case").expect(200);
        staff.post("api/frameworks/case", CasePackages.framework("Not allowed", 1, 1, 1)).expect(403);
        String job = fixtures.startImport(CasePackages.framework("Admin's job", 1, 1, 1).toString());
        staff.get(job).expect(404);
        admin.get(job).expect(200);
        staff.put("api/frameworks/" + cptm.getJsonNumber("id"), Json.createObjectBuilder(cptm)
                .add("title", "Renamed").build()).expect(403);
    }

    @Test
    void aTreeCostsTheSameNumberOfStatementsWhateverItsSize() {
        long small = fixtures.importFramework(CasePackages.framework("Small tree", 1, 2, 2).toString());
        long large = fixtures.importFramework(CasePackages.framework("Larger tree", 10, 10, 4).toString());
        long smallCost = fixtures.statementsFor(admin, "api/frameworks/" + small + "/tree");
        long largeCost = fixtures.statementsFor(admin, "api/frameworks/" + large + "/tree");
        assertEquals(smallCost, largeCost);
        assertTrue(largeCost <= 4, "statements for a tree: " + largeCost);
    }

    @Test
    void itemsAreLinkedToTheirSuccessorsInANewerEdition() {
        long older = fixtures.importFramework(CasePackages.framework("Older", 1, 2, 0).toString());
        long newer = fixtures.importFramework(CasePackages.framework("Newer", 1, 2, 0).toString());
        long from = itemId(older, "1.1");
        long to = itemId(newer, "1.2");
        JsonObjectBuilder link = Json.createObjectBuilder().add("fromItemId", from).add("toItemId", to)
                .add("relation", "REPLACED_BY");
        admin.post("api/frameworks/successions", link.build()).expect(201);
        admin.post("api/frameworks/successions", link.build()).expect(400);
        admin.post("api/frameworks/successions", Json.createObjectBuilder().add("fromItemId", from)
                .add("toItemId", itemId(older, "1.2")).add("relation", "SPLIT_INTO").build()).expect(400);
        JsonArray successions = admin.get("api/frameworks/" + older + "/successions").expect(200).array();
        assertEquals("1.2", successions.getJsonObject(0).getString("toCode"));
        String exported = admin.get("api/frameworks/" + older + "/case").expect(200).body();
        assertTrue(exported.contains("\"replacedBy\""), "successions travel as replacedBy associations");
    }

    private long itemId(long edition, String code) {
        return admin.get("api/frameworks/" + edition + "/items?code=" + code).expect(200).items()
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("code").equals(code)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private static JsonObject read(String sample) throws IOException {
        try (InputStream in = FrameworkApiIT.class.getResourceAsStream("/case/" + sample)) {
            return Json.createReader(in).readObject();
        }
    }

    private static List<String> codes(JsonArray tree) {
        return tree.getValuesAs(JsonObject.class).stream().map(i -> i.getString("code", "")).toList();
    }

    private static List<String> sortedCodes(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(i -> i.getString("humanCodingScheme", ""))
                .sorted().toList();
    }

    /** Item identifier → parent identifier ("" for a top-level item) from the package's isChildOf links. */
    private static Map<String, String> parentsInSource(JsonObject source) {
        String document = source.getJsonObject("CFDocument").getString("identifier");
        Map<String, String> links = source.getJsonArray("CFAssociations").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("associationType").equals("isChildOf"))
                .collect(Collectors.toMap(a -> a.getJsonObject("originNodeURI").getString("identifier"),
                        a -> a.getJsonObject("destinationNodeURI").getString("identifier"), (first, second) -> first));
        return source.getJsonArray("CFItems").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("identifier"))
                .collect(Collectors.toMap(id -> id, id -> {
                    String parent = links.get(id);
                    return parent == null || parent.equals(document) ? "" : parent;
                }));
    }

    private static Map<String, String> parentsInCadre(JsonArray tree) {
        Map<Long, String> identifiers = tree.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(i -> i.getJsonNumber("id").longValue(), i -> i.getString("caseIdentifier")));
        return tree.getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                i -> i.getString("caseIdentifier"),
                i -> i.get("parentId") == null || i.get("parentId") == JsonValue.NULL ? ""
                        : identifiers.get(i.getJsonNumber("parentId").longValue())));
    }
}
