package org.peaceops.cadre.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peaceops.cadre.testing.CourseFixtures.sessionJson;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.curriculum.exchange.CfPackageSchema;
import org.peaceops.cadre.testing.Api;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.CasePackages;
import org.peaceops.cadre.testing.CourseFixtures.Centre;
import org.peaceops.cadre.testing.CourseFixtures.Curriculum;
import org.peaceops.cadre.testing.CourseFixtures.Person;
import org.peaceops.cadre.testing.CourseFixtures;
import org.peaceops.cadre.testing.Fixtures;

/**
 * The course slice over HTTP on a real server and database: course templates,
 * offerings and their statuses, the timetable and every conflict rule, races
 * for a room and for the last seat, prerequisites, cancellation with its
 * notices, completion and the qualifications it grants, calendars and their
 * cost, iCalendar feeds read by an independent parser, and tenancy and roles
 * on every resource; certificates and their public check. Each test makes its
 * own centre, so that none depends on another or on an empty database.
 *
 * The curricula courses are built on, and the ITS frameworks: centres'
 * curricula: building a draft, mapping it onto ITS items, publishing (and then nothing
 * changes), new drafts, the diff between versions, the alignment report and
 * its cost, and tenancy. Frameworks: the shipped reference editions, CASE 1.0
 * import (checked, in the background, idempotent) and export (valid against
 * the CFPackage schema, stable), roles, and the cost of a tree. One class, so
 * that all of it shares one server start.
 */
class CourseApiIT extends CadreIT {

    private CourseFixtures world;
    /** The staff member of a new centre, for the curricula and frameworks tests. */
    private Api staff;

    @BeforeEach
    void setUp() {
        world = new CourseFixtures(base, fixtures);
        staff = fixtures.staffOfNewCentre();
    }

    // --- 1. courses --------------------------------------------------------------------

    @Test
    void coursesAreBuiltOnPublishedCurriculaWithCodesUniquePerCentre() {
        Centre centre = world.centre();
        Api staff = centre.api();
        Curriculum curriculum = world.publishedCurriculum(centre);

        Api.Reply created = staff.post("api/courses", world.courseJson(curriculum, "CPTM-A").build()).expect(201);
        JsonObject course = created.json();
        long id = idOf(course);
        assertTrue(created.header("Location").endsWith("/api/courses/" + id), created.header("Location"));
        assertEquals(curriculum.id(), course.getJsonNumber("curriculumId").longValue());
        assertEquals(1, course.getInt("curriculumVersionNumber"));
        assertEquals(centre.id(), course.getJsonNumber("centreId").longValue());
        assertEquals(0, course.getJsonArray("prerequisites").size());
        assertEquals(1, staff.get("api/courses?code=CPTM-A").expect(200).json().getInt("total"));

        Api.Reply duplicate = staff.post("api/courses", world.courseJson(curriculum, "cptm-a").build()).expect(400);
        assertEquals(List.of("code"), fields(duplicate));
        Centre other = world.centre();
        world.course(other, world.courseJson(world.publishedCurriculum(other), "CPTM-A"));

        Curriculum draft = world.draftCurriculum(centre);
        assertEquals(List.of("curriculumVersionId"),
                fields(staff.post("api/courses", world.courseJson(draft, "DRAFT-1").build()).expect(400)));
        assertEquals(List.of("curriculumVersionId"), fields(staff.post("api/courses", world.courseJson(curriculum, "X")
                .remove("curriculumId").build()).expect(400)));
        Api.Reply noTarget = staff.post("api/courses", world.courseJson(curriculum, "TOT-1")
                .add("type", "MASTER_TRAINER").build()).expect(400);
        assertEquals(List.of("frameworkEditionId"), fields(noTarget));
        assertEquals(List.of("maxSeats"), fields(staff.post("api/courses", world.courseJson(curriculum, "SEATS")
                .add("minSeats", 10).add("maxSeats", 5).build()).expect(400)));
        assertEquals(0, staff.get("api/courses?code=TOT-1").expect(200).json().getInt("total"));

        JsonObject changed = staff.put("api/courses/" + id, Json.createObjectBuilder(course)
                .add("title", "Protection of civilians, revised")
                .add("prerequisites", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("kind", "LANGUAGE").add("language", "fr"))).build()).expect(200).json();
        assertEquals("Protection of civilians, revised", changed.getString("title"));
        JsonObject read = staff.get("api/courses/" + id).expect(200).json();
        assertEquals("LANGUAGE", read.getJsonArray("prerequisites").getJsonObject(0).getString("kind"));
        assertEquals("fr", read.getJsonArray("prerequisites").getJsonObject(0).getString("language"));
        staff.put("api/courses/" + id, Json.createObjectBuilder(course).add("title", "Stale").build()).expect(409);
        staff.put("api/courses/" + id, Json.createObjectBuilder(read).remove("version").build()).expect(400);
        assertEquals("Protection of civilians, revised", staff.get("api/courses/" + id).expect(200).json()
                .getString("title"));

