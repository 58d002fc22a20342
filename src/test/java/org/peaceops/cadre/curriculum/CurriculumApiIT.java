package org.peaceops.cadre.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.testing.Api;
import org.peaceops.cadre.testing.CasePackages;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.Fixtures;

/**
 * Centres' curricula over HTTP on a real server: building a draft, mapping it
 * onto ITS items, publishing (and then nothing changes), new drafts, the diff
 * between versions, the alignment report and its cost, and tenancy.
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

    private static List<String> codes(JsonArray nodes) {
        return nodes.getValuesAs(JsonObject.class).stream().map(n -> n.getString("code")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }
}
