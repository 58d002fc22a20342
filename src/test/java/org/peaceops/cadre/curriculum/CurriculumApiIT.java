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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.curriculum.exchange.CfPackageSchema;
import org.peaceops.cadre.testing.Api;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.CasePackages;
import org.peaceops.cadre.testing.Fixtures;

/**
 * Curricula and ITS frameworks over HTTP on a real server. Centres' curricula:
 * building a draft, mapping it onto ITS items, publishing (and then nothing
 * changes), new drafts, the diff between versions, the alignment report and
 * its cost, and tenancy. Frameworks: the shipped reference editions, CASE 1.0
 * import (checked, in the background, idempotent) and export (valid against
 * the CFPackage schema, stable), roles, and the cost of a tree. One class, so
 * that all of it shares one server start.
 */
class CurriculumApiIT extends CadreIT {

    private Api staff;

    @BeforeEach
    void setUp() {
        staff = fixtures.staffOfNewCentre();
    }

    @Test
    void staffBuildAMappedCurriculumPublishItAndSeeItsCoverage() {
        long cptm = edition("CPTM-2017");
        long curriculum = curriculum(staff, "Infantry battalion pre-deployment course");
        long module = node(staff, curriculum, null, "MODULE", "A", "Peacekeeping foundations", null);
        long lessonA = node(staff, curriculum, module, "LESSON", "A.1", "UN peacekeeping in practice", 90);
        long lessonB = node(staff, curriculum, module, "LESSON", "A.2", "Protecting civilians", 120);
        node(staff, curriculum, module, "LESSON", "A.3", "Local culture and history", 60);
        map(staff, curriculum, lessonA, item(cptm, "1.1"), "FULL");
        map(staff, curriculum, lessonB, item(cptm, "2.5"), "PARTIAL");

        JsonObject alignment = staff.get(alignmentPath(curriculum, 1, cptm)).expect(200).json();
        // leaves: 1.1 (45), 1.3 (45), 2.5 (60), 3.4 (60) known; 1.2, 1.4, 1.5, 1.7, 2.1 at the mean 52.5
        double total = 45 + 45 + 60 + 60 + 5 * 52.5;
        assertEquals(Math.round(1000 * (45 + 30) / total) / 10.0, alignment.getJsonNumber("coveragePercent").doubleValue());
        assertEquals(List.of("A.3"), strings(alignment.getJsonArray("additions")));
        assertTrue(strings(alignment.getJsonArray("gaps")).contains("1.3"));
        assertEquals(4.5, alignment.getJsonNumber("plannedHours").doubleValue(), 1e-9);
        Api.Reply csv = staff.download(alignmentPath(curriculum, 1, cptm).replace("/alignment?", "/alignment.csv?")).expect(200);
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.body().contains("2.5"), "every ITS item has a row");
        Api.Reply pdf = staff.download(alignmentPath(curriculum, 1, cptm).replace("/alignment?", "/alignment.pdf?")).expect(200);
        assertTrue(pdf.body().startsWith("%PDF"));

        JsonObject published = staff.post("api/curricula/" + curriculum + "/publish", "").expect(200).json();
        assertEquals("PUBLISHED", published.getString("status"));
        staff.put(nodePath(curriculum, lessonA), nodeJson("A.1", "Changed after publication", 90)).expect(409);
        staff.post("api/curricula/" + curriculum + "/publish", "").expect(409);

        JsonObject draft = staff.post("api/curricula/" + curriculum + "/drafts", "").expect(201).json();
        assertEquals(2, draft.getInt("number"));
        staff.post("api/curricula/" + curriculum + "/drafts", "").expect(409);
        JsonArray copied = staff.get("api/curricula/" + curriculum + "/versions/2/nodes").expect(200).array();
        assertEquals(4, copied.size());
        long lessonAInDraft = idOf(copied, "A.1");
        staff.put(nodePath(curriculum, lessonAInDraft), nodeJson("A.1", "UN peacekeeping, revised", 90)).expect(200);
        node(staff, curriculum, idOf(copied, "A"), "LESSON", "A.4", "Improvised explosive devices", 45);

