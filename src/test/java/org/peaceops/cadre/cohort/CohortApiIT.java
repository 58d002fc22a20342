package org.peaceops.cadre.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.testing.Api;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.CourseFixtures;
import org.peaceops.cadre.testing.CourseFixtures.Centre;
import org.peaceops.cadre.testing.Fixtures;

/**
 * Cohorts over HTTP on a real server and database: roster files imported in
 * the background (a good file, a bad one that writes nothing, one failing
 * half-way that writes nothing either), people linked across rotations,
 * enrolment races for the last seats and for a country's quota, the waitlist
 * moving on by itself, a whole cohort enrolled at once with a bounded number
 * of statements, and tenancy. Each test makes its own centre.
 */
class CohortApiIT extends CadreIT {

    private static final String CSV = "text/csv";
    private static final String HEADER = "Service number,Family name,Given names,Rank,Rank band,Nationality,"
            + "Category,Gender,Date of birth,Email,Languages,Role in the cohort\n";

    private CourseFixtures world;

    @BeforeEach
    void setUp() {
        world = new CourseFixtures(base, fixtures);
    }

    // --- roster import ---------------------------------------------------------------------

    @Test
    void aGoodRosterIsImportedInTheBackgroundAndALaterRotationLinksThePeopleItKnows() {
        Centre centre = world.centre();
        String prefix = prefix();
        long first = cohort(centre, "Battalion", 1);
        JsonObject done = importRoster(centre, first, roster(prefix, 0, 30, "KE"));
        assertEquals("IMPORTED", done.getString("status"), done.toString());
        assertEquals(30, done.getInt("peopleAdded"));
        assertEquals(0, done.getInt("peopleLinked"));
        JsonObject roster = centre.api().get("api/cohorts/" + first + "/members?limit=20").expect(200).json();
        assertEquals(30, roster.getInt("total"));
        assertEquals(20, roster.getJsonArray("items").size(), "a page of 20");
        assertEquals(1, centre.api().get("api/cohorts/" + first + "/members?role=COMMANDER").expect(200).json()
                .getInt("total"), "the first row commands");
        assertEquals(1, centre.api().get("api/cohorts/" + first + "/members?search=" + prefix + "-0007").expect(200)
                .json().getInt("total"), "found by service number");
        assertEquals(Map.of("COMMANDER", 1, "MEMBER", 29), strength(centre.api().get("api/cohorts/" + first)
                .expect(200).json()));

        // The next rotation brings ten of the same people back and five new ones: the ten are linked, not copied.
        long second = cohort(centre, "Battalion", 2);
        JsonObject again = importRoster(centre, second, roster(prefix, 20, 15, "KE"));
        assertEquals("IMPORTED", again.getString("status"), again.toString());
        assertEquals(5, again.getInt("peopleAdded"));
        assertEquals(10, again.getInt("peopleLinked"));
        assertTrue(again.getInt("warningCount") >= 10, again.toString());
        assertTrue(again.getJsonArray("warnings").getJsonObject(0).getString("message").contains("already known"),
                again.toString());
        assertEquals(35, centre.api().get("api/people?search=" + prefix).expect(200).json().getInt("total"),
                "35 people, not 45");
    }

    @Test
    void aBadRosterIsRefusedWithEveryRowsProblemsAndWritesNothing() {
        Centre centre = world.centre();
        String prefix = prefix();
        long cohort = cohort(centre, "Formed police unit", 1);
        String rows = roster(prefix, 0, 6, "RW")
                .replace(prefix + "-0002,Family0002", prefix + "-0002,")
                .replace(prefix + "-0004,Family0004,Given0004,Captain,JUNIOR_OFFICER,RW", prefix
                        + "-0004,Family0004,Given0004,Captain,JUNIOR_OFFICER,XX")
                + prefix + "-0001,Again,Someone,,,RW,POLICE,,,,,\n";
        JsonObject refused = importRoster(centre, cohort, rows);
        assertEquals("REFUSED", refused.getString("status"), refused.toString());
        List<String> found = refused.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("row") + " " + p.getString("column", "")).toList();
        assertTrue(found.containsAll(List.of("4 Family name", "6 Nationality", "8 Service number")), found.toString());
        assertEquals(0, centre.api().get("api/cohorts/" + cohort + "/members").expect(200).json().getInt("total"));
        assertEquals(0, centre.api().get("api/people?search=" + prefix).expect(200).json().getInt("total"),
                "nobody registered from a refused file");