        LocalDate monday = CourseFixtures.monday();
        world.offering(centre, id, monday, monday.plusDays(4), 10);
        staff.delete("api/courses/" + id).expect(409);
        staff.get("api/courses/" + id).expect(200);
        long unused = world.course(centre, world.courseJson(curriculum, "UNUSED"));
        staff.delete("api/courses/" + unused).expect(204);
        staff.get("api/courses/" + unused).expect(404);
    }

    // --- 2. offerings ------------------------------------------------------------------

    @Test
    void offeringsRespectTheirCourseAndMoveThroughTheirStatuses() {
        Centre centre = world.centre();
        Api staff = centre.api();
        long course = world.course(centre);
        LocalDate monday = CourseFixtures.monday();

        assertEquals(List.of("seats"), fields(staff.post("api/offerings",
                CourseFixtures.offeringJson(course, monday, monday.plusDays(4), 21).build()).expect(400)));
        assertEquals(List.of("language"), fields(staff.post("api/offerings",
                CourseFixtures.offeringJson(course, monday, monday.plusDays(4), 10).add("language", "ar").build())
                .expect(400)));
        assertEquals(List.of("endsOn"), fields(staff.post("api/offerings",
                CourseFixtures.offeringJson(course, monday, monday.minusDays(1), 10).build()).expect(400)));

        Api.Reply created = staff.post("api/offerings",
                CourseFixtures.offeringJson(course, monday, monday.plusDays(4), 20).build()).expect(201);
        JsonObject offering = created.json();
        long id = idOf(offering);
        assertTrue(created.header("Location").endsWith("/api/offerings/" + id));
        assertEquals("PLANNED", offering.getString("status"));
        assertEquals(course, offering.getJsonNumber("courseId").longValue());
        assertEquals(0, offering.getInt("enrolled"));

        Api.Reply skip = staff.post(statusPath(id), status("RUNNING", version(offering))).expect(400);
        assertEquals(List.of("status"), fields(skip));
        JsonObject open = staff.post(statusPath(id), status("OPEN", version(offering))).expect(200).json();
        assertEquals("OPEN", open.getString("status"));
        staff.post(statusPath(id), status("RUNNING", version(offering))).expect(409);
        staff.post(statusPath(id), Json.createObjectBuilder().add("status", "RUNNING").build()).expect(400);
        assertEquals(List.of("status"), fields(staff.post(statusPath(id), status("PLANNED", version(open)))
                .expect(400)));
        JsonObject running = staff.post(statusPath(id), status("RUNNING", version(open))).expect(200).json();
        assertEquals("RUNNING", running.getString("status"));
        assertEquals("RUNNING", staff.get("api/offerings/" + id).expect(200).json().getString("status"));
        assertEquals(1, staff.get("api/offerings?status=RUNNING").expect(200).json().getInt("total"));

        JsonObject changed = staff.put("api/offerings/" + id, Json.createObjectBuilder(running).add("seats", 15)
                .build()).expect(200).json();
        assertEquals(15, changed.getInt("seats"));
        assertEquals(List.of("seats"), fields(staff.put("api/offerings/" + id, Json.createObjectBuilder(changed)
                .add("seats", 25).build()).expect(400)));
    }

    // --- 3. sessions and conflicts -------------------------------------------------------

    @Test
    void everyHardConflictRefusesTheSessionAndSoftOnesComeBackAsWarnings() {
        Centre centre = world.centre();
        Api staff = centre.api();
        long hall = world.room(centre, "Hall", "North", 30);
        long annex = world.room(centre, "Annex", "South", 30);
        long cell = world.room(centre, "Cell", "North", 5);
        Person instructor = world.instructor(centre);
        long course = world.course(centre);
        LocalDate monday = CourseFixtures.monday();
        long first = idOf(world.offering(centre, course, monday, monday.plusDays(11), 20));
        long second = idOf(world.offering(centre, course, monday, monday.plusDays(11), 20));

        Api.Reply saved = world.session(centre, first, sessionJson("Opening", monday.atTime(9, 0), 2)
                .add("roomId", hall).add("leadInstructorId", instructor.id())).expect(201);
        JsonObject opening = saved.json().getJsonObject("session");
        assertTrue(saved.header("Location").endsWith("/api/sessions/" + idOf(opening)), saved.header("Location"));
        assertEquals(0, saved.json().getJsonArray("warnings").size());
        assertEquals(monday.atTime(9, 0).toString() + ":00", opening.getString("startsAt"));
        assertEquals(monday + "T06:00:00Z", opening.getString("startsAtUtc"), "09:00 in Nairobi is 06:00 UTC");
        assertEquals(CourseFixtures.NAIROBI, opening.getString("timeZone"));
        assertEquals(instructor.id(), opening.getJsonNumber("leadInstructorId").longValue());
        assertEquals("Hall", opening.getString("roomName"));

        assertConflict(world.session(centre, second, sessionJson("Same room", monday.atTime(10, 0), 2)
                .add("roomId", hall)), "ROOM_DOUBLE_BOOKED");
        assertConflict(world.session(centre, second, sessionJson("Same instructor", monday.atTime(10, 0), 2)
                .add("roomId", annex).add("leadInstructorId", instructor.id())), "INSTRUCTOR_DOUBLE_BOOKED");
        Api.Reply both = world.session(centre, second, sessionJson("Both", monday.atTime(10, 0), 2)
                .add("roomId", hall).add("assistingInstructorIds", Json.createArrayBuilder().add(instructor.id())))
                .expect(409);
        assertEquals(Set.of("ROOM_DOUBLE_BOOKED", "INSTRUCTOR_DOUBLE_BOOKED"), Set.copyOf(fields(both)),
                "every conflict is listed");
        assertConflict(world.session(centre, second, sessionJson("Cramped", monday.atTime(14, 0), 1)
                .add("roomId", cell)), "ROOM_TOO_SMALL");
        assertConflict(world.session(centre, second, sessionJson("Too early", monday.minusDays(1).atTime(9, 0), 1)),
                "OUTSIDE_OFFERING_DATES");
        assertConflict(world.session(centre, second, sessionJson("Too late", monday.plusDays(11).atTime(23, 0), 2)),
                "OUTSIDE_OFFERING_DATES");
        Api.Reply french = world.as(centre.staff(), "fr").post("api/offerings/" + second + "/sessions",
                sessionJson("Salle prise", monday.atTime(10, 0), 2).add("roomId", hall).build()).expect(409);
        assertTrue(french.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .startsWith("La salle Hall est déjà réservée"), french.body());
        assertEquals(0, staff.get("api/offerings/" + second + "/sessions").expect(200).array().size(),
                "nothing refused was saved");

        JsonArray check = staff.post("api/offerings/" + second + "/sessions/check",
                sessionJson("Same room", monday.atTime(10, 0), 2).add("roomId", hall).build()).expect(200).array();
        assertEquals(List.of("ROOM_DOUBLE_BOOKED"), strings(check, "code"));
        assertTrue(check.getJsonObject(0).getBoolean("hard"));
        assertTrue(check.getJsonObject(0).getString("message").contains("Hall"));
        assertEquals(0, staff.post("api/offerings/" + second + "/sessions/check",
                sessionJson("Free", monday.atTime(11, 0), 2).add("roomId", hall).build()).expect(200).array().size());
        assertEquals(0, staff.get("api/offerings/" + second + "/sessions").expect(200).array().size(),
                "a check saves nothing");

        // soft conflicts: saved, with warnings in the caller's language
        Api.Reply longDay = world.as(centre.staff(), "fr").post("api/offerings/" + first + "/sessions",
                sessionJson("Afternoon", monday.atTime(11, 30), monday.atTime(18, 30))
                        .add("leadInstructorId", instructor.id()).build()).expect(201);
        assertEquals(List.of("INSTRUCTOR_LONG_DAY"), strings(longDay.json().getJsonArray("warnings"), "code"));
        assertTrue(longDay.json().getJsonArray("warnings").getJsonObject(0).getString("message")
                .startsWith("Attention"), longDay.body());
        world.session(centre, first, sessionJson("North", monday.plusDays(1).atTime(9, 0), 1).add("roomId", hall))
                .expect(201);
        Api.Reply backToBack = world.session(centre, first, sessionJson("South",
                monday.plusDays(1).atTime(10, 5), monday.plusDays(1).atTime(11, 0)).add("roomId", annex)).expect(201);
        assertEquals(List.of("BACK_TO_BACK_BUILDINGS"), strings(backToBack.json().getJsonArray("warnings"), "code"));
        assertEquals(4, staff.get("api/offerings/" + first + "/sessions").expect(200).array().size());

        // moves: onto a clash refused, onto a free slot saved with a higher sequence
        JsonObject later = world.session(centre, second, sessionJson("Later", monday.atTime(13, 0), 1)
                .add("roomId", hall)).expect(201).json().getJsonObject("session");
        String move = "api/sessions/" + idOf(later) + "/move";
        assertConflict(staff.post(move, moveJson(version(later), monday.atTime(10, 0), monday.atTime(11, 0))),
                "ROOM_DOUBLE_BOOKED");
        JsonObject unchanged = staff.get("api/sessions/" + idOf(later)).expect(200).json();
        assertEquals(later.getString("startsAt"), unchanged.getString("startsAt"));
        assertEquals(0, unchanged.getInt("sequence"));
        JsonObject moved = staff.post(move, moveJson(version(later), monday.atTime(14, 0), monday.atTime(15, 0)))
                .expect(200).json().getJsonObject("session");
        assertEquals(monday + "T14:00:00", moved.getString("startsAt"));
        assertEquals(monday + "T11:00:00Z", moved.getString("startsAtUtc"));
        assertEquals(1, moved.getInt("sequence"));
        staff.post(move, moveJson(version(later), monday.atTime(16, 0), monday.atTime(17, 0))).expect(409);
        JsonObject renamed = staff.put("api/sessions/" + idOf(later), Json.createObjectBuilder(moved)
                .add("title", "Later, renamed").build()).expect(200).json().getJsonObject("session");
        assertEquals("Later, renamed", renamed.getString("title"));
        assertEquals(2, renamed.getInt("sequence"));
        assertEquals("Hall", renamed.getString("roomName"), "a change keeps what it does not name");

        staff.delete("api/sessions/" + idOf(later)).expect(400);
        JsonObject cancelled = staff.delete("api/sessions/" + idOf(later) + "?version=" + version(renamed))
                .expect(200).json();
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals(3, cancelled.getInt("sequence"));
        world.session(centre, second, sessionJson("Takes the freed room", monday.atTime(14, 0), 1)
                .add("roomId", hall)).expect(201);
    }

    /**
     * The path a centre takes to build a timetable from its curriculum, through
     * the API alone: curriculum written, published, course on it, offering, and
     * sessions naming a module or lesson by the id the published version's tree
     * shows. Sessions read back and saved again keep their lesson.
     */
    @Test
    void sessionsTeachTheModulesAndLessonsOfTheCoursesCurriculumVersion() {
        Centre centre = world.centre();
        Api staff = centre.api();
        Curriculum curriculum = world.publishedCurriculum(centre);
        long course = world.course(centre, world.courseJson(curriculum, "LSN-1"));
        LocalDate monday = CourseFixtures.monday();
        long offering = idOf(world.offering(centre, course, monday, monday.plusDays(4), 20));
        JsonArray tree = staff.get("api/curricula/" + curriculum.id() + "/versions/1/nodes").expect(200).array();
        long module = nodeId(tree, "1");
        long lesson = nodeId(tree, "1.2");

        String check = "api/offerings/" + offering + "/sessions/check";
        assertEquals(0, staff.post(check, lessonSession(lesson, monday.atTime(9, 0)).build()).expect(200).array()
                .size(), "a lesson of the course's version is accepted");
        JsonObject taught = session(world.session(centre, offering, lessonSession(lesson, monday.atTime(9, 0))));
        assertEquals(lesson, taught.getJsonNumber("lessonId").longValue());
        assertEquals("Protection of civilians", taught.getString("title"), "no title: the lesson's is used");
        JsonObject revision = session(world.session(centre, offering,
                lessonSession(module, monday.atTime(11, 0)).add("title", "Foundations, revision")));
        assertEquals(module, revision.getJsonNumber("lessonId").longValue(), "a module may be taught as a whole");

        // read back and saved again (as the offering page does on every edit), the lesson stays valid
        JsonObject stored = staff.get("api/sessions/" + idOf(taught)).expect(200).json();
        JsonObject renamed = staff.put("api/sessions/" + idOf(taught), Json.createObjectBuilder(stored)
                .add("title", "Protecting civilians").build()).expect(200).json().getJsonObject("session");
        assertEquals(lesson, renamed.getJsonNumber("lessonId").longValue());
        assertEquals(0, staff.post(check, stored).expect(200).array().size(),
                "a saved session's own values pass the check");

        // a new draft copies the tree under new ids: those belong to version 2, not to the course's version 1
        staff.post("api/curricula/" + curriculum.id() + "/drafts", "").expect(201);
        long draftLesson = nodeId(staff.get("api/curricula/" + curriculum.id() + "/versions/2/nodes").expect(200)
                .array(), "1.2");
        assertEquals(List.of("lessonId"), fields(world.session(centre, offering,
                lessonSession(draftLesson, monday.atTime(14, 0))).expect(400)));
        long elsewhere = world.publishedCurriculum(centre).lessonIds().get(0);
        assertEquals(List.of("lessonId"), fields(staff.post(check,
                lessonSession(elsewhere, monday.atTime(14, 0)).build()).expect(400)));
        assertEquals(2, staff.get("api/offerings/" + offering + "/sessions").expect(200).array().size());
    }

    @Test
    void aCourseOnAnEditionNeedsInstructorsWithAValidMasterTrainerQualification() {
        Centre centre = world.centre();
        Api staff = centre.api();
        long cptm = world.edition("CPTM-2017");
        long course = world.course(centre, world.courseJson(world.publishedCurriculum(centre), "CPTM-Q")
                .add("frameworkEditionId", cptm));
        LocalDate monday = CourseFixtures.monday();
        long offering = idOf(world.offering(centre, course, monday, monday.plusDays(11), 20));
        Person instructor = world.instructor(centre);
        JsonObject monday9 = sessionJson("Module 1", monday.atTime(9, 0), 2)
                .add("leadInstructorId", instructor.id()).build();

        Api.Reply refused = assertConflict(world.session(centre, offering, Json.createObjectBuilder(monday9)), "INSTRUCTOR_UNQUALIFIED");
        assertTrue(refused.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains(monday.toString()), refused.body());

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Reply recorded = staff.post("api/qualifications", Json.createObjectBuilder()
                .add("holderId", instructor.id()).add("kind", "MASTER_TRAINER").add("frameworkEditionId", cptm)
                .add("issuedOn", today.minusYears(1).toString()).add("expiresOn", today.plusYears(2).toString())
                .add("evidence", "ToT certificate 2025-117, regional centre").build()).expect(201);
        JsonObject qualification = recorded.json();
        assertTrue(qualification.getBoolean("validToday"));
        assertFalse(qualification.getBoolean("expiringSoon"));
        assertEquals("RECORDED", qualification.getString("source"));
        assertEquals("CPTM-2017", qualification.getString("frameworkEditionCode"));
        world.session(centre, offering, Json.createObjectBuilder(monday9)).expect(201);

        // expired the day before the next session: refused again
        JsonObject expiring = staff.put("api/qualifications/" + idOf(qualification), Json.createObjectBuilder(qualification)
                .add("expiresOn", monday.toString()).build()).expect(200).json();
        assertEquals(monday.toString(), expiring.getString("expiresOn"));
        assertConflict(world.session(centre, offering, sessionJson("Module 2", monday.plusDays(1).atTime(9, 0), 2)
                .add("leadInstructorId", instructor.id())), "INSTRUCTOR_UNQUALIFIED");
        world.session(centre, offering, sessionJson("Module 1, part 2", monday.atTime(14, 0), 2)
                .add("leadInstructorId", instructor.id())).expect(201);

        assertTrue(expiring.getBoolean("expiringSoon"), "expires within the warning window");
        assertEquals(List.of(idOf(qualification)), staff.get("api/qualifications/expiring").expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(CourseApiIT::idOf).toList());
        JsonObject listed = staff.get("api/instructors?username=" + instructor.username()).expect(200).items()
                .getJsonObject(0);
        assertEquals(instructor.id(), idOf(listed));
        JsonObject held = listed.getJsonArray("qualifications").getJsonObject(0);
        assertTrue(held.getBoolean("validToday"));
        assertTrue(held.getBoolean("expiringSoon"));
        assertEquals(1, instructor.api().get("api/qualifications?holderId=" + instructor.id()).expect(200)
                .array().size(), "instructors read their own");

        staff.delete("api/qualifications/" + idOf(qualification)).expect(204);
        staff.get("api/qualifications/" + idOf(qualification)).expect(404);
        assertConflict(world.session(centre, offering, sessionJson("Module 1, part 3", monday.atTime(17, 0), 1)
                .add("leadInstructorId", instructor.id())), "INSTRUCTOR_UNQUALIFIED");
    }

    // --- 4. concurrency ------------------------------------------------------------------

    @Test
    void twoPeopleBookingTheSameRoomAtOnceGetOneSessionAndOneConflict() throws Exception {
        Centre centre = world.centre();
        Person otherStaff = world.staff(centre);
        long room = world.room(centre, "Contested", "Main", 40);
        long course = world.course(centre);
        LocalDate monday = CourseFixtures.monday();
        long first = idOf(world.offering(centre, course, monday, monday.plusDays(11), 20));
        long second = idOf(world.offering(centre, course, monday, monday.plusDays(11), 20));
        centre.api().get("api/accounts/me").expect(200);
        otherStaff.api().get("api/accounts/me").expect(200);

        for (int day = 0; day < 3; day++) {
            LocalDateTime start = monday.plusDays(day).atTime(9, 0);
            List<Integer> statuses = race(
                    () -> world.session(centre, first, sessionJson("First", start, 2).add("roomId", room)).status(),
                    () -> otherStaff.api().post("api/offerings/" + second + "/sessions",
                            sessionJson("Second", start.plusMinutes(30), 2).add("roomId", room).build()).status());
            assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "day " + day + ": " + statuses);
        }
        JsonArray booked = centre.api().get(calendar("ROOM", room, monday, monday.plusDays(6))).expect(200).array();
        assertEquals(3, booked.size(), booked.toString());
    }

    @Test
    void twoPeopleTakingTheLastSeatAtOnceGetOnePlace() throws Exception {
        Centre centre = world.centre();
        Person otherStaff = world.staff(centre);
        long course = world.course(centre);
        LocalDate monday = CourseFixtures.monday();
        long offering = idOf(world.offering(centre, course, monday, monday.plusDays(4), 1));
        world.open(centre, offering);
        Person first = world.trainee(centre);
        Person second = world.trainee(centre);
        centre.api().get("api/accounts/me").expect(200);
        otherStaff.api().get("api/accounts/me").expect(200);

        List<Integer> statuses = race(() -> world.enrol(centre, offering, first.id()).status(),
                () -> otherStaff.api().post("api/offerings/" + offering + "/enrolments",
                        Json.createObjectBuilder().add("traineeId", second.id()).build()).status());
        assertEquals(List.of(201, 201), statuses, statuses.toString());
        assertEquals(1, centre.api().get("api/offerings/" + offering).expect(200).json().getInt("enrolled"));
        assertEquals(List.of("ENROLLED", "WAITLISTED"), strings(centre.api().get("api/offerings/" + offering
                + "/enrolments").expect(200).array(), "status").stream().sorted().toList(),
                "one has the seat, the other waits for it");
    }

    @Test
    void aWithdrawnTraineeCanBeEnrolledAgainWithTheirHistoryKept() throws Exception {
        Centre centre = world.centre();
        Person otherStaff = world.staff(centre);
        long offering = idOf(world.offering(centre, world.course(centre), CourseFixtures.monday(),
                CourseFixtures.monday().plusDays(4), 2));
        world.open(centre, offering);
        Person trainee = world.trainee(centre);
        String path = "api/offerings/" + offering + "/enrolments";

        world.enrol(centre, offering, trainee.id()).expect(201);
        world.enrol(centre, offering, trainee.id()).expect(409);
        centre.api().delete(path + "/" + trainee.id()).expect(204);
        assertEquals(0, centre.api().get("api/offerings/" + offering).expect(200).json().getInt("enrolled"));
        world.enrol(centre, offering, trainee.id()).expect(201);
        assertEquals(1, centre.api().get("api/offerings/" + offering).expect(200).json().getInt("enrolled"),
                "the seat is taken again, once");
        assertEquals(List.of("CANCELLED", "ENROLLED"), strings(centre.api().get(path).expect(200).array(), "status"),
                "the withdrawal stays in the history");
        assertEquals(409, world.enrol(centre, offering, trainee.id()).status(), "still only one place each");

        // withdrawn again, then enrolled by two staff members at once: the database lets one through
        centre.api().delete(path + "/" + trainee.id()).expect(204);
        centre.api().get("api/accounts/me").expect(200);
        otherStaff.api().get("api/accounts/me").expect(200);
        List<Integer> statuses = race(() -> world.enrol(centre, offering, trainee.id()).status(),
                () -> otherStaff.api().post(path, Json.createObjectBuilder().add("traineeId", trainee.id()).build())
                        .status());
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), statuses.toString());
        assertEquals(1, centre.api().get("api/offerings/" + offering).expect(200).json().getInt("enrolled"));
        assertEquals(List.of("CANCELLED", "CANCELLED", "ENROLLED"),
                strings(centre.api().get(path).expect(200).array(), "status"));
    }

    // --- 5. enrolment, cancellation, completion -------------------------------------------

    @Test
    void prerequisitesAreCheckedAndEveryUnmetOneIsNamed() {
        Centre centre = world.centre();
        Api staff = centre.api();
        Curriculum curriculum = world.publishedCurriculum(centre);
        long basic = world.course(centre, world.courseJson(curriculum, "BASIC"));
        long advanced = world.course(centre, world.courseJson(curriculum, "ADVANCED")
                .add("prerequisites", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "PERSONNEL_CATEGORY").add("personnelCategory", "MILITARY"))
                        .add(Json.createObjectBuilder().add("kind", "MINIMUM_RANK").add("rankBand", "JUNIOR_OFFICER"))
                        .add(Json.createObjectBuilder().add("kind", "LANGUAGE").add("language", "fr"))
                        .add(Json.createObjectBuilder().add("kind", "COURSE_COMPLETED").add("requiredCourseId", basic))));
        JsonObject read = staff.get("api/courses/" + advanced).expect(200).json();
        assertEquals(List.of("PERSONNEL_CATEGORY", "MINIMUM_RANK", "LANGUAGE", "COURSE_COMPLETED"),
                strings(read.getJsonArray("prerequisites"), "kind"));
        assertEquals("BASIC", read.getJsonArray("prerequisites").getJsonObject(3).getString("requiredCourseCode"));
        LocalDate monday = CourseFixtures.mondayIn(6);
        long offering = idOf(world.offering(centre, advanced, monday, monday.plusDays(4), 10));
        world.open(centre, offering);
        Person trainee = world.trainee(centre);
        Set<String> everyKind = Set.of("PERSONNEL_CATEGORY", "MINIMUM_RANK", "LANGUAGE", "COURSE_COMPLETED");

        JsonObject eligibility = staff.get("api/offerings/" + offering + "/eligibility/" + trainee.id()).expect(200)
                .json();
        assertFalse(eligibility.getBoolean("eligible"));
        assertEquals(everyKind, Set.copyOf(strings(eligibility.getJsonArray("unmet"), "code")));
        Api.Reply refused = world.enrol(centre, offering, trainee.id()).expect(409);
        assertEquals(everyKind, Set.copyOf(fields(refused)));
        assertTrue(refused.body().contains("Does not speak fr"), refused.body());
        assertTrue(refused.body().contains("Has not completed BASIC "), refused.body());
        assertEquals(0, staff.get("api/offerings/" + offering).expect(200).json().getInt("enrolled"));

        staff.get("api/people/" + trainee.id() + "/profile").expect(404);
        JsonObject profile = staff.put("api/people/" + trainee.id() + "/profile", Json.createObjectBuilder()
                .add("category", "MILITARY").add("rankBand", "FIELD_OFFICER")
                .add("languages", Json.createArrayBuilder().add("en").add("fr")).build()).expect(200).json();
        assertEquals("FIELD_OFFICER", profile.getString("rankBand"));
        assertEquals("MILITARY", trainee.api().get("api/people/" + trainee.id() + "/profile").expect(200).json()
                .getString("category"), "a trainee reads their own profile");
        assertEquals(List.of("COURSE_COMPLETED"), fields(world.enrol(centre, offering, trainee.id()).expect(409)));

        long basicOffering = idOf(world.offering(centre, basic, monday.minusWeeks(2), monday.minusWeeks(2).plusDays(2), 10));
        world.open(centre, basicOffering);
        world.enrol(centre, basicOffering, trainee.id()).expect(201);
        complete(centre, basicOffering, trainee.id());
        assertEquals("COMPLETED", staff.get("api/offerings/" + basicOffering + "/enrolments").expect(200).array()
                .getJsonObject(0).getString("status"));

        assertTrue(staff.get("api/offerings/" + offering + "/eligibility/" + trainee.id()).expect(200).json()
                .getBoolean("eligible"));
        JsonObject enrolment = world.enrol(centre, offering, trainee.id()).expect(201).json();
        assertEquals("ENROLLED", enrolment.getString("status"));
        assertEquals(trainee.id(), enrolment.getJsonNumber("traineeId").longValue());
        world.enrol(centre, offering, trainee.id()).expect(409);
        assertEquals(1, staff.get("api/offerings/" + offering).expect(200).json().getInt("enrolled"));
    }

    @Test
    void cancellingAnOfferingFreesItsSeatsCancelsItsSessionsAndTellsItsTrainees() {
        Centre centre = world.centre();
        Api staff = centre.api();
        long course = world.course(centre);
        LocalDate monday = CourseFixtures.monday();
        long offering = idOf(world.offering(centre, course, monday, monday.plusDays(4), 2));
        world.session(centre, offering, sessionJson("Day one", monday.atTime(9, 0), 3)).expect(201);
        world.session(centre, offering, sessionJson("Day two", monday.plusDays(1).atTime(9, 0), 3)).expect(201);
        world.open(centre, offering);
        Person first = world.trainee(centre);
        Person withdrawn = world.trainee(centre);
        Person last = world.trainee(centre);

        world.enrol(centre, offering, first.id()).expect(201);
        world.enrol(centre, offering, withdrawn.id()).expect(201);
        JsonObject waiting = world.enrol(centre, offering, last.id()).expect(201).json();
        assertEquals("WAITLISTED", waiting.getString("status"), "the offering is full");
        assertEquals(1, waiting.getJsonNumber("waitlistPosition").longValue());
        staff.delete("api/offerings/" + offering + "/enrolments/" + withdrawn.id()).expect(204);
        assertEquals(2, staff.get("api/offerings/" + offering).expect(200).json().getInt("enrolled"),
                "the freed seat went to the first on the waitlist at once");
        JsonObject promoted = last.api().get("api/notices").expect(200).items().getJsonObject(0);
        assertEquals("notice.waitlistPromoted", promoted.getString("key"));
        last.api().post("api/notices/" + promoted.getJsonNumber("id").longValue() + "/read", "").expect(200);
        assertEquals(0, first.api().get("api/notices/unread-count").expect(200).json().getInt("count"));
        assertEquals(2, first.api().get(calendar("TRAINEE", first.id(), monday, monday.plusDays(6))).expect(200)
                .array().size());

        JsonObject read = staff.get("api/offerings/" + offering).expect(200).json();
        staff.post("api/offerings/" + offering + "/cancellation", Json.createObjectBuilder().build()).expect(400);
        JsonObject cancelled = staff.post("api/offerings/" + offering + "/cancellation",
                Json.createObjectBuilder().add("version", version(read)).build()).expect(200).json();
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals(0, cancelled.getInt("enrolled"));
        assertEquals(0, staff.get("api/offerings/" + offering).expect(200).json().getInt("enrolled"));
        assertEquals(List.of("CANCELLED", "CANCELLED", "CANCELLED"), strings(staff.get("api/offerings/" + offering
                + "/enrolments").expect(200).array(), "status"));

        String courseTitle = read.getString("courseTitle");
        for (Person trainee : List.of(first, last)) {
            JsonObject notices = trainee.api().get("api/notices").expect(200).json();
            assertEquals(trainee == last ? 2 : 1, notices.getInt("total"), trainee.username());
            JsonObject notice = notices.getJsonArray("items").getJsonObject(0);
            assertEquals("notice.offeringCancelled", notice.getString("key"));
            assertTrue(notice.getString("text").contains(courseTitle) && notice.getString("text").contains("cancelled"),
                    notice.getString("text"));
            assertFalse(notice.getBoolean("read"));
            assertEquals(1, trainee.api().get("api/notices/unread-count").expect(200).json().getInt("count"));
        }
        assertEquals(0, withdrawn.api().get("api/notices").expect(200).json().getInt("total"),
                "a trainee who had withdrawn is not told");
        String french = world.as(first, "fr").get("api/notices").expect(200).items().getJsonObject(0).getString("text");
        assertTrue(french.contains("est annulée"), french);

        long firstNotice = idOf(first.api().get("api/notices").expect(200).items().getJsonObject(0));
        last.api().post("api/notices/" + firstNotice + "/read", "").expect(404);
        assertTrue(first.api().post("api/notices/" + firstNotice + "/read", "").expect(200).json().getBoolean("read"));
        assertEquals(0, first.api().get("api/notices/unread-count").expect(200).json().getInt("count"));
        assertEquals(1, last.api().post("api/notices/read-all", "").expect(200).json().getInt("count"));
        assertEquals(0, last.api().get("api/notices/unread-count").expect(200).json().getInt("count"));

        String week = calendar("CENTRE", centre.id(), monday, monday.plusDays(6));
        assertEquals(0, staff.get(week).expect(200).array().size());
        JsonArray withCancelled = staff.get(week + "&cancelled=true").expect(200).array();
        assertEquals(List.of("CANCELLED", "CANCELLED"), strings(withCancelled, "status"));
        assertEquals(List.of(1, 1), withCancelled.getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("sequence")).toList());
        world.session(centre, offering, sessionJson("After cancellation", monday.atTime(14, 0), 1)).expect(409);
        world.enrol(centre, offering, withdrawn.id()).expect(409);
    }

    @Test
    void completingAMasterTrainerCourseGrantsTheQualificationAndCompletingAgainRenewsIt() {
        Centre centre = world.centre();
        Api staff = centre.api();
        long cptm = world.edition("CPTM-2017");
        long course = world.course(centre, world.courseJson(world.publishedCurriculum(centre), "TOT-CPTM")
                .add("type", "MASTER_TRAINER").add("frameworkEditionId", cptm).add("qualificationMonths", 24));
        Person graduate = world.person(centre.id(), "TRAINEE", "INSTRUCTOR");
        Person failed = world.trainee(centre);
        Person stranger = world.trainee(centre);
        LocalDate monday = CourseFixtures.monday();

        long first = idOf(world.offering(centre, course, monday, monday.plusDays(4), 10));
        world.open(centre, first);
        world.enrol(centre, first, graduate.id()).expect(201);
        world.enrol(centre, first, failed.id()).expect(201);
        JsonObject read = staff.get("api/offerings/" + first).expect(200).json();
        assertEquals(List.of("passedTraineeIds"), fields(staff.post("api/offerings/" + first + "/completion",
                completion(version(read), stranger.id())).expect(400)));
        complete(centre, first, graduate.id());
        Map<String, String> outcome = staff.get("api/offerings/" + first + "/enrolments").expect(200).array()
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(e -> e.getString("traineeUsername"),
                        e -> e.getString("status")));
        assertEquals(Map.of(graduate.username(), "COMPLETED", failed.username(), "NOT_COMPLETED"), outcome);

        JsonObject granted = onlyQualification(staff, graduate);
        assertEquals("MASTER_TRAINER", granted.getString("kind"));
        assertEquals("COMPLETION", granted.getString("source"));
        assertEquals(cptm, granted.getJsonNumber("frameworkEditionId").longValue());
        assertEquals(monday.plusDays(4).toString(), granted.getString("issuedOn"));
        assertEquals(monday.plusDays(4).plusMonths(24).minusDays(1).toString(), granted.getString("expiresOn"));
        assertEquals(0, staff.get("api/qualifications?holderId=" + failed.id()).expect(200).array().size());
        JsonObject instructor = staff.get("api/instructors?username=" + graduate.username()).expect(200).items()
                .getJsonObject(0);
        assertEquals(List.of(idOf(granted)), instructor.getJsonArray("qualifications").getValuesAs(JsonObject.class)
                .stream().map(CourseApiIT::idOf).toList());
        staff.post("api/offerings/" + first + "/completion", completion(version(read))).expect(409);

        LocalDate later = monday.plusWeeks(3);
        long second = idOf(world.offering(centre, course, later, later.plusDays(4), 10));
        world.open(centre, second);
        world.enrol(centre, second, graduate.id()).expect(201);
        complete(centre, second, graduate.id());
        JsonObject renewed = onlyQualification(staff, graduate);
        assertEquals(idOf(granted), idOf(renewed), "renewed, not duplicated");
        assertEquals(later.plusDays(4).plusMonths(24).minusDays(1).toString(), renewed.getString("expiresOn"));
    }

    // --- 6. calendars --------------------------------------------------------------------

    @Test
    void calendarsShowTheSessionsOfACentreRoomInstructorOrTraineeInARange() {
        Centre centre = world.centre();
        Api staff = centre.api();
        long roomA = world.room(centre, "Room A", "Main", 30);
        long roomB = world.room(centre, "Room B", "Main", 30);
        Person instructorA = world.instructor(centre);
        Person instructorB = world.instructor(centre);
        Person trainee = world.trainee(centre);
        Person otherTrainee = world.trainee(centre);
        long course = world.course(centre);
        LocalDate monday = CourseFixtures.monday();
        long attended = idOf(world.offering(centre, course, monday, monday.plusDays(27), 20));
        long other = idOf(world.offering(centre, course, monday, monday.plusDays(27), 20));
        world.session(centre, attended, sessionJson("A1", monday.atTime(9, 0), 2).add("roomId", roomA)
                .add("leadInstructorId", instructorA.id())).expect(201);
        world.session(centre, other, sessionJson("B1", monday.atTime(9, 0), 2).add("roomId", roomB)
                .add("leadInstructorId", instructorB.id())).expect(201);
        world.session(centre, attended, sessionJson("A2", monday.plusDays(1).atTime(9, 0), 2)
                .add("leadInstructorId", instructorB.id())
                .add("assistingInstructorIds", Json.createArrayBuilder().add(instructorA.id()))).expect(201);
        world.session(centre, other, sessionJson("B2", monday.plusDays(20).atTime(9, 0), 2).add("roomId", roomA))
                .expect(201);
        world.open(centre, attended);
        world.enrol(centre, attended, trainee.id()).expect(201);
        LocalDate sunday = monday.plusDays(6);

        assertEquals(List.of("A1", "B1", "A2"), titles(staff.get(calendar("CENTRE", centre.id(), monday, sunday))));
        assertEquals(List.of("A1", "B1", "A2", "B2"), titles(staff.get(calendar("CENTRE", centre.id(), monday,
                monday.plusDays(20)))));
        assertEquals(List.of("A1"), titles(staff.get(calendar("ROOM", roomA, monday, sunday))));
        assertEquals(List.of("B1", "A2"), titles(staff.get(calendar("INSTRUCTOR", instructorB.id(), monday, sunday))));
        assertEquals(List.of("A1", "A2"), titles(trainee.api().get(calendar("TRAINEE", trainee.id(), monday, sunday))));
        assertEquals(List.of(), titles(staff.get(calendar("TRAINEE", otherTrainee.id(), monday, sunday))));
        assertEquals(List.of("B2"), titles(staff.get(calendar("ROOM", roomA, monday.plusDays(20), monday.plusDays(20)))));

        JsonObject a2 = staff.get(calendar("INSTRUCTOR", instructorA.id(), monday, sunday)).expect(200).array()
                .getJsonObject(1);
        assertEquals("A2", a2.getString("title"));
        assertEquals(monday.plusDays(1) + "T09:00:00", a2.getString("localStart"));
        assertEquals(monday.plusDays(1) + "T06:00:00Z", a2.getString("start"));
        assertEquals(List.of("Test " + instructorB.username(), "Test " + instructorA.username()),
                a2.getJsonArray("instructors").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList(), "lead first");

        instructorA.api().get(calendar("ROOM", roomB, monday, sunday)).expect(200);
        instructorA.api().get(calendar("INSTRUCTOR", instructorB.id(), monday, sunday)).expect(403);
        trainee.api().get(calendar("CENTRE", centre.id(), monday, sunday)).expect(403);
        trainee.api().get(calendar("TRAINEE", otherTrainee.id(), monday, sunday)).expect(403);

        assertEquals(List.of("to"), fields(staff.get(calendar("CENTRE", centre.id(), monday, monday.plusDays(100)))
                .expect(400)));
        staff.get(calendar("CENTRE", centre.id(), monday, monday.plusDays(99))).expect(200);
        assertEquals(List.of("to"), fields(staff.get(calendar("CENTRE", centre.id(), monday, monday.minusDays(1)))
                .expect(400)));
        assertEquals(List.of("scope"), fields(staff.get("api/calendar?scope=PLANET&target=1&from=" + monday
                + "&to=" + sunday).expect(400)));
        assertEquals(List.of("from"), fields(staff.get("api/calendar?scope=CENTRE&target=" + centre.id()
                + "&from=monday&to=" + sunday).expect(400)));
        staff.get(calendar("ROOM", Long.MAX_VALUE, monday, sunday)).expect(404);
    }

    @Test
    void aMonthOfFourHundredSessionsCostsAsFewStatementsAsAMonthOfFive() throws Exception {
        Centre centre = world.centre();
        Api staff = centre.api();
        long room = world.room(centre, "Plenary", "Main", 100);
        Person instructor = world.instructor(centre);
        long course = world.course(centre);
        LocalDate quiet = CourseFixtures.mondayIn(8);
        LocalDate busy = quiet.plusWeeks(5);

        long small = idOf(world.offering(centre, course, quiet, quiet.plusDays(27), 20));
        world.session(centre, small, sessionJson("Quiet, taught", quiet.atTime(9, 0), 1).add("roomId", room)
                .add("leadInstructorId", instructor.id())).expect(201);
        for (int i = 1; i < 5; i++) {
            world.session(centre, small, sessionJson("Quiet " + i, quiet.plusDays(i).atTime(9, 0), 1)).expect(201);
        }

        List<Long> offerings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            offerings.add(idOf(world.offering(centre, course, busy, busy.plusDays(27), 20)));
        }
        world.session(centre, offerings.get(0), sessionJson("Busy, taught", busy.atTime(7, 0), 1)
                .add("roomId", room).add("leadInstructorId", instructor.id())).expect(201);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (long offering : offerings) {
                writers.add(() -> {
                    int saved = 0;
                    for (int i = 0; i < 100; i++) {
                        LocalDateTime start = busy.plusDays(i % 20).atTime(8 + i / 20, 0);
                        world.session(centre, offering, sessionJson("Busy " + i, start, 1)).expect(201);
                        saved++;
                    }
                    return saved;
                });
            }
            for (Future<Integer> done : pool.invokeAll(writers)) {
                assertEquals(100, done.get());
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("CourseApiIT: 400 sessions posted in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        String quietMonth = calendar("CENTRE", centre.id(), quiet, quiet.plusDays(27));
        String busyMonth = calendar("CENTRE", centre.id(), busy, busy.plusDays(27));
        assertEquals(5, staff.get(quietMonth).expect(200).array().size());
        JsonArray entries = staff.get(busyMonth).expect(200).array();
        assertEquals(401, entries.size());
        assertEquals("Busy, taught", entries.getJsonObject(0).getString("title"));
        assertEquals(1, entries.getJsonObject(0).getJsonArray("instructors").size());
        long quietCost = fixtures.statementsFor(staff, quietMonth);
        long busyCost = fixtures.statementsFor(staff, busyMonth);
        assertEquals(quietCost, busyCost);
        assertTrue(busyCost <= 8, "statements for a month of the calendar: " + busyCost);
    }

    // --- 7. feeds ------------------------------------------------------------------------

    @Test
    void anInstructorsFeedCarriesTheirSessionsWithStableUidsGrowingSequencesAndCancellations() throws Exception {
        Centre centre = world.centre();
        Api staff = centre.api();
        long room = world.room(centre, "Lecture theatre", "Main", 40);
        Person instructor = world.instructor(centre);
        Person colleague = world.instructor(centre);
        long course = world.course(centre);
        LocalDate monday = CourseFixtures.monday();
        long offering = idOf(world.offering(centre, course, monday, monday.plusDays(11), 20));
        JsonObject moving = session(world.session(centre, offering, sessionJson("Moving", monday.atTime(9, 0), 2)
                .add("roomId", room).add("leadInstructorId", instructor.id())));
        JsonObject dropped = session(world.session(centre, offering, sessionJson("Dropped",
                monday.plusDays(1).atTime(9, 0), 2).add("leadInstructorId", instructor.id())));
        JsonObject colleagues = session(world.session(centre, offering, sessionJson("Colleague's",
                monday.plusDays(2).atTime(9, 0), 2).add("leadInstructorId", colleague.id())));

        Api.Reply created = instructor.api().post("api/feeds", Json.createObjectBuilder().add("scope", "INSTRUCTOR")
                .add("targetId", instructor.id()).build()).expect(201);
        JsonObject feed = created.json();
        String url = feed.getString("url");
        assertTrue(url.matches("https?://.+/api/feeds/[A-Za-z0-9_-]{43}\\.ics"), url);
        assertEquals(url, created.header("Location"));
        assertEquals(List.of(url), strings(instructor.api().get("api/feeds").expect(200).array(), "url"));
        String path = url.replaceFirst("^https?://[^/]+/", "");

        Api.Reply ics = Api.anonymous(base).download(path).expect(200);
        assertTrue(ics.header("Content-Type").startsWith("text/calendar"), ics.header("Content-Type"));
        assertEquals("no-store", ics.header("Cache-Control"));
        ICalendar calendar = Biweekly.parse(ics.body()).first();
        Map<String, VEvent> events = byUid(calendar);
        assertEquals(Set.of(moving.getString("uid"), dropped.getString("uid")), events.keySet(),
                "only the instructor's sessions");
        assertFalse(events.containsKey(colleagues.getString("uid")));
        VEvent first = events.get(moving.getString("uid"));
        assertEquals("Moving", first.getSummary().getValue());
        assertEquals(0, first.getSequence().getValue());
        assertTrue(first.getStatus().isConfirmed());
        TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(first.getDateStart());
        assertEquals(CourseFixtures.NAIROBI, zone.getComponent().getTimezoneId().getValue(),
                "DTSTART has the centre's TZID, defined by a VTIMEZONE in the feed");
        assertEquals(1, calendar.getTimezoneInfo().getComponents().size());
        assertEquals(Instant.parse(monday + "T06:00:00Z"), first.getDateStart().getValue().toInstant());
        assertTrue(ics.body().replace("\r\n ", "").contains("DTSTART;TZID=Africa/Nairobi:"), ics.body());
        assertTrue(ics.body().replace("\r\n ", "").contains("X-WR-CALNAME:" + centre.name() + " (Instructor)"),
                "the calendar is named in its owner's language: " + ics.body());

        staff.post("api/sessions/" + idOf(moving) + "/move", moveJson(version(moving), monday.atTime(11, 0),
                monday.atTime(13, 0))).expect(200);
        staff.delete("api/sessions/" + idOf(dropped) + "?version=" + version(dropped)).expect(200);
        Map<String, VEvent> after = byUid(Biweekly.parse(Api.anonymous(base).download(path).expect(200).body()).first());
        assertEquals(events.keySet(), after.keySet(), "UIDs are stable across fetches");
        VEvent movedEvent = after.get(moving.getString("uid"));
        assertEquals(1, movedEvent.getSequence().getValue());
        assertEquals(Instant.parse(monday + "T08:00:00Z"), movedEvent.getDateStart().getValue().toInstant());
        VEvent droppedEvent = after.get(dropped.getString("uid"));
        assertTrue(droppedEvent.getStatus().isCancelled());
        assertEquals(1, droppedEvent.getSequence().getValue());

        colleague.api().delete("api/feeds/" + idOf(feed)).expect(404);
        Api.anonymous(base).download(path).expect(200);
        instructor.api().delete("api/feeds/" + idOf(feed)).expect(204);
        instructor.api().delete("api/feeds/not-a-number").expect(404);
        Api.Reply revoked = Api.anonymous(base).download(path).expect(404);
        assertEquals("application/problem+json", revoked.header("Content-Type").split(";")[0]);
        assertEquals(0, instructor.api().get("api/feeds").expect(200).array().size());
        Api.anonymous(base).download("api/feeds/" + "A".repeat(43) + ".ics").expect(404);

        Person trainee = world.trainee(centre);
        Person otherTrainee = world.trainee(centre);
        trainee.api().post("api/feeds", feedJson("CENTRE", centre.id())).expect(403);
        trainee.api().post("api/feeds", feedJson("TRAINEE", otherTrainee.id())).expect(403);
        trainee.api().post("api/feeds", feedJson("TRAINEE", trainee.id())).expect(201);
        String roomFeed = staff.post("api/feeds", feedJson("ROOM", room)).expect(201).json().getString("url")
                .replaceFirst("^https?://[^/]+/", "");
        fixtures.staffOfNewCentre().post("api/feeds", feedJson("CENTRE", centre.id())).expect(404);

        // the link lives on the access it was taken with: once its owner is only a trainee, the room feed is gone
        Api.anonymous(base).download(roomFeed).expect(200);
        JsonObject account = admin.get("api/accounts/" + centre.staff().id()).expect(200).json();
        admin.put("api/accounts/" + centre.staff().id(), Json.createObjectBuilder(account)
                .add("roles", Json.createArrayBuilder().add("TRAINEE")).build()).expect(200);
        Api.anonymous(base).download(roomFeed).expect(404);
    }

    // --- 8. tenancy, roles, sign-in ----------------------------------------------------------

    @Test
    void anotherCentresStaffFindNothingAndChangeNothing() {
        Setting s = setting();
        Api stranger = fixtures.staffOfNewCentre();
        JsonObject courseBefore = s.centre.api().get("api/courses/" + s.course).expect(200).json();
        JsonObject offeringBefore = s.centre.api().get("api/offerings/" + s.offering).expect(200).json();
        JsonObject sessionBefore = s.centre.api().get("api/sessions/" + s.session).expect(200).json();
        JsonObject qualificationBefore = s.centre.api().get("api/qualifications/" + s.qualification).expect(200).json();
        JsonObject profileBefore = s.centre.api().get(profilePath(s.trainee)).expect(200).json();
        LocalDate monday = CourseFixtures.monday();

        Map<String, Function<Api, Api.Reply>> requests = new LinkedHashMap<>();
        requests.put("GET course", api -> api.get("api/courses/" + s.course));
        requests.put("PUT course", api -> api.put("api/courses/" + s.course, Json.createObjectBuilder(courseBefore)
                .add("title", "Taken over").build()));
        requests.put("DELETE course", api -> api.delete("api/courses/" + s.course));
        requests.put("GET offering", api -> api.get("api/offerings/" + s.offering));
        requests.put("PUT offering", api -> api.put("api/offerings/" + s.offering,
                Json.createObjectBuilder(offeringBefore).add("seats", 1).build()));
        requests.put("POST status", api -> api.post("api/offerings/" + s.offering + "/status",
                status("RUNNING", version(offeringBefore))));
        requests.put("POST cancellation", api -> api.post("api/offerings/" + s.offering + "/cancellation",
                Json.createObjectBuilder().add("version", version(offeringBefore)).build()));
        requests.put("POST completion", api -> api.post("api/offerings/" + s.offering + "/completion",
                completion(version(offeringBefore))));
        requests.put("GET sessions", api -> api.get("api/offerings/" + s.offering + "/sessions"));
        requests.put("POST session", api -> api.post("api/offerings/" + s.offering + "/sessions",
                sessionJson("Intruder", monday.atTime(15, 0), 1).build()));
        requests.put("POST check", api -> api.post("api/offerings/" + s.offering + "/sessions/check",
                sessionJson("Intruder", monday.atTime(15, 0), 1).build()));
        requests.put("GET enrolments", api -> api.get("api/offerings/" + s.offering + "/enrolments"));
        requests.put("POST enrolment", api -> api.post("api/offerings/" + s.offering + "/enrolments",
                Json.createObjectBuilder().add("traineeId", s.trainee.id()).build()));
        requests.put("DELETE enrolment", api -> api.delete("api/offerings/" + s.offering + "/enrolments/"
                + s.trainee.id()));
        requests.put("GET eligibility", api -> api.get("api/offerings/" + s.offering + "/eligibility/"
                + s.trainee.id()));
        requests.put("GET session", api -> api.get("api/sessions/" + s.session));
        requests.put("PUT session", api -> api.put("api/sessions/" + s.session, Json.createObjectBuilder(sessionBefore)
                .add("title", "Taken over").build()));
        requests.put("POST move", api -> api.post("api/sessions/" + s.session + "/move",
                moveJson(version(sessionBefore), monday.atTime(16, 0), monday.atTime(17, 0))));
        requests.put("DELETE session", api -> api.delete("api/sessions/" + s.session + "?version="
                + version(sessionBefore)));
        requests.put("GET qualification", api -> api.get("api/qualifications/" + s.qualification));
        requests.put("PUT qualification", api -> api.put("api/qualifications/" + s.qualification,
                Json.createObjectBuilder(qualificationBefore).add("evidence", "Forged").build()));
        requests.put("DELETE qualification", api -> api.delete("api/qualifications/" + s.qualification));
        requests.put("GET profile", api -> api.get(profilePath(s.trainee)));
        requests.put("PUT profile", api -> api.put(profilePath(s.trainee), Json.createObjectBuilder(profileBefore)
                .add("category", "CIVILIAN").build()));
        requests.put("GET centre calendar", api -> api.get(calendar("CENTRE", s.centre.id(), monday, monday.plusDays(6))));
        requests.put("GET room calendar", api -> api.get(calendar("ROOM", s.room, monday, monday.plusDays(6))));
        requests.put("GET instructor calendar", api -> api.get(calendar("INSTRUCTOR", s.instructor.id(), monday,
                monday.plusDays(6))));
        requests.put("GET trainee calendar", api -> api.get(calendar("TRAINEE", s.trainee.id(), monday,
                monday.plusDays(6))));
        requests.put("POST feed", api -> api.post("api/feeds", feedJson("ROOM", s.room)));
        requests.forEach((name, request) -> assertEquals(404, request.apply(stranger).status(), name));

        assertEquals(List.of("courseId"), fields(stranger.post("api/offerings", CourseFixtures.offeringJson(s.course,
                monday, monday.plusDays(4), 5).build()).expect(400)));
        assertEquals(List.of("holderId"), fields(stranger.get("api/qualifications?holderId=" + s.instructor.id())
                .expect(400)));
        assertEquals(List.of("holderId"), fields(stranger.post("api/qualifications", Json.createObjectBuilder(
                qualificationBefore).remove("id").build()).expect(400)));
        assertFalse(stranger.get("api/courses?limit=200").expect(200).body().contains(courseBefore.getString("code")));
        assertEquals(0, stranger.get("api/offerings").expect(200).json().getInt("total"));
        assertFalse(stranger.get("api/instructors?limit=200").expect(200).body().contains(s.instructor.username()));
        assertEquals(0, stranger.get("api/qualifications/expiring").expect(200).array().size());

        assertEquals(courseBefore, s.centre.api().get("api/courses/" + s.course).expect(200).json());
        assertEquals(offeringBefore, s.centre.api().get("api/offerings/" + s.offering).expect(200).json());
        assertEquals(sessionBefore, s.centre.api().get("api/sessions/" + s.session).expect(200).json());
        assertEquals(qualificationBefore, s.centre.api().get("api/qualifications/" + s.qualification).expect(200).json());
        assertEquals(profileBefore, s.centre.api().get(profilePath(s.trainee)).expect(200).json());
        assertEquals(1, s.centre.api().get("api/offerings/" + s.offering + "/enrolments").expect(200).array().size());
        assertEquals(1, s.centre.api().get("api/offerings/" + s.offering + "/sessions").expect(200).array().size());
        assertEquals(200, admin.get("api/courses/" + s.course).status(), "administrators see every centre");
    }

    @Test
    void traineesAndInstructorsReadButDoNotWrite() {
        Setting s = setting();
        JsonObject course = s.centre.api().get("api/courses/" + s.course).expect(200).json();
        JsonObject offering = s.centre.api().get("api/offerings/" + s.offering).expect(200).json();
        JsonObject session = s.centre.api().get("api/sessions/" + s.session).expect(200).json();
        JsonObject qualification = s.centre.api().get("api/qualifications/" + s.qualification).expect(200).json();
        JsonObject profile = s.centre.api().get(profilePath(s.trainee)).expect(200).json();
        LocalDate monday = CourseFixtures.monday();
        Person otherTrainee = world.trainee(s.centre);

        Map<String, Function<Api, Api.Reply>> staffOnly = new LinkedHashMap<>();
        staffOnly.put("POST course", api -> api.post("api/courses", Json.createObjectBuilder(course)
                .add("code", Fixtures.unique("X")).build()));
        staffOnly.put("PUT course", api -> api.put("api/courses/" + s.course, Json.createObjectBuilder(course)
                .add("title", "Changed").build()));
        staffOnly.put("DELETE course", api -> api.delete("api/courses/" + s.course));
        staffOnly.put("POST offering", api -> api.post("api/offerings", CourseFixtures.offeringJson(s.course, monday,
                monday.plusDays(4), 5).build()));
        staffOnly.put("PUT offering", api -> api.put("api/offerings/" + s.offering, Json.createObjectBuilder(offering)
                .add("seats", 1).build()));
        staffOnly.put("POST status", api -> api.post("api/offerings/" + s.offering + "/status",
                status("RUNNING", version(offering))));
        staffOnly.put("POST cancellation", api -> api.post("api/offerings/" + s.offering + "/cancellation",
                Json.createObjectBuilder().add("version", version(offering)).build()));
        staffOnly.put("POST completion", api -> api.post("api/offerings/" + s.offering + "/completion",
                completion(version(offering))));
        staffOnly.put("POST session", api -> api.post("api/offerings/" + s.offering + "/sessions",
                sessionJson("Unplanned", monday.atTime(15, 0), 1).build()));
        staffOnly.put("POST check", api -> api.post("api/offerings/" + s.offering + "/sessions/check",
                sessionJson("Unplanned", monday.atTime(15, 0), 1).build()));
        staffOnly.put("PUT session", api -> api.put("api/sessions/" + s.session, Json.createObjectBuilder(session)
                .add("title", "Changed").build()));
        staffOnly.put("POST move", api -> api.post("api/sessions/" + s.session + "/move",
                moveJson(version(session), monday.atTime(16, 0), monday.atTime(17, 0))));
        staffOnly.put("DELETE session", api -> api.delete("api/sessions/" + s.session + "?version=" + version(session)));
        staffOnly.put("POST enrolment", api -> api.post("api/offerings/" + s.offering + "/enrolments",
                Json.createObjectBuilder().add("traineeId", otherTrainee.id()).build()));
        staffOnly.put("DELETE enrolment", api -> api.delete("api/offerings/" + s.offering + "/enrolments/"
                + s.trainee.id()));
        staffOnly.put("GET eligibility", api -> api.get("api/offerings/" + s.offering + "/eligibility/"
                + s.trainee.id()));
        staffOnly.put("POST qualification", api -> api.post("api/qualifications", Json.createObjectBuilder(qualification)
                .remove("id").build()));
        staffOnly.put("PUT qualification", api -> api.put("api/qualifications/" + s.qualification,
                Json.createObjectBuilder(qualification).add("evidence", "Changed").build()));
        staffOnly.put("DELETE qualification", api -> api.delete("api/qualifications/" + s.qualification));
        staffOnly.put("PUT profile", api -> api.put(profilePath(s.trainee), Json.createObjectBuilder(profile)
                .add("category", "CIVILIAN").build()));
        for (Person reader : List.of(s.trainee, s.instructor)) {
            staffOnly.forEach((name, request) -> assertEquals(403, request.apply(reader.api()).status(),
                    reader.username() + ": " + name));
            // the trainee is enrolled on the offering, the instructor teaches its session
            reader.api().get("api/offerings/" + s.offering).expect(200);
            reader.api().get("api/offerings/" + s.offering + "/sessions").expect(200);
            reader.api().get("api/sessions/" + s.session).expect(200);
        }
        s.instructor.api().get("api/courses/" + s.course).expect(200);
        s.trainee.api().get("api/courses/" + s.course).expect(403);
        s.instructor.api().get(profilePath(s.trainee)).expect(403);
        s.trainee.api().get("api/qualifications/" + s.qualification).expect(403);

        assertEquals(course, s.centre.api().get("api/courses/" + s.course).expect(200).json());
        assertEquals(offering, s.centre.api().get("api/offerings/" + s.offering).expect(200).json());
        assertEquals(session, s.centre.api().get("api/sessions/" + s.session).expect(200).json());
        assertEquals(qualification, s.centre.api().get("api/qualifications/" + s.qualification).expect(200).json());
        assertEquals(profile, s.centre.api().get(profilePath(s.trainee)).expect(200).json());
    }

    @Test
    void traineesSeeOnlyTheirOwnRecordAndInstructorsTheTraineesOfWhatTheyTeach() {
        Setting s = setting();
        Person classmate = world.trainee(s.centre);
        world.enrol(s.centre, s.offering, classmate.id()).expect(201);
        String enrolments = "api/offerings/" + s.offering + "/enrolments";
        LocalDate later = CourseFixtures.mondayIn(6);
        long otherOffering = idOf(world.offering(s.centre, s.course, later, later.plusDays(4), 20));
        world.open(s.centre, otherOffering);
        world.enrol(s.centre, otherOffering, classmate.id()).expect(201);

        // a trainee sees their own place, not their classmates', and nothing of an offering they are not on
        assertEquals(List.of(s.trainee.username()),
                strings(s.trainee.api().get(enrolments).expect(200).array(), "traineeUsername"));
        s.trainee.api().get("api/offerings/" + otherOffering + "/enrolments").expect(403);
        s.trainee.api().get("api/offerings/" + otherOffering).expect(403);
        s.trainee.api().get("api/offerings/" + otherOffering + "/sessions").expect(403);
        assertEquals(List.of(s.offering), s.trainee.api().get("api/offerings").expect(200).items()
                .getValuesAs(JsonObject.class).stream().map(CourseApiIT::idOf).toList());

        // qualifications and their evidence: a trainee reads their own, never a colleague's
        s.trainee.api().get("api/qualifications?holderId=" + s.instructor.id()).expect(403);
        classmate.api().get("api/qualifications?holderId=" + s.trainee.id()).expect(403);
        assertEquals(0, s.trainee.api().get("api/qualifications?holderId=" + s.trainee.id()).expect(200).array().size());

        // the instructor who teaches the offering sees all its trainees; a colleague neither them nor the qualification
        assertEquals(Set.of(s.trainee.username(), classmate.username()),
                Set.copyOf(strings(s.instructor.api().get(enrolments).expect(200).array(), "traineeUsername")));
        Person colleague = world.instructor(s.centre);
        colleague.api().get(enrolments).expect(403);
        colleague.api().get("api/qualifications/" + s.qualification).expect(403);
        colleague.api().get("api/qualifications?holderId=" + s.instructor.id()).expect(403);
        assertEquals(List.of(colleague.username()),
                strings(colleague.api().get("api/instructors").expect(200).items(), "username"));
        String listed = s.centre.api().get("api/instructors?limit=200").expect(200).body();
        assertTrue(listed.contains(s.instructor.username()) && listed.contains(colleague.username()), listed);
        assertFalse(listed.contains(s.trainee.username()), "the instructors list holds no trainee: " + listed);

        JsonObject refusal = admin.get("api/audit?outcome=DENIED&actor=" + s.trainee.username()).expect(200)
                .items().getJsonObject(0);
        assertEquals("RECORD_ACCESS", refusal.getString("action"));
    }

    @Test
    void withoutSigningInOnlyAFeedLinkAnswers() {
        Setting s = setting();
        JsonObject course = s.centre.api().get("api/courses/" + s.course).expect(200).json();
        LocalDate monday = CourseFixtures.monday();
        Api anonymous = Api.anonymous(base);
        Map<String, Api.Reply> replies = new LinkedHashMap<>();
        replies.put("GET courses", anonymous.get("api/courses"));
        replies.put("GET course", anonymous.get("api/courses/" + s.course));
        replies.put("POST course", anonymous.post("api/courses", Json.createObjectBuilder(course)
                .add("code", Fixtures.unique("X")).build()));
        replies.put("GET offerings", anonymous.get("api/offerings"));
        replies.put("GET offering", anonymous.get("api/offerings/" + s.offering));
        replies.put("GET sessions", anonymous.get("api/offerings/" + s.offering + "/sessions"));
        replies.put("POST session", anonymous.post("api/offerings/" + s.offering + "/sessions",
                sessionJson("Anonymous", monday.atTime(15, 0), 1).build()));
        replies.put("GET enrolments", anonymous.get("api/offerings/" + s.offering + "/enrolments"));
        replies.put("GET session", anonymous.get("api/sessions/" + s.session));
        replies.put("GET qualification", anonymous.get("api/qualifications/" + s.qualification));
        replies.put("GET expiring", anonymous.get("api/qualifications/expiring"));
        replies.put("GET instructors", anonymous.get("api/instructors"));
        replies.put("GET profile", anonymous.get(profilePath(s.trainee)));
        replies.put("GET calendar", anonymous.get(calendar("CENTRE", s.centre.id(), monday, monday.plusDays(6))));
        replies.put("GET feeds", anonymous.get("api/feeds"));
        replies.put("POST feed", anonymous.post("api/feeds", feedJson("CENTRE", s.centre.id())));
        replies.put("DELETE feed", anonymous.delete("api/feeds/1"));
        replies.put("GET notices", anonymous.get("api/notices"));
        replies.put("GET unread", anonymous.get("api/notices/unread-count"));
        replies.put("POST read-all", anonymous.post("api/notices/read-all", ""));
        replies.forEach((name, reply) -> assertEquals(401, reply.status(), name + ": " + reply.body()));
        assertTrue(replies.get("GET course").header("WWW-Authenticate").startsWith("Basic"));

        String url = s.centre.api().post("api/feeds", feedJson("CENTRE", s.centre.id())).expect(201).json()
                .getString("url");
        String ics = anonymous.download(url.replaceFirst("^https?://[^/]+/", "")).expect(200).body();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        assertTrue(ics.contains("SUMMARY:Briefing"), ics);
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() {
        String document = Api.anonymous(base).get("openapi").expect(200).body();
        for (String path : List.of("/api/courses/{id}", "/api/offerings/{id}/sessions", "/api/offerings/{id}/sessions/check",
                "/api/offerings/{id}/enrolments/{traineeId}", "/api/sessions/{id}/move", "/api/qualifications/expiring",
                "/api/instructors", "/api/people", "/api/people/{id}", "/api/people/{id}/profile", "/api/people/{id}/account", "/api/calendar", "/api/feeds/{token}.ics",
                "/api/notices/read-all")) {
            assertTrue(document.contains("\"" + path + "\""), "OpenAPI lacks " + path);
        }
    }

    // --- 9. people apart from accounts ------------------------------------------------------

    @Test
    void peopleWhoNeverSignInAreRegisteredEnrolledAndKeptFromOtherCentresAndFromEachOther() {
        Centre centre = world.centre();
        Api staff = centre.api();
        String number = "ke " + Fixtures.unique("sn").replaceAll("[^A-Za-z0-9]", "");
        JsonObject registered = staff.post("api/people", personJson("Otieno", number)
                .add("givenNames", "Daniel").add("gender", "MALE").add("dateOfBirth", "1990-04-02").build())
                .expect(201).json();
        long person = registered.getJsonNumber("id").longValue();
        assertEquals("Daniel Otieno", registered.getString("displayName"));
        assertEquals(number.toUpperCase(), registered.getString("serviceNumber"), "stored in one form");
        assertFalse(registered.containsKey("username"), "a person without an account");

        assertEquals(List.of("serviceNumber"), fields(staff.post("api/people", personJson("Other", number).build())
                .expect(400)), "the same number in the same country");
        staff.post("api/people", personJson("Other", number).add("nationality", "UG").build()).expect(201);
        assertEquals(List.of("nationality"), fields(staff.post("api/people", personJson("Odd", "X1")
                .addNull("nationality").build()).expect(400)), "a number without its country");
        assertEquals(Set.of("familyName", "category", "nationality", "dateOfBirth"), Set.copyOf(fields(staff.post(
                "api/people", Json.createObjectBuilder().add("familyName", " ").add("nationality", "XX")
                        .add("serviceNumber", "1").add("dateOfBirth", "2999-01-01").build()).expect(400))));

        JsonArray found = staff.get("api/people?nationality=KE&search=" + number.substring(0, 6).replace(" ", "%20"))
                .expect(200).json()
                .getJsonArray("items");
        assertEquals(person, found.getJsonObject(0).getJsonNumber("id").longValue(), "found by service number");
        assertEquals(1, staff.get("api/people?search=otien&nationality=KE").expect(200).json().getInt("total"));

        long offering = idOf(world.offering(centre, world.course(centre), CourseFixtures.mondayIn(3),
                CourseFixtures.mondayIn(3).plusDays(4), 10));
        world.open(centre, offering);
        assertEquals("Daniel Otieno", world.enrol(centre, offering, person).expect(201).json().getString("traineeName"));

        // Another centre's staff do not find them; a trainee reads only their own record.
        Centre other = world.centre();
        other.api().get("api/people/" + person).expect(404);
        other.api().put("api/people/" + person, personJson("Taken", "Y").add("version", 0).build()).expect(404);
        assertEquals(0, other.api().get("api/people?search=otien").expect(200).json().getInt("total"));
        Person trainee = world.trainee(centre);
        assertEquals(trainee.username(), trainee.api().get("api/people/" + trainee.id()).expect(200).json()
                .getString("username"), "an account opened for a trainee brings their person, under its id");
        trainee.api().get("api/people/" + person).expect(403);
        trainee.api().get("api/people").expect(403);

        // Staff open an account for them later: the same person, now able to read their own record.
        String username = Fixtures.unique("otieno").toLowerCase().replaceAll("[^a-z0-9.-]", "");
        JsonObject opened = staff.post("api/people/" + person + "/account", Json.createObjectBuilder()
                .add("username", username).add("password", Fixtures.PASSWORD).add("role", "TRAINEE").build())
                .expect(200).json();
        assertEquals(username, opened.getString("username"));
        assertEquals(person, Api.as(base, username, Fixtures.PASSWORD).get("api/people/" + person).expect(200).json()
                .getJsonNumber("id").longValue(), "they read their own record, history included");
        staff.post("api/people/" + person + "/account", Json.createObjectBuilder().add("username", username + "x")
                .add("password", Fixtures.PASSWORD).add("role", "TRAINEE").build()).expect(409);
        assertEquals(List.of("role"), fields(staff.post("api/people/" + person + "/account", Json.createObjectBuilder()
                .add("username", username + "y").add("password", Fixtures.PASSWORD).build()).expect(400)));

        JsonObject changed = staff.put("api/people/" + person, personJson("Otieno-Were", number)
                .add("version", staff.get("api/people/" + person).expect(200).json().getJsonNumber("version").longValue())
                .build()).expect(200).json();
        assertEquals("Otieno-Were", changed.getString("familyName"));
        staff.put("api/people/" + person, personJson("Stale", number)
                .add("version", registered.getJsonNumber("version").longValue()).build()).expect(409);
    }

    private static JsonObjectBuilder personJson(String familyName, String serviceNumber) {
        return Json.createObjectBuilder().add("familyName", familyName).add("serviceNumber", serviceNumber)
                .add("nationality", "KE").add("category", "MILITARY");
    }

    // --- 18. timetables laid out from the curriculum, offerings copied -------------------------

    @Test
    void aTimetableLaidOutFromTheCurriculumIsProposedFirstThenSavedInLessonOrderOrNotAtAll() {
        Centre centre = world.centre();
        Api staff = centre.api();
        long room = world.room(centre, "Hall", "Main", 30);
        Person instructor = world.instructor(centre);
        Curriculum curriculum = world.publishedCurriculum(centre);
        long course = world.course(centre, world.courseJson(curriculum, Fixtures.unique("LAY").toUpperCase()));
        LocalDate monday = CourseFixtures.monday();
        long offering = idOf(world.offering(centre, course, monday, monday.plusDays(4), 20));
        String sessions = "api/offerings/" + offering + "/sessions";
        String layout = "api/offerings/" + offering + "/timetable/layout";

        // Two 90-minute lessons in the centre's default day: the second would run into the 10:30 tea break.
        JsonArray proposed = staff.post(layout, layoutJson(room, instructor).build()).expect(200).array();
        assertEquals(List.of(monday.atTime(8, 0).toString(), monday.atTime(10, 45).toString()),
                strings(proposed, "startsAt").stream().map(t -> LocalDateTime.parse(t).toString()).toList());
        assertEquals(curriculum.lessonIds(), proposed.getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("lessonId").longValue()).toList());
        assertFalse(proposed.getJsonObject(0).getBoolean("blocked"));
        assertEquals(0, staff.get(sessions).expect(200).array().size(), "a preview saves nothing");

        JsonArray ownHours = staff.post(layout, layoutJson(room, instructor).add("dayStarts", "9:00")
                .add("breaks", "").build()).expect(200).array();
        assertEquals(List.of(monday.atTime(9, 0), monday.atTime(10, 30)), strings(ownHours, "startsAt").stream()
                .map(LocalDateTime::parse).toList());

        Api.Reply noRoom = staff.post(layout, layoutJson(room, instructor).remove("roomId").build()).expect(400);
        assertEquals("application/problem+json", noRoom.header("Content-Type").split(";")[0]);
        assertEquals(List.of("roomId"), fields(noRoom));
        assertEquals(List.of("dayEnds"), fields(staff.post(layout, layoutJson(room, instructor)
                .add("dayEnds", "07:00").build()).expect(400)));
        assertEquals(List.of("breaks"), fields(staff.post(layout, layoutJson(room, instructor)
                .add("breaks", "lunch").build()).expect(400)));
        assertEquals(List.of("leadInstructorId"), fields(staff.post(layout, layoutJson(room, staffOf(centre))
                .build()).expect(400)));
        staff.post(layout + "/apply", layoutJson(room, instructor).build()).expect(400);

        // Another offering holds the room on Monday morning: nothing is saved, and the conflict is named.
        long other = idOf(world.offering(centre, course, monday, monday.plusDays(4), 20));
        JsonObject blocking = session(world.session(centre, other, sessionJson("Range day", monday.atTime(8, 0), 1)
                .add("roomId", room)));
        long version = version(staff.get("api/offerings/" + offering).expect(200).json());
        assertConflict(staff.post(layout + "/apply", layoutJson(room, instructor).add("version", version).build()),
                "ROOM_DOUBLE_BOOKED");
        assertEquals(0, staff.get(sessions).expect(200).array().size());
        assertTrue(staff.post(layout, layoutJson(room, instructor).build()).expect(200).array().getJsonObject(0)
                .getBoolean("blocked"));
        staff.post(layout + "/apply", layoutJson(room, instructor).add("version", version + 1).build()).expect(409);

        staff.delete("api/sessions/" + idOf(blocking) + "?version=" + version(blocking)).expect(200);
        JsonArray saved = staff.post(layout + "/apply", layoutJson(room, instructor).add("version", version).build())
                .expect(200).array();
        assertEquals(2, saved.size());
        JsonArray timetable = staff.get(sessions).expect(200).array();
        assertEquals(curriculum.lessonIds(), timetable.getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("lessonId").longValue()).toList());
        assertEquals(List.of("The UN and peacekeeping", "Protection of civilians"), strings(timetable, "title"));
        assertEquals(room, timetable.getJsonObject(1).getJsonNumber("roomId").longValue());
        assertEquals(instructor.id(), timetable.getJsonObject(1).getJsonNumber("leadInstructorId").longValue());
        assertEquals(monday.atTime(10, 45), LocalDateTime.parse(timetable.getJsonObject(1).getString("startsAt")));

        long oneDay = idOf(world.offering(centre, course, monday.plusWeeks(1), monday.plusWeeks(1), 20));
        Api.Reply tooShort = staff.post("api/offerings/" + oneDay + "/timetable/layout", layoutJson(room, instructor)
                .add("dayEnds", "09:30").add("breaks", "").build()).expect(409);
        assertTrue(tooShort.json().getString("detail").contains("1 lesson"), tooShort.body());

        staff.post("api/offerings/" + oneDay + "/cancellation", Json.createObjectBuilder()
                .add("version", version(staff.get("api/offerings/" + oneDay).expect(200).json())).build()).expect(200);
        staff.post("api/offerings/" + oneDay + "/timetable/layout", layoutJson(room, instructor).build()).expect(409);
    }

    @Test
    void copyingAnOfferingShiftsItsSessionsByAsManyDaysAndRefusesAClashWhole() {
        Centre centre = world.centre();
        Api staff = centre.api();
        long room = world.room(centre, "Hall", "Main", 30);
        String code = Fixtures.unique("COPY").toUpperCase();
        long course = world.course(centre, world.courseJson(world.publishedCurriculum(centre), code));
        LocalDate monday = CourseFixtures.monday();
        long offering = idOf(world.offering(centre, course, monday, monday.plusDays(4), 12));
        session(world.session(centre, offering, sessionJson("Welcome", monday.atTime(9, 0), 2).add("roomId", room)));
        session(world.session(centre, offering, sessionJson("Map reading", monday.plusDays(2).atTime(14, 0), 1)));

        LocalDate next = monday.plusWeeks(1);
        Api.Reply copied = staff.post("api/offerings/" + offering + "/copy", Json.createObjectBuilder()
                .add("startsOn", next.toString()).build()).expect(201);
        JsonObject copy = copied.json();
        assertTrue(copied.header("Location").endsWith("/api/offerings/" + idOf(copy)), copied.header("Location"));
        assertEquals(next.toString(), copy.getString("startsOn"));
        assertEquals(next.plusDays(4).toString(), copy.getString("endsOn"));
        assertEquals(12, copy.getInt("seats"));
        assertEquals("en", copy.getString("language"));
        assertEquals("PLANNED", copy.getString("status"));
        assertEquals(course, copy.getJsonNumber("courseId").longValue());
        JsonArray shifted = staff.get("api/offerings/" + idOf(copy) + "/sessions").expect(200).array();
        assertEquals(List.of("Welcome", "Map reading"), strings(shifted, "title"));
        assertEquals(List.of(next.atTime(9, 0), next.plusDays(2).atTime(14, 0)), strings(shifted, "startsAt")
                .stream().map(LocalDateTime::parse).toList());
        assertEquals(room, shifted.getJsonObject(0).getJsonNumber("roomId").longValue());

        LocalDate later = monday.plusWeeks(2);
        long other = idOf(world.offering(centre, course, later, later, 12));
        session(world.session(centre, other, sessionJson("Range day", later.atTime(10, 0), 2).add("roomId", room)));
        int offerings = staff.get("api/offerings?course=" + code).expect(200).json().getInt("total");
        assertConflict(staff.post("api/offerings/" + offering + "/copy", Json.createObjectBuilder()
                .add("startsOn", later.toString()).build()), "ROOM_DOUBLE_BOOKED");
        assertEquals(offerings, staff.get("api/offerings?course=" + code).expect(200).json().getInt("total"),
                "a refused copy leaves no offering behind");
        assertEquals(List.of("startsOn"), fields(staff.post("api/offerings/" + offering + "/copy",
                Json.createObjectBuilder().build()).expect(400)));
    }

    @Test
    void onlyTheCentresStaffLayOutOrCopyTimetables() {
        Setting setting = setting();
        String layout = "api/offerings/" + setting.offering() + "/timetable/layout";
        String copy = "api/offerings/" + setting.offering() + "/copy";
        JsonObject plan = layoutJson(setting.room(), setting.instructor()).build();
        JsonObject newDay = Json.createObjectBuilder().add("startsOn", CourseFixtures.mondayIn(8).toString()).build();
        Api stranger = world.centre().api();

        stranger.post(layout, plan).expect(404);
        stranger.post(layout + "/apply", Json.createObjectBuilder(plan).add("version", 0).build()).expect(404);
        stranger.post(copy, newDay).expect(404);
        for (Person reader : List.of(setting.trainee(), setting.instructor())) {
            reader.api().post(layout, plan).expect(403);
            reader.api().post(layout + "/apply", Json.createObjectBuilder(plan).add("version", 0).build()).expect(403);
            reader.api().post(copy, newDay).expect(403);
        }
        Api staff = setting.centre().api();
        assertEquals(1, staff.get("api/offerings/" + setting.offering() + "/sessions").expect(200).array().size());
        assertEquals(1, staff.get("api/offerings?course=" + staff.get("api/courses/" + setting.course()).expect(200)
                .json().getString("code")).expect(200).json().getInt("total"));
    }

    // --- a small centre for the tenancy and role tests --------------------------------------

    /** A centre with a room, an instructor, a trainee with a profile, a course, an open offering, a session, a qualification. */
    @Test
    void completingAnOfferingGivesCertificatesThatAnyoneChecksByCodeUntilStaffRevokeThem() throws Exception {
        Setting s = setting();
        // a course aligned to an ITS edition, whose certificate names the edition
        long aligned = world.course(s.centre, world.courseJson(world.publishedCurriculum(s.centre),
                Fixtures.unique("ALN").toUpperCase()).add("frameworkEditionId", world.edition("CPTM-2017")));
        LocalDate monday = CourseFixtures.mondayIn(5);
        long offering = idOf(world.offering(s.centre, aligned, monday, monday.plusDays(4), 10));
        world.open(s.centre, offering);
        Person classmate = world.trainee(s.centre);
        world.enrol(s.centre, offering, s.trainee.id()).expect(201);
        world.enrol(s.centre, offering, classmate.id()).expect(201);
        complete(s.centre, offering, s.trainee.id());

        // the one who passed holds one certificate, the other none; staff see it on the person
        JsonArray mine = s.trainee.api().get("api/certificates").expect(200).array();
        assertEquals(1, mine.size(), mine.toString());
        JsonObject certificate = mine.getJsonObject(0);
        assertEquals(0, classmate.api().get("api/certificates").expect(200).array().size());
        assertEquals(List.of(certificate.getString("code")), strings(s.centre.api()
                .get("api/certificates?personId=" + s.trainee.id()).expect(200).array(), "code"));
        String code = certificate.getString("code");
        assertTrue(code.replace("-", "").matches("[A-Z2-7]{26}"), "128 random bits in Base32: " + code);
        long id = certificate.getJsonNumber("id").longValue();

        // the PDF for the holder, in French if asked; nobody else's to read
        Api.Reply pdf = s.trainee.api().download("api/certificates/" + id + "/pdf?lang=fr").expect(200);
        assertTrue(pdf.header("Content-Type").startsWith("application/pdf"), pdf.header("Content-Type"));
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
        classmate.api().get("api/certificates/" + id).expect(404);
        world.centre().api().get("api/certificates/" + id).expect(404);
        world.centre().api().get("api/certificates?personId=" + s.trainee.id()).expect(404);
        s.centre.api().get("api/certificates/999999999").expect(404);

        // anyone checks the code, typed as they like; an unknown code is not found
        Api anyone = Api.anonymous(base).from("192.0.2." + (1 + (int) (id % 200)));
        JsonObject valid = anyone.get("api/verify/" + code.toLowerCase().replace("-", "%20")).expect(200).json();
        assertEquals("VALID", valid.getString("status"));
        assertEquals("Test " + s.trainee.username(), valid.getString("holderName"));
        assertEquals(Set.of("status", "holderName", "courseTitle", "courseCode", "centreName", "completedOn"),
                valid.keySet(), "nothing more than these");
        anyone.get("api/verify/AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG").expect(404);
        anyone.get("api/verify/not-a-code").expect(404);

        // staff revoke it with a reason; the check says so from then on
        s.centre.api().post("api/certificates/" + id + "/revocation", Json.createObjectBuilder().build()).expect(400);
        s.trainee.api().post("api/certificates/" + id + "/revocation", Json.createObjectBuilder()
                .add("reason", "mine").build()).expect(403);
        JsonObject revoked = s.centre.api().post("api/certificates/" + id + "/revocation", Json.createObjectBuilder()
                .add("reason", "Issued in error: the attendance rule was not met").build()).expect(200).json();
        assertTrue(revoked.getBoolean("revoked"));
        s.centre.api().post("api/certificates/" + id + "/revocation", Json.createObjectBuilder()
                .add("reason", "again").build()).expect(409);
        JsonObject check = anyone.get("api/verify/" + code).expect(200).json();
        assertEquals("REVOKED", check.getString("status"));

        // one address may check thirty codes a minute; the next is refused with when to come back
        Api guesser = Api.anonymous(base).from("198.51.100." + (1 + (int) (id % 200)));
        for (int i = 0; i < 30; i++) {
            guesser.get("api/verify/" + code).expect(200);
        }
        Api.Reply refused = guesser.get("api/verify/" + code).expect(429);
        assertEquals("60", refused.header("Retry-After"));
        assertEquals(200, anyone.get("api/verify/" + code).status(), "other addresses are not held");
    }

    private record Setting(Centre centre, long room, Person instructor, Person trainee, long course, long offering,
                           long session, long qualification) {
    }

    private Setting setting() {
        Centre centre = world.centre();
        Api staff = centre.api();
        long room = world.room(centre, "Briefing room", "Main", 30);
        Person instructor = world.instructor(centre);
        Person trainee = world.trainee(centre);
        staff.put(profilePath(trainee), Json.createObjectBuilder().add("category", "POLICE")
                .add("rankBand", "NON_COMMISSIONED").add("languages", Json.createArrayBuilder().add("en")).build())
                .expect(200);
        long course = world.course(centre);
        LocalDate monday = CourseFixtures.monday();
        long offering = idOf(world.offering(centre, course, monday, monday.plusDays(4), 20));
        long session = idOf(session(world.session(centre, offering, sessionJson("Briefing", monday.atTime(9, 0), 2)
                .add("roomId", room).add("leadInstructorId", instructor.id()))));
        world.open(centre, offering);
        world.enrol(centre, offering, trainee.id()).expect(201);
        long qualification = staff.post("api/qualifications", Json.createObjectBuilder().add("holderId", instructor.id())
                .add("kind", "MASTER_TRAINER").add("courseId", course).add("issuedOn", "2024-01-15")
                .add("expiresOn", LocalDate.now(ZoneOffset.UTC).plusYears(1).toString()).add("evidence", "Certificate 42").build())
                .expect(201).id();
        return new Setting(centre, room, instructor, trainee, course, offering, session, qualification);
    }

    // --- helpers ---------------------------------------------------------------------------

    private void complete(Centre centre, long offering, long... passed) {
        long version = version(centre.api().get("api/offerings/" + offering).expect(200).json());
        JsonObject done = centre.api().post("api/offerings/" + offering + "/completion", completion(version, passed))
                .expect(200).json();
        assertEquals("COMPLETED", done.getString("status"));
    }

    private static JsonObject onlyQualification(Api staff, Person holder) {
        JsonArray held = staff.get("api/qualifications?holderId=" + holder.id()).expect(200).array();
        assertEquals(1, held.size(), held.toString());
        return held.getJsonObject(0);
    }

    /** Runs both at the same moment, as far as two threads can, and returns their statuses in order. */
    private static List<Integer> race(Callable<Integer> first, Callable<Integer> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(first, second));
            return List.of(results.get(0).get(), results.get(1).get());
        } finally {
            pool.shutdown();
        }
    }

    private static Api.Reply assertConflict(Api.Reply reply, String code) {
        reply.expect(409);
        assertEquals(List.of(code), fields(reply), reply.body());
        return reply;
    }

    private static Map<String, VEvent> byUid(ICalendar calendar) {
        return calendar.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e));
    }

    private static String calendar(String scope, long target, LocalDate from, LocalDate to) {
        return "api/calendar?scope=" + scope + "&target=" + target + "&from=" + from + "&to=" + to;
    }

    private static String statusPath(long offering) {
        return "api/offerings/" + offering + "/status";
    }

    private static String profilePath(Person person) {
        return "api/people/" + person.id() + "/profile";
    }

    private static JsonObject status(String status, long version) {
        return Json.createObjectBuilder().add("status", status).add("version", version).build();
    }

    private static JsonObject completion(long version, long... passed) {
        var ids = Json.createArrayBuilder();
        for (long id : passed) {
            ids.add(id);
        }
        return Json.createObjectBuilder().add("version", version).add("passedTraineeIds", ids).build();
    }

    private static JsonObject moveJson(long version, LocalDateTime start, LocalDateTime end) {
        return Json.createObjectBuilder().add("version", version).add("startsAt", start.toString())
                .add("endsAt", end.toString()).build();
    }

    private static JsonObject feedJson(String scope, long target) {
        return Json.createObjectBuilder().add("scope", scope).add("targetId", target).build();
    }

    /** A session of one hour teaching a module or lesson, with no title of its own. */
    private static JsonObjectBuilder lessonSession(long nodeId, LocalDateTime start) {
        return Json.createObjectBuilder().add("lessonId", nodeId).add("startsAt", start.toString())
                .add("endsAt", start.plusHours(1).toString());
    }

    /** The id of the node with {@code code} in a version's tree, as the API lists it. */
    private static long nodeId(JsonArray tree, String code) {
        return tree.getValuesAs(JsonObject.class).stream().filter(node -> code.equals(node.getString("code", null)))
                .findFirst().orElseThrow(() -> new AssertionError("no node " + code + " in " + tree))
                .getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder layoutJson(long room, Person leadInstructor) {
        return Json.createObjectBuilder().add("roomId", room).add("leadInstructorId", leadInstructor.id());
    }

    /** Someone of the centre who is not an instructor. */
    private Person staffOf(Centre centre) {
        return world.staff(centre);
    }

    private static JsonObject session(Api.Reply saved) {
        return saved.expect(201).json().getJsonObject("session");
    }

    private static long idOf(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject object) {
        return object.getJsonNumber("version").longValue();
    }

    private static List<String> fields(Api.Reply problem) {
        return problem.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .map(error -> error.getString("field")).toList();
    }

    private static List<String> strings(JsonArray objects, String name) {
        return objects.getValuesAs(JsonObject.class).stream().map(o -> o.getString(name)).toList();
    }

    private static List<String> titles(Api.Reply entries) {
        return strings(entries.expect(200).array(), "title");
    }

    // --- curricula and ITS frameworks ---------------------------------------------------------

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
        try (InputStream in = CourseApiIT.class.getResourceAsStream("/case/" + sample)) {
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
