package org.peaceops.cadre.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Course-slice test data made through the real API, for API and browser tests
 * alike: a centre with its staff, instructors, trainees and rooms, a published
 * curriculum, courses, offerings and sessions. Every name is unique, so tests
 * never depend on each other or on an empty database; everything but centres
 * and accounts (the administrator's) is made by the centre's own staff, as in
 * real use.
 *
 * <pre>
 * CourseFixtures world = new CourseFixtures(base, fixtures);
 * CourseFixtures.Centre centre = world.centre();
 * long course = world.course(centre, world.courseJson(world.publishedCurriculum(centre), "STM-1"));
 * LocalDate monday = CourseFixtures.monday();
 * long offering = world.offering(centre, course, monday, monday.plusDays(11), 20).getJsonNumber("id").longValue();
 * world.session(centre, offering, CourseFixtures.sessionJson("Welcome", monday.atTime(9, 0), 2)).expect(201);
 * </pre>
 */
public final class CourseFixtures {

    /** The zone of every centre made here unless another is asked for: UTC+3 all year, no daylight saving. */
    public static final String NAIROBI = "Africa/Nairobi";

    private final URL base;
    private final Fixtures fixtures;
    private final Api admin;

    public CourseFixtures(URL base, Fixtures fixtures) {
        this.base = base;
        this.fixtures = fixtures;
        this.admin = fixtures.admin();
    }

    /** A training centre and one staff member of it, signed in. */
    public record Centre(long id, String name, String timeZone, Person staff) {

        /** The staff member's client. */
        public Api api() {
            return staff.api();
        }
    }

    /** An account: its id, its username and a client signed in with it (password {@link Fixtures#PASSWORD}). */
    public record Person(long id, String username, Api api) {
    }

    /** A published curriculum: courses name it by curriculum id and version number; {@code lessonIds} in tree order. */
    public record Curriculum(long id, int versionNumber, List<Long> lessonIds) {
    }

    /** A new centre in Nairobi's zone with one staff member. */
    public Centre centre() {
        return centre(NAIROBI);
    }

    public Centre centre(String timeZone) {
        String name = Fixtures.unique("Centre");
        long id = admin.post("api/centres", Fixtures.centreJson(name).add("timeZone", timeZone).build())
                .expect(201).id();
        return new Centre(id, name, timeZone, person(id, "CENTRE_STAFF"));
    }

    /** A new account of the centre with the roles given (e.g. TRAINEE and INSTRUCTOR for a future master trainer). */
    public Person person(long centreId, String... roles) {
        String username = Fixtures.unique(roles[0].toLowerCase().replace('_', '-'));
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        for (String role : roles) {
            roleArray.add(role);
        }
        JsonObject account = Json.createObjectBuilder(Fixtures.accountJson(username, roles[0], centreId).build())
                .add("roles", roleArray).build();
        long id = admin.post("api/accounts", account).expect(201).id();
        return new Person(id, username, Api.as(base, username, Fixtures.PASSWORD));
    }

    public Person staff(Centre centre) {
        return person(centre.id(), "CENTRE_STAFF");
    }

    public Person instructor(Centre centre) {
        return person(centre.id(), "INSTRUCTOR");
    }

    public Person trainee(Centre centre) {
        return person(centre.id(), "TRAINEE");
    }

    /** A client signed in as the same person, asking for answers in another language. */
    public Api as(Person person, String languageTag) {
        return Api.as(base, person.username(), Fixtures.PASSWORD).inLanguage(languageTag);
    }

    /** A room added by the centre's staff. */
    public long room(Centre centre, String name, String building, int capacity) {
        JsonObjectBuilder room = Json.createObjectBuilder().add("name", name).add("capacity", capacity);
        if (building != null) {
            room.add("building", building);
        }
        return centre.api().post("api/rooms", room.build()).expect(201).id();
    }

    /** The id of a shipped ITS framework edition, e.g. CPTM-2017. */
    public long edition(String code) {
        return admin.get("api/frameworks?code=" + code).expect(200).items().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    /** A curriculum of one module and two lessons, still a draft (version 1). */
    public Curriculum draftCurriculum(Centre centre) {
        Api staff = centre.api();
        long id = staff.post("api/curricula", Json.createObjectBuilder().add("title", Fixtures.unique("Curriculum"))
                .add("audience", "Military, individual").add("languages", Json.createArrayBuilder().add("en").add("fr"))
                .build()).expect(201).id();
        String nodes = "api/curricula/" + id + "/draft/nodes";
        long module = staff.post(nodes, Json.createObjectBuilder().add("kind", "MODULE").add("code", "1")
                .add("title", "Foundations").build()).expect(201).id();
        long first = staff.post(nodes, lesson(module, "1.1", "The UN and peacekeeping")).expect(201).id();
        long second = staff.post(nodes, lesson(module, "1.2", "Protection of civilians")).expect(201).id();
        return new Curriculum(id, 1, List.of(first, second));
    }

    /** A curriculum as {@link #draftCurriculum}, published as version 1. */
    public Curriculum publishedCurriculum(Centre centre) {
        Curriculum draft = draftCurriculum(centre);
        centre.api().post("api/curricula/" + draft.id() + "/publish", "").expect(200);
        return draft;
    }

    /**
     * A course body on the curriculum: unique title, 10 days, English and
     * French, 1 to 20 seats, individual pre-deployment type; change what the
     * test needs (type, frameworkEditionId, prerequisites…) before posting.
     */
    public JsonObjectBuilder courseJson(Curriculum curriculum, String code) {
        return Json.createObjectBuilder().add("code", code).add("title", Fixtures.unique("Course " + code))
                .add("type", "INDIVIDUAL_PREDEPLOYMENT").add("curriculumId", curriculum.id())
                .add("curriculumVersionNumber", curriculum.versionNumber()).add("defaultDays", 10)
                .add("languages", Json.createArrayBuilder().add("en").add("fr"))
                .add("minSeats", 1).add("maxSeats", 20);
    }

    /** Posts a course as the centre's staff; returns its id. */
    public long course(Centre centre, JsonObjectBuilder course) {
        return centre.api().post("api/courses", course.build()).expect(201).id();
    }

    /** A plain course of a fresh published curriculum, with a unique code. */
    public long course(Centre centre) {
        return course(centre, courseJson(publishedCurriculum(centre), Fixtures.unique("C").toUpperCase()));
    }

    public static JsonObjectBuilder offeringJson(long courseId, LocalDate startsOn, LocalDate endsOn, int seats) {
        return Json.createObjectBuilder().add("courseId", courseId).add("startsOn", startsOn.toString())
                .add("endsOn", endsOn.toString()).add("language", "en").add("seats", seats);
    }

    /** A planned offering taught in English; returns it as the API answered. */
    public JsonObject offering(Centre centre, long courseId, LocalDate startsOn, LocalDate endsOn, int seats) {
        return centre.api().post("api/offerings", offeringJson(courseId, startsOn, endsOn, seats).build())
                .expect(201).json();
    }

    /** Moves a planned offering on to OPEN (enrolment), reading its version first. */
    public JsonObject open(Centre centre, long offeringId) {
        return advance(centre, offeringId, "OPEN");
    }

    public JsonObject advance(Centre centre, long offeringId, String status) {
        long version = centre.api().get("api/offerings/" + offeringId).expect(200).json()
                .getJsonNumber("version").longValue();
        return centre.api().post("api/offerings/" + offeringId + "/status", Json.createObjectBuilder()
                .add("status", status).add("version", version).build()).expect(200).json();
    }

    /** Enrols a trainee as the centre's staff. */
    public Api.Reply enrol(Centre centre, long offeringId, long traineeId) {
        return centre.api().post("api/offerings/" + offeringId + "/enrolments",
                Json.createObjectBuilder().add("traineeId", traineeId).build());
    }

    /** A Kenyan cohort of the centre preparing for UNIFIL, leaving in four months; returns its id. */
    public long cohort(Centre centre, String contingentName, int rotation) {
        long mission = admin.get("api/missions?code=UNIFIL").expect(200).items().getJsonObject(0)
                .getJsonNumber("id").longValue();
        return centre.api().post("api/cohorts", Json.createObjectBuilder().add("country", "KE")
                .add("contingentName", contingentName).add("contingentType", "INFANTRY_BATTALION")
                .add("missionId", mission).add("rotation", rotation)
                .add("deploysOn", LocalDate.now().plusMonths(4).toString()).add("workingLanguage", "en").build())
                .expect(201).id();
    }

    /** A session body: title and local start, lasting {@code hours}; add roomId, leadInstructorId as needed. */
    public static JsonObjectBuilder sessionJson(String title, LocalDateTime start, int hours) {
        return sessionJson(title, start, start.plusHours(hours));
    }

    public static JsonObjectBuilder sessionJson(String title, LocalDateTime start, LocalDateTime end) {
        return Json.createObjectBuilder().add("title", title).add("startsAt", start.toString())
                .add("endsAt", end.toString());
    }

    /** Posts a session to the offering as the centre's staff; the reply carries {@code session} and {@code warnings}. */
    public Api.Reply session(Centre centre, long offeringId, JsonObjectBuilder session) {
        return centre.api().post("api/offerings/" + offeringId + "/sessions", session.build());
    }

    /** The first Monday at least {@code weeks} weeks ahead (UTC today): dates far enough ahead for any rule. */
    public static LocalDate mondayIn(int weeks) {
        return LocalDate.now(ZoneOffset.UTC).plusWeeks(weeks).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /** The Monday three weeks ahead or a little more. */
    public static LocalDate monday() {
        return mondayIn(3);
    }

    private static JsonObject lesson(long module, String code, String title) {
        return Json.createObjectBuilder().add("kind", "LESSON").add("parentId", module).add("code", code)
                .add("title", title).add("minutes", 90).add("deliveryMethod", "LECTURE").build();
    }

    /** The fixtures this builds on. */
    public Fixtures fixtures() {
        return fixtures;
    }
}