        String report = centre.api().download("api/cohorts/" + cohort + "/roster-imports/" + refused.getInt("id")
                + "/problems.csv?lang=fr").expect(200).body();
        assertTrue(report.startsWith("\uFEFFLigne;Colonne") && report.contains("4;Nom;") && report.contains("6;Nationalit"), report);
    }

    @Test
    void anImportFailingHalfWayLeavesNothingWritten() {
        Centre centre = world.centre();
        String prefix = prefix();
        long cohort = cohort(centre, "Engineers", 1);
        // The server is set to fail on reaching service number FAULT-0001, well after its first flush of rows.
        String rows = roster(prefix, 0, 1200, "GH") + "FAULT-0001,Fault,Row,,,GH,MILITARY,,,,,\n";
        JsonObject failed = importRoster(centre, cohort, rows);
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertEquals(0, centre.api().get("api/cohorts/" + cohort + "/members").expect(200).json().getInt("total"));
        assertEquals(0, centre.api().get("api/people?search=" + prefix).expect(200).json().getInt("total"));
    }

    // --- seats, waitlist and quotas -------------------------------------------------------------

    @Test
    void twoHundredEnrollingAtOnceForTwentySeatsLeaveTwentyEnrolledAndTheRestWaitlistedInOrder() throws Exception {
        Centre centre = world.centre();
        List<Long> people = people(centre, prefix(), 200, "KE");
        long offering = openOffering(centre, 20);
        List<Integer> statuses = race(people, person -> world.enrol(centre, offering, person).status());
        assertTrue(statuses.stream().allMatch(status -> status == 201), statuses.toString());

        List<JsonObject> enrolments = enrolments(centre, offering);
        assertEquals(20, count(enrolments, "ENROLLED"));
        assertEquals(180, count(enrolments, "WAITLISTED"));
        assertEquals(20, centre.api().get("api/offerings/" + offering).expect(200).json().getInt("enrolled"));
        List<Long> positions = enrolments.stream().filter(e -> e.getString("status").equals("WAITLISTED"))
                .map(e -> e.getJsonNumber("waitlistPosition").longValue()).sorted().toList();
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 180).boxed().toList(), positions,
                "one place each, no gaps");

        // A withdrawal frees a seat: the first on the waitlist takes it at once, everyone else moves up.
        long leaving = enrolments.stream().filter(e -> e.getString("status").equals("ENROLLED")).findFirst()
                .orElseThrow().getJsonNumber("traineeId").longValue();
        long firstWaiting = byPosition(enrolments).get(1L);
        long secondWaiting = byPosition(enrolments).get(2L);
        centre.api().delete("api/offerings/" + offering + "/enrolments/" + leaving).expect(204);
        List<JsonObject> after = enrolments(centre, offering);
        assertEquals("ENROLLED", statusOf(after, firstWaiting));
        assertEquals(secondWaiting, byPosition(after).get(1L));
        assertEquals(20, count(after, "ENROLLED"));

        // Withdrawn, a person may come back; the offering is full, so they join the end of the queue.
        JsonObject back = world.enrol(centre, offering, leaving).expect(201).json();
        assertEquals("WAITLISTED", back.getString("status"));
        assertEquals(180, back.getJsonNumber("waitlistPosition").longValue());
    }

    @Test
    void aCountrysQuotaHoldsUnderConcurrencyAndRaisingItLetsTheWaitlistIn() throws Exception {
        Centre centre = world.centre();
        String prefix = prefix();
        List<Long> kenyans = people(centre, prefix + "K", 20, "KE");
        List<Long> rwandans = people(centre, prefix + "R", 20, "RW");
        long offering = openOffering(centre, 30);
        assertEquals(2, centre.api().put("api/offerings/" + offering + "/quotas", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("country", "KE").add("seats", 5))
                .add(Json.createObjectBuilder().add("country", "RW").add("seats", 3)).build()).expect(200).array().size());
        List<Long> everyone = new ArrayList<>(kenyans);
        everyone.addAll(rwandans);
        race(everyone, person -> world.enrol(centre, offering, person).expect(201).status());

        List<JsonObject> enrolments = enrolments(centre, offering);
        assertEquals(5, enrolled(enrolments, kenyans));
        assertEquals(3, enrolled(enrolments, rwandans));
        assertEquals(32, count(enrolments, "WAITLISTED"), "seats are left, but not for these countries");

        List<JsonObject> quotas = centre.api().put("api/offerings/" + offering + "/quotas", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("country", "KE").add("seats", 7))
                .add(Json.createObjectBuilder().add("country", "RW").add("seats", 3)).build())
                .expect(200).array().getValuesAs(JsonObject.class);
        assertEquals(7, quotas.get(0).getInt("taken"), quotas.toString());
        assertEquals(7, enrolled(enrolments(centre, offering), kenyans), "two Kenyans promoted at once");
        assertEquals(List.of("seats"), fields(centre.api().put("api/offerings/" + offering + "/quotas",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("country", "KE").add("seats", 2)).build())
                .expect(400)), "not below the seats Kenyans hold");
    }

    // --- cohort enrolment at scale ----------------------------------------------------------------

    @Test
    void aWholeCohortIsEnrolledInRosterOrderWithTheSameFewStatementsWhateverItsSize() {
        Centre centre = world.centre();
        String prefix = prefix();
        long small = cohort(centre, "Staff officers", 1);
        assertEquals("IMPORTED", importRoster(centre, small, roster(prefix + "S", 0, 80, "NG")).getString("status"));
        long large = cohort(centre, "Battalion", 1);
        assertEquals("IMPORTED", importRoster(centre, large, roster(prefix + "L", 0, 8000, "NG")).getString("status"));

        long rosterSmall = fixtures.statementsFor(centre.api(), "api/cohorts/" + small + "/members?limit=20");
        long rosterLarge = fixtures.statementsFor(centre.api(), "api/cohorts/" + large + "/members?limit=20&offset=4000");
        assertEquals(rosterSmall, rosterLarge, "a roster page costs the same at 80 and 8,000 people");

        long offering = openOffering(centre, 50);
        JsonObject result = centre.api().post("api/cohorts/" + small + "/enrolments",
                Json.createObjectBuilder().add("offeringId", offering).build()).expect(200).json();
        assertEquals(50, result.getInt("enrolled"));
        assertEquals(30, result.getInt("waitlisted"));
        JsonObject firstPerson = result.getJsonArray("people").getJsonObject(0);
        assertEquals("ENROLLED", firstPerson.getString("outcome"), "the commander goes first");
        assertEquals(1, result.getJsonArray("people").getJsonObject(50).getJsonNumber("waitlistPosition").longValue());
        assertEquals(80, centre.api().post("api/cohorts/" + small + "/enrolments", Json.createObjectBuilder()
                .add("offeringId", offering).build()).expect(200).json().getInt("alreadyPlaced"), "nobody twice");

        long big = openOffering(centre, 8000);
        Api.anonymous(base).delete("api/test-support/statistics").expect(204);
        JsonObject battalion = centre.api().post("api/cohorts/" + large + "/enrolments",
                Json.createObjectBuilder().add("offeringId", big).build()).expect(200).json();
        long statements = Long.parseLong(Api.anonymous(base).get("api/test-support/statistics").expect(200).body().strip());
        assertEquals(8000, battalion.getInt("enrolled"));
        assertTrue(statements <= 50, statements + " statements to enrol 8,000 people");
        assertEquals(8000, centre.api().get("api/offerings/" + big).expect(200).json().getInt("enrolled"));
    }

    // --- tenancy and roles --------------------------------------------------------------------------

    @Test
    void anotherCentresStaffFindNoCohortAndTraineesNone() {
        Centre centre = world.centre();
        long cohort = cohort(centre, "Signals", 1);
        JsonObject imported = importRoster(centre, cohort, roster(prefix(), 0, 3, "SN"));
        Api stranger = world.centre().api();
        stranger.get("api/cohorts/" + cohort).expect(404);
        stranger.get("api/cohorts/" + cohort + "/members").expect(404);
        stranger.get("api/cohorts/" + cohort + "/roster-imports/" + imported.getInt("id")).expect(404);
        stranger.upload("api/cohorts/" + cohort + "/roster-imports", CSV, roster(prefix(), 0, 1, "SN")
                .getBytes(StandardCharsets.UTF_8)).expect(404);
        assertEquals(0, stranger.get("api/cohorts").expect(200).json().getInt("total"));
        world.trainee(centre).api().get("api/cohorts/" + cohort).expect(403);
        centre.api().get("api/cohorts/999999999").expect(404);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static String prefix() {
        return Fixtures.unique("R").replaceAll("[^A-Za-z0-9]", "").toUpperCase();
    }

    /** Rows {@code from} to {@code from + count - 1}: the first of a file commands, the rest are members. */
    private static String roster(String prefix, int from, int count, String country) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = from; i < from + count; i++) {
            String n = String.format("%04d", i);
            csv.append(prefix).append('-').append(n).append(",Family").append(n).append(",Given").append(n)
                    .append(",Captain,JUNIOR_OFFICER,").append(country).append(",MILITARY,")
                    .append(i % 3 == 0 ? "F" : "M").append(",1990-01-15,,en,")
                    .append(i == from ? "COMMANDER" : "").append('\n');
        }
        return csv.toString();
    }

    private long cohort(Centre centre, String name, int rotation) {
        return world.cohort(centre, name, rotation);
    }

    /** Sends the file and waits for its import to end; answers the import with its problems. */
    private JsonObject importRoster(Centre centre, long cohort, String csv) {
        String path = "api/cohorts/" + cohort + "/roster-imports";
        JsonObject started = centre.api().upload(path + "?fileName=roster.csv", CSV, csv.getBytes(StandardCharsets.UTF_8))
                .expect(202).json();
        for (int attempt = 0; attempt < 480; attempt++) {
            JsonObject run = centre.api().get(path + "/" + started.getInt("id")).expect(200).json();
            if (!run.getString("status").equals("RUNNING")) {
                return run;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("roster import did not finish in 2 minutes");
    }

    /** People registered through a roster, as centres register them; their ids in roster order. */
    private List<Long> people(Centre centre, String prefix, int count, String country) {
        long cohort = cohort(centre, "Contingent " + prefix, 1);
        assertEquals("IMPORTED", importRoster(centre, cohort, roster(prefix, 0, count, country)).getString("status"));
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; offset < count; offset += 200) {
            centre.api().get("api/cohorts/" + cohort + "/members?limit=200&offset=" + offset + "&sort=serviceNumber")
                    .expect(200).items().getValuesAs(JsonObject.class)
                    .forEach(member -> ids.add(member.getJsonNumber("personId").longValue()));
        }
        return ids;
    }

    private long openOffering(Centre centre, int seats) {
        JsonObject course = centre.api().post("api/courses", world.courseJson(world.publishedCurriculum(centre),
                Fixtures.unique("BIG").toUpperCase()).add("maxSeats", Math.max(seats, 40)).build()).expect(201).json();
        long offering = world.offering(centre, course.getJsonNumber("id").longValue(), CourseFixtures.mondayIn(6),
                CourseFixtures.mondayIn(6).plusDays(4), seats).getJsonNumber("id").longValue();
        world.open(centre, offering);
        return offering;
    }

    private static <T> List<T> race(List<Long> people, Function<Long, T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<T>> calls = people.stream().map(person -> (Callable<T>) () -> call.apply(person)).toList();
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<JsonObject> enrolments(Centre centre, long offering) {
        return centre.api().get("api/offerings/" + offering + "/enrolments").expect(200).array()
                .getValuesAs(JsonObject.class);
    }

    private static long count(List<JsonObject> enrolments, String status) {
        return enrolments.stream().filter(e -> e.getString("status").equals(status)).count();
    }

    private static long enrolled(List<JsonObject> enrolments, List<Long> people) {
        return enrolments.stream().filter(e -> e.getString("status").equals("ENROLLED")
                && people.contains(e.getJsonNumber("traineeId").longValue())).count();
    }

    private static Map<Long, Long> byPosition(List<JsonObject> enrolments) {
        return enrolments.stream().filter(e -> e.getString("status").equals("WAITLISTED"))
                .collect(Collectors.toMap(e -> e.getJsonNumber("waitlistPosition").longValue(),
                        e -> e.getJsonNumber("traineeId").longValue()));
    }

    private static String statusOf(List<JsonObject> enrolments, long person) {
        return enrolments.stream().filter(e -> e.getJsonNumber("traineeId").longValue() == person
                && !e.getString("status").equals("CANCELLED")).findFirst().orElseThrow().getString("status");
    }

    private static Map<String, Integer> strength(JsonObject cohort) {
        JsonObject strength = cohort.getJsonObject("strength");
        return strength.keySet().stream().collect(Collectors.toMap(k -> k, strength::getInt));
    }

    private static List<String> fields(Api.Reply problem) {
        JsonArray errors = problem.json().getJsonArray("errors");
        return errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }
}
