package org.peaceops.cadre.cohort;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

    // --- the roll call of a session the cohort attends -------------------------------------------------

    @Test
    void theSessionsInstructorTakesTheRollCallStaffCorrectItWithAReasonAndNobodyElseTouchesIt() throws Exception {
        Centre centre = world.centre();
        CourseFixtures.Person instructor = world.instructor(centre);
        CourseFixtures.Person colleague = world.instructor(centre);
        LocalDate today = LocalDate.now(java.time.ZoneId.of(centre.timeZone()));
        long course = world.course(centre, world.courseJson(world.publishedCurriculum(centre),
                Fixtures.unique("ROL").toUpperCase()).add("maxSeats", 60));
        long offering = world.offering(centre, course, today.minusDays(1), today.plusDays(5), 60)
                .getJsonNumber("id").longValue();
        world.open(centre, offering);
        long session = roll(centre, offering, "Protection of civilians", today.minusDays(1), instructor);
        long later = roll(centre, offering, "Conduct and discipline", today.plusDays(3), instructor);
        List<CourseFixtures.Person> trainees = List.of(world.trainee(centre), world.trainee(centre),
                world.trainee(centre));
        trainees.forEach(t -> world.enrol(centre, offering, t.id()).expect(201));
        String attendance = "api/sessions/" + session + "/attendance";
        instructor.api().get(attendance).expect(200); // the first reading fills the caches
        long smallRoll = fixtures.statementsFor(instructor.api(), attendance + "?limit=50");

        // nobody but the session's instructors and the centre's staff sees or gives a mark
        colleague.api().get(attendance).expect(403);
        colleague.api().post(attendance + "/present", Json.createObjectBuilder().build()).expect(403);
        trainees.get(0).api().get(attendance).expect(403);
        world.centre().api().get(attendance).expect(404);
        world.centre().api().put(attendance, marks(null, trainees.get(0).id(), "ABSENT")).expect(404);
        centre.api().get("api/sessions/999999999/attendance").expect(404);
        instructor.api().post("api/sessions/" + later + "/attendance/present", Json.createObjectBuilder().build())
                .expect(409);

        // everyone present in one step, then the exceptions; the instructor may change their own marks
        JsonObject counts = instructor.api().post(attendance + "/present", Json.createObjectBuilder().build())
                .expect(200).json();
        assertEquals(3, counts.getInt("present"));
        assertEquals(0, counts.getInt("unmarked"));
        long first = trainees.get(0).id();
        instructor.api().put(attendance, marks(null, first, "ABSENT")).expect(200);
        counts = instructor.api().put(attendance, marks(null, first, "LATE")).expect(200).json();
        assertEquals(1, counts.getInt("late"));
        assertEquals(2, counts.getInt("present"));

        // bad input writes nothing, not even the good marks sent with it
        long second = trainees.get(1).id();
        JsonObject stranger = Json.createObjectBuilder().add("personId", world.trainee(centre).id())
                .add("mark", "ABSENT").build();
        JsonObject good = Json.createObjectBuilder().add("personId", second).add("mark", "ABSENT").build();
        instructor.api().put(attendance, Json.createObjectBuilder()
                .add("marks", Json.createArrayBuilder().add(good).add(stranger)).build()).expect(400);
        instructor.api().put(attendance, Json.createObjectBuilder()
                .add("marks", Json.createArrayBuilder().add(good).add(good)).build()).expect(400);
        instructor.api().put(attendance, Json.createObjectBuilder().add("marks", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("personId", second).add("mark", "MAYBE"))).build()).expect(400);
        assertEquals(2, instructor.api().get(attendance + "/counts").expect(200).json().getInt("present"));

        // staff correcting a mark give a reason, which the audit trail keeps
        Api.Reply refused = centre.api().put(attendance, marks(null, first, "EXCUSED")).expect(400);
        assertEquals(List.of("reason"), fields(refused));
        assertEquals(1, instructor.api().get(attendance + "/counts").expect(200).json().getInt("late"));
        counts = centre.api().put(attendance, marks("Medical appointment, note seen", first, "EXCUSED")).expect(200)
                .json();
        assertEquals(1, counts.getInt("excused"));
        JsonObject corrected = admin.get("api/audit?action=CORRECT&actor=" + centre.staff().username()).expect(200)
                .items().getJsonObject(0);
        assertTrue(corrected.getString("detail").contains("LATE → EXCUSED; Medical appointment"),
                corrected.toString());

        // the roll pages in the database: a cohort of forty more costs the same statements
        String prefix = prefix();
        long cohort = cohort(centre, "Company", 1);
        assertEquals("IMPORTED", importRoster(centre, cohort, roster(prefix, 0, 40, "GH")).getString("status"));
        centre.api().post("api/cohorts/" + cohort + "/enrolments", Json.createObjectBuilder()
                .add("offeringId", offering).build()).expect(200);
        assertEquals(smallRoll, fixtures.statementsFor(instructor.api(), attendance + "?limit=50"),
                "a roll call page costs the same for 3 and 43 people");
        JsonObject page = instructor.api().get(attendance + "?limit=10&search=" + prefix + "-0003").expect(200).json();
        assertEquals(1, page.getInt("total"));
        assertFalse(page.getJsonArray("items").getJsonObject(0).containsKey("mark"), "not marked yet");

        // two people marking everyone present at once: each person marked once, whoever wins
        List<Integer> statuses = race(List.of(1L, 2L), n -> (n == 1 ? instructor.api() : centre.api())
                .post(attendance + "/present", Json.createObjectBuilder().build()).status());
        assertTrue(statuses.contains(200) && statuses.stream().allMatch(st -> st == 200 || st == 409), statuses.toString());
        counts = instructor.api().get(attendance + "/counts").expect(200).json();
        assertEquals(43, counts.getInt("roll"));
        assertEquals(0, counts.getInt("unmarked"));
        assertEquals(42, counts.getInt("present"));

        // a completed offering's attendance no longer changes
        long version = centre.api().get("api/offerings/" + offering).expect(200).json().getJsonNumber("version")
                .longValue();
        centre.api().post("api/offerings/" + offering + "/completion", Json.createObjectBuilder()
                .add("version", version).add("passedTraineeIds", Json.createArrayBuilder()).build()).expect(200);
        instructor.api().put(attendance, marks(null, second, "ABSENT")).expect(409);
    }

    // --- readiness ----------------------------------------------------------------------------------

    @Test
    void readinessCountsWhoIsDoneOnTrackOrAtRiskOnEachCourseWithTheSameStatementsForABattalion() {
        Centre centre = world.centre();
        String prefix = prefix();
        long company = cohort(centre, "Company", 1);
        assertEquals("IMPORTED", importRoster(centre, company, roster(prefix, 0, 85, "RW")).getString("status"));
        long briefing = world.course(centre, world.courseJson(world.publishedCurriculum(centre),
                Fixtures.unique("BRF").toUpperCase()).add("maxSeats", 40));
        long driving = world.course(centre, world.courseJson(world.publishedCurriculum(centre),
                Fixtures.unique("DRV").toUpperCase()).add("maxSeats", 40));
        long command = world.course(centre);
        JsonArray plan = Json.createArrayBuilder().add(Json.createObjectBuilder().add("courseId", briefing))
                .add(Json.createObjectBuilder().add("courseId", driving))
                .add(Json.createObjectBuilder().add("courseId", command).add("role", "COMMANDER")).build();
        centre.api().put("api/cohorts/" + company + "/plan", plan).expect(200);

        // forty seats in time on the briefing; ten on a driving course that ends months after deployment
        long inTime = offering(centre, briefing, CourseFixtures.mondayIn(3), 40);
        long tooLate = offering(centre, driving, CourseFixtures.mondayIn(26), 10);
        for (long offering : List.of(inTime, tooLate)) {
            centre.api().post("api/cohorts/" + company + "/enrolments", Json.createObjectBuilder()
                    .add("offeringId", offering).build()).expect(200);
        }

        String path = "api/cohorts/" + company + "/readiness";
        JsonObject readiness = centre.api().get(path).expect(200).json();
        assertEquals(85, readiness.getInt("people"));
        assertEquals(0, readiness.getInt("fullyTrained"));
        assertEquals(0, readiness.getInt("onTrack"), "nobody holds a driving seat in time");
        assertEquals(LocalDate.parse(readiness.getString("deploysOn")).minusDays(7).toString(),
                readiness.getString("deadline"));
        Map<Long, JsonObject> elements = readiness.getJsonArray("elements").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getJsonNumber("courseId").longValue(), e -> e));
        assertEquals(85, elements.get(briefing).getInt("required"));
        assertEquals(40, elements.get(briefing).getInt("onTrack"));
        assertEquals(45, elements.get(briefing).getJsonObject("byStatus").getInt("WAITLISTED"));
        assertEquals(10, elements.get(driving).getInt("tooLate"));
        assertEquals(85, elements.get(driving).getInt("needingSeat"));
        assertEquals(1, elements.get(command).getInt("required"), "the commander's course is the commander's only");
        assertEquals(1, readiness.getJsonObject("byRole").getJsonObject("COMMANDER").getInt("people"));
        assertEquals(29, readiness.getJsonObject("byGender").getJsonObject("FEMALE").getInt("people"),
                "every third row is a woman");

        JsonObject risks = centre.api().get(path + "/risks?limit=5").expect(200).json();
        assertEquals(45 + 85 + 1, risks.getInt("total"));
        assertEquals(5, risks.getJsonArray("items").size());
        assertTrue(risks.getJsonArray("items").getJsonObject(0).getString("displayName").startsWith("Given"),
                risks.toString());

        // the same as a workbook, in French: the plan's courses, then everyone at risk with the reason
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                centre.api().bytes(path + "/workbook?lang=fr")))) {
            assertEquals(3 + 1, workbook.getSheetAt(0).getPhysicalNumberOfRows() - 1, "three courses, a header, a total");
            var atRisk = workbook.getSheetAt(1);
            assertEquals(45 + 85 + 1, atRisk.getLastRowNum());
            assertEquals("Motif", atRisk.getRow(0).getCell(5).getStringCellValue());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // the forecast: nobody else can be seated in time, so every one of them is short, with the offering to add
        JsonObject forecast = readiness.getJsonObject("forecast");
        assertEquals(false, forecast.getBoolean("onTrack"));
        assertEquals(45 + 85 + 1, forecast.getInt("peopleShort"));
        Map<Long, JsonObject> suggestions = forecast.getJsonArray("suggestions").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getJsonNumber("courseId").longValue(), e -> e));
        assertEquals(45, suggestions.get(briefing).getInt("seats"));
        assertEquals(readiness.getString("deadline"), suggestions.get(briefing).getString("endBy"));
        // a new briefing offering of forty seats in time, still only planned: the forecast moves by forty
        long planned = world.offering(centre, briefing, CourseFixtures.mondayIn(5), CourseFixtures.mondayIn(5)
                .plusDays(4), 40).getJsonNumber("id").longValue();
        forecast = centre.api().get(path).expect(200).json().getJsonObject("forecast");
        JsonObject briefingShort = forecast.getJsonArray("shortfalls").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("courseId").longValue() == briefing).findFirst().orElseThrow();
        assertEquals(5, briefingShort.getInt("peopleShort"));
        assertEquals(40, briefingShort.getJsonObject("seatsByOffering").getInt(String.valueOf(planned)));
        JsonObject listed = centre.api().get("api/readiness").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getJsonNumber("cohortId").longValue() == company).findFirst().orElseThrow();
        assertEquals(5 + 85 + 1, listed.getInt("peopleShort"));

        // a battalion of 850 on the same plan costs the same statements
        long forCompany = fixtures.statementsFor(centre.api(), path);
        long battalion = cohort(centre, "Battalion", 1);
        assertEquals("IMPORTED", importRoster(centre, battalion, roster(prefix + "B", 0, 850, "RW"))
                .getString("status"));
        centre.api().put("api/cohorts/" + battalion + "/plan", plan).expect(200);
        centre.api().get("api/cohorts/" + battalion + "/readiness").expect(200);
        assertEquals(forCompany, fixtures.statementsFor(centre.api(), "api/cohorts/" + battalion + "/readiness"),
                "readiness costs the same statements for 85 and 850 people");

        // staff of the cohort's centre only
        world.centre().api().get(path).expect(404);
        world.trainee(centre).api().get(path).expect(403);
    }

    // --- a trainee's own way to deployment ------------------------------------------------------------

    @Test
    void aTraineeSeesTheirOwnPlanForDeploymentAndWhereTheyStandOnEachCourse() {
        Centre centre = world.centre();
        CourseFixtures.Person trainee = world.trainee(centre);
        long cohort = cohort(centre, "Staff officers", 1);
        centre.api().post("api/cohorts/" + cohort + "/members", Json.createObjectBuilder()
                .add("personId", trainee.id()).build()).expect(201);
        long enrolledOn = world.course(centre);
        long missing = world.course(centre);
        long commandersOnly = world.course(centre);
        centre.api().put("api/cohorts/" + cohort + "/plan", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("courseId", enrolledOn))
                .add(Json.createObjectBuilder().add("courseId", missing))
                .add(Json.createObjectBuilder().add("courseId", commandersOnly).add("role", "COMMANDER")).build())
                .expect(200);
        LocalDate monday = CourseFixtures.mondayIn(2);
        long offering = world.offering(centre, enrolledOn, monday, monday.plusDays(4), 10).getJsonNumber("id")
                .longValue();
        world.open(centre, offering);
        world.enrol(centre, offering, trainee.id()).expect(201);

        JsonArray mine = trainee.api().get("api/my/progress").expect(200).array();
        assertEquals(1, mine.size(), mine.toString());
        JsonObject plan = mine.getJsonObject(0);
        assertEquals(cohort, plan.getJsonNumber("cohortId").longValue());
        assertEquals("MEMBER", plan.getString("role"));
        assertTrue(plan.getInt("daysLeft") > 90, plan.toString());
        assertEquals(LocalDate.parse(plan.getString("deploysOn")).minusDays(7).toString(), plan.getString("deadline"));
        assertEquals(false, plan.getBoolean("onTrack"), "one course has no seat yet");
        Map<Long, String> standing = plan.getJsonArray("elements").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getJsonNumber("courseId").longValue(), e -> e.getString("status")));
        assertEquals(Map.of(enrolledOn, "ENROLLED", missing, "MISSING"), standing, "the commanders' course is not theirs");

        // only trainees have a plan of their own; a trainee in no cohort has none
        centre.api().get("api/my/progress").expect(403);
        assertEquals(0, world.trainee(centre).api().get("api/my/progress").expect(200).array().size());
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

    /** An open five-day offering of the course from {@code monday}. */
    private long offering(Centre centre, long course, LocalDate monday, int seats) {
        long offering = world.offering(centre, course, monday, monday.plusDays(4), seats).getJsonNumber("id")
                .longValue();
        world.open(centre, offering);
        return offering;
    }

    /** A two-hour session at nine, local time, on {@code day}, led by {@code lead}. */
    private long roll(Centre centre, long offering, String title, LocalDate day, CourseFixtures.Person lead) {
        return world.session(centre, offering, CourseFixtures.sessionJson(title, day.atTime(9, 0), 2)
                .add("leadInstructorId", lead.id())).expect(201).json().getJsonObject("session")
                .getJsonNumber("id").longValue();
    }

    private static JsonObject marks(String reason, long personId, String mark) {
        var body = Json.createObjectBuilder().add("marks", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("personId", personId).add("mark", mark)));
        if (reason != null) {
            body.add("reason", reason);
        }
        return body.build();
    }

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