        JsonObject diff = staff.get("api/curricula/" + curriculum + "/diff?from=1&to=2").expect(200).json();
        assertEquals(List.of("A.4"), codes(diff.getJsonArray("added")));
        assertEquals(List.of("A.1"), codes(diff.getJsonArray("changed")));
        assertEquals(List.of("title"), strings(diff.getJsonArray("changed").getJsonObject(0).getJsonArray("fields")));
        assertEquals(0, diff.getJsonArray("removed").size());
        assertEquals("UN peacekeeping in practice", staff.get("api/curricula/" + curriculum + "/versions/1/nodes")
                .expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("code").equals("A.1")).findFirst().orElseThrow().getString("title"),
                "the published version is unchanged");
    }

    @Test
    void nodesNestAsModuleLessonOutcomeAndMappingsMustBeSound() {
        long curriculum = curriculum(staff, "Nesting rules");
        Api.Reply topLesson = staff.post(draftNodes(curriculum), Json.createObjectBuilder(nodeJson("1", "Lesson at the top", 30))
                .add("kind", "LESSON").build()).expect(400);
        assertEquals("kind", topLesson.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        long module = node(staff, curriculum, null, "MODULE", "1", "Module", null);
        long lesson = node(staff, curriculum, module, "LESSON", "1.1", "Lesson", 30);
        node(staff, curriculum, lesson, "OUTCOME", "1.1.1", "Outcome", null);
        staff.post(draftNodes(curriculum), Json.createObjectBuilder().add("kind", "MODULE").add("parentId", lesson)
                .add("title", "Module in a lesson").build()).expect(400);
        staff.post(draftNodes(curriculum), Json.createObjectBuilder().add("kind", "MODULE").add("title", " ")
                .build()).expect(400);

        long item = item(edition("CPTM-2017"), "1.3");
        JsonArray twice = Json.createArrayBuilder().add(mapping(item, "FULL")).add(mapping(item, "PARTIAL")).build();
        staff.put(nodePath(curriculum, lesson) + "/mappings", twice).expect(400);
        staff.put(nodePath(curriculum, lesson) + "/mappings", Json.createArrayBuilder()
                .add(mapping(Long.MAX_VALUE, "FULL")).build()).expect(400);
        staff.post("api/curricula", Json.createObjectBuilder().add("title", "No language")
                .add("languages", Json.createArrayBuilder()).build()).expect(400);
    }

    @Test
    void nodesMoveBetweenParentsAndRemovalTakesTheirChildren() {
        long curriculum = curriculum(staff, "Moves");
        long first = node(staff, curriculum, null, "MODULE", "1", "First", null);
        long second = node(staff, curriculum, null, "MODULE", "2", "Second", null);
        long lesson = node(staff, curriculum, first, "LESSON", "1.1", "Lesson", 30);
        node(staff, curriculum, lesson, "OUTCOME", "1.1.1", "Outcome", null);
        staff.post(nodePath(curriculum, lesson) + "/move", Json.createObjectBuilder().add("parentId", second)
                .add("position", 1).build()).expect(200);
        JsonArray tree = staff.get("api/curricula/" + curriculum + "/versions/1/nodes").expect(200).array();
        assertEquals(List.of("1", "2", "1.1", "1.1.1"), codes(tree));
        staff.post(nodePath(curriculum, second) + "/move", Json.createObjectBuilder().add("position", 1).build())
                .expect(200);
        assertEquals(List.of("2", "1.1", "1.1.1", "1"), codes(staff.get("api/curricula/" + curriculum
                + "/versions/1/nodes").expect(200).array()));
        staff.delete(nodePath(curriculum, second)).expect(204);
        assertEquals(List.of("1"), codes(staff.get("api/curricula/" + curriculum + "/versions/1/nodes")
                .expect(200).array()));
    }

    @Test
    void anotherCentresCurriculumAnswersAsIfItDidNotExist() {
        long curriculum = curriculum(staff, "Private to its centre");
        long module = node(staff, curriculum, null, "MODULE", "1", "Module", null);
        Api stranger = fixtures.staffOfNewCentre();
        stranger.get("api/curricula/" + curriculum).expect(404);
        stranger.get("api/curricula/" + curriculum + "/versions/1/nodes").expect(404);
        stranger.put(nodePath(curriculum, module), nodeJson("1", "Hijacked", null)).expect(404);
        stranger.post("api/curricula/" + curriculum + "/publish", "").expect(404);
        stranger.get(alignmentPath(curriculum, 1, edition("CPTM-2017"))).expect(404);
        assertEquals(0, stranger.get("api/curricula?title=Private").expect(200).json().getInt("total"));
        fixtures.user("TRAINEE", centreOf(staff)).post(draftNodes(curriculum), Json.createObjectBuilder(nodeJson("2", "Trainee", null))
                .add("kind", "MODULE").build()).expect(403);
        assertEquals(200, admin.get("api/curricula/" + curriculum).status());
    }

    @Test
    void aReimportThatWouldDropAMappedItemIsRefusedAndChangesNothing() {
        JsonObject casePackage = CasePackages.framework("Mapped edition", 1, 2, 0);
        long edition = fixtures.importFramework(casePackage.toString());
        long curriculum = curriculum(staff, "Mapped onto an edition");
        long module = node(staff, curriculum, null, "MODULE", "1", "Module", null);
        long lesson = node(staff, curriculum, module, "LESSON", "1.1", "Lesson", 30);
        map(staff, curriculum, lesson, item(edition, "1.2"), "FULL");

        JsonObject withoutLesson12 = Json.createObjectBuilder(casePackage)
                .add("CFItems", Json.createArrayBuilder(casePackage.getJsonArray("CFItems").getValuesAs(JsonObject.class)
                        .stream().filter(i -> !i.getString("humanCodingScheme").equals("1.2")).toList()))
                .add("CFAssociations", Json.createArrayBuilder(casePackage.getJsonArray("CFAssociations")
                        .getValuesAs(JsonObject.class).stream()
                        .filter(a -> !a.getJsonObject("originNodeURI").getString("title").equals("1.2")).toList()))
                .build();
        JsonObject state = fixtures.awaitJob(fixtures.startImport(withoutLesson12.toString()));
        assertEquals("FAILED", state.getString("status"));
        assertTrue(state.getString("problems").contains("mapped"), state.toString());
        assertEquals(3, admin.get("api/frameworks/" + edition + "/items?limit=1").expect(200).json().getInt("total"));
    }

    @Test
    void theAlignmentReportCostsTheSameWhateverTheSizeOfCurriculumAndEdition() {
        long smallCost = alignmentCost(34, 40);
        long largeCost = alignmentCost(340, 400);
        assertEquals(smallCost, largeCost);
        assertTrue(largeCost <= 12, "statements for an alignment report: " + largeCost);
    }

    /** An edition of {@code itsLessons} lessons and a curriculum of {@code lessons} lessons mapped onto them. */
    private long alignmentCost(int itsLessons, int lessons) {
        JsonObject casePackage = CasePackages.framework("Alignment " + itsLessons, 1, itsLessons, 0);
        long edition = fixtures.importFramework(casePackage.toString());
        JsonArray items = admin.get("api/frameworks/" + edition + "/tree").expect(200).array();
        long curriculum = curriculum(staff, "Sized " + lessons);
        long module = node(staff, curriculum, null, "MODULE", "M", "Module", null);
        for (int i = 0; i < lessons; i++) {
            long lesson = node(staff, curriculum, module, "LESSON", "L" + i, "Lesson " + i, 45);
            long item = items.getJsonObject(1 + i % itsLessons).getJsonNumber("id").longValue();
            map(staff, curriculum, lesson, item, i % 2 == 0 ? "FULL" : "PARTIAL");
        }
        String path = alignmentPath(curriculum, 1, edition);
        assertEquals(itsLessons + 1, staff.get(path).expect(200).json().getJsonArray("items").size());
        return fixtures.statementsFor(staff, path);
    }

    private long edition(String code) {
        return admin.get("api/frameworks?code=" + code).expect(200).items().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private long item(long edition, String code) {
        return admin.get("api/frameworks/" + edition + "/tree").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long centreOf(Api user) {
        return user.get("api/accounts/me").expect(200).json().getJsonNumber("centreId").longValue();
    }

    private static long curriculum(Api user, String title) {
        return user.post("api/curricula", Json.createObjectBuilder().add("title", Fixtures.unique(title))
                .add("audience", "Military, unit").add("languages", Json.createArrayBuilder().add("en").add("fr"))
                .build()).expect(201).id();
    }

    private static long node(Api user, long curriculum, Long parent, String kind, String code, String title,
                             Integer minutes) {
        var body = Json.createObjectBuilder(nodeJson(code, title, minutes)).add("kind", kind);
        if (parent != null) {
            body.add("parentId", parent);
        }
        return user.post(draftNodes(curriculum), body.build()).expect(201).id();
    }

    private static void map(Api user, long curriculum, long node, long item, String strength) {
        user.put(nodePath(curriculum, node) + "/mappings", Json.createArrayBuilder().add(mapping(item, strength))
                .build()).expect(200);
    }

    private static JsonObject mapping(long item, String strength) {
        return Json.createObjectBuilder().add("itemId", item).add("strength", strength).build();
    }

    private static JsonObject nodeJson(String code, String title, Integer minutes) {
        var body = Json.createObjectBuilder().add("code", code).add("title", title);
        if (minutes != null) {
            body.add("minutes", minutes).add("deliveryMethod", "LECTURE");
        }
        return body.build();
    }

    private static String draftNodes(long curriculum) {
        return "api/curricula/" + curriculum + "/draft/nodes";
    }

    private static String nodePath(long curriculum, long node) {
        return draftNodes(curriculum) + "/" + node;
    }

    private static String alignmentPath(long curriculum, int version, long edition) {
        return "api/curricula/" + curriculum + "/versions/" + version + "/alignment?edition=" + edition;
    }

    private static long idOf(JsonArray nodes, String code) {
        return nodes.getValuesAs(JsonObject.class).stream().filter(n -> n.getString("code").equals(code))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    // --- ITS frameworks and CASE exchange ---


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
        try (InputStream in = CurriculumApiIT.class.getResourceAsStream("/case/" + sample)) {
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
