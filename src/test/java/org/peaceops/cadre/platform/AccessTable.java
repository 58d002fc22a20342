package org.peaceops.cadre.platform;

import static org.peaceops.cadre.testing.CourseFixtures.sessionJson;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peaceops.cadre.testing.Api;
import org.peaceops.cadre.testing.CasePackages;
import org.peaceops.cadre.testing.CourseFixtures;
import org.peaceops.cadre.testing.CourseFixtures.Centre;
import org.peaceops.cadre.testing.CourseFixtures.Person;
import org.peaceops.cadre.testing.Fixtures;

/**
 * Who may call what: for every endpoint of the REST API (method and path
 * template as the OpenAPI document names them), the status a trainee, an
 * instructor, an assessor and an anonymous caller get, tried on real records
 * of one centre. The trainee is enrolled on the offering; the instructor
 * teaches its session and holds the qualification; the assessor has nothing
 * to assess yet. Writes they may not make answer 403 before anything changes.
 *
 * <p>An endpoint missing here fails the test: a new endpoint needs its rule.
 */
final class AccessTable {

    static final int OK = 200;
    static final int CREATED = 201;
    static final int SIGN_IN = 401;
    static final int DENIED = 403;
    static final int UNKNOWN = 404;
    /** Allowed, but not now: the record's state refuses it (a roll call before the session's day). */
    static final int NOT_YET = 409;

    private AccessTable() {
    }

    /** Who calls. */
    enum Caller { TRAINEE, INSTRUCTOR, ASSESSOR, ANONYMOUS }

    /** One request on the world, made by the client given. */
    @FunctionalInterface
    interface Call {
        Api.Reply on(World world, Api client);
    }

    /** The expected status of one endpoint per caller, and how to call it. */
    record Rule(String endpoint, int trainee, int instructor, int assessor, int anonymous, Call call) {

        int expected(Caller caller) {
            return switch (caller) {
                case TRAINEE -> trainee;
                case INSTRUCTOR -> instructor;
                case ASSESSOR -> assessor;
                case ANONYMOUS -> anonymous;
            };
        }
    }

    private static Rule rule(String endpoint, int trainee, int instructor, int assessor, int anonymous, Call call) {
        return new Rule(endpoint, trainee, instructor, assessor, anonymous, call);
    }

    /** The rules by endpoint ("METHOD /path/{param}"). */
    static Map<String, Rule> rules() {
        return List.of(
                // --- accounts and audit: administrators only, but everyone reads their own account
                rule("GET /api/accounts", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.get("api/accounts")),
                rule("POST /api/accounts", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.post("api/accounts",
                        Fixtures.accountJson(Fixtures.unique("intruder"), "CENTRE_STAFF", w.centre.id()).build())),
                rule("GET /api/accounts/me", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/accounts/me")),
                rule("GET /api/accounts/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.get("api/accounts/" + w.otherTrainee.id())),
                rule("PUT /api/accounts/{id}", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.put(
                        "api/accounts/" + w.otherTrainee.id(), w.asAdmin("api/accounts/" + w.otherTrainee.id()))),
                rule("DELETE /api/accounts/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.delete("api/accounts/" + w.otherTrainee.id())),
                rule("DELETE /api/accounts/{id}/sign-in-holds", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.delete("api/accounts/" + w.otherTrainee.id() + "/sign-in-holds")),
                rule("GET /api/audit", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.get("api/audit")),
                rule("GET /api/jobs/{id}", UNKNOWN, UNKNOWN, UNKNOWN, SIGN_IN, (w, c) -> c.get("api/jobs/" + w.job)),

                // --- reference data: every signed-in user reads it, administrators keep it
                rule("GET /api/centres", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/centres")),
                rule("POST /api/centres", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post("api/centres", Fixtures.centreJson(Fixtures.unique("Centre")).build())),
                rule("GET /api/centres/{id}", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/centres/" + w.centre.id())),
                rule("PUT /api/centres/{id}", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.put(
                        "api/centres/" + w.centre.id(), w.asAdmin("api/centres/" + w.centre.id()))),
                rule("DELETE /api/centres/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.delete("api/centres/" + w.centre.id())),
                rule("GET /api/missions", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/missions")),
                rule("POST /api/missions", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.post("api/missions",
                        Json.createObjectBuilder(w.asAdmin("api/missions/" + w.mission)).remove("id")
                                .add("code", "TEST-" + Fixtures.unique("M").substring(2, 8).toUpperCase()).build())),
                rule("GET /api/missions/{id}", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/missions/" + w.mission)),
                rule("PUT /api/missions/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put("api/missions/" + w.mission, w.asAdmin("api/missions/" + w.mission))),
                rule("DELETE /api/missions/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.delete("api/missions/" + w.mission)),
                rule("GET /api/reference/countries", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/reference/countries")),
                rule("GET /api/reference/languages", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/reference/languages")),
                rule("GET /api/reference/time-zones", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/reference/time-zones")),

                // --- ITS frameworks: UN standards every signed-in user may read
                rule("GET /api/frameworks", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/frameworks")),
                rule("GET /api/frameworks/{id}", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/frameworks/" + w.edition)),
                rule("PUT /api/frameworks/{id}", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.put(
                        "api/frameworks/" + w.edition, w.asAdmin("api/frameworks/" + w.edition))),
                rule("GET /api/frameworks/{id}/case", OK, OK, OK, SIGN_IN,
                        (w, c) -> c.get("api/frameworks/" + w.edition + "/case")),
                rule("GET /api/frameworks/{id}/items", OK, OK, OK, SIGN_IN,
                        (w, c) -> c.get("api/frameworks/" + w.edition + "/items")),
                rule("GET /api/frameworks/{id}/tree", OK, OK, OK, SIGN_IN,
                        (w, c) -> c.get("api/frameworks/" + w.edition + "/tree")),
                rule("GET /api/frameworks/{id}/successions", OK, OK, OK, SIGN_IN,
                        (w, c) -> c.get("api/frameworks/" + w.edition + "/successions")),
                rule("POST /api/frameworks/case", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.post(
                        "api/frameworks/case", CasePackages.framework(Fixtures.unique("Rogue"), 1, 1, 1))),
                rule("POST /api/frameworks/successions", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.post(
                        "api/frameworks/successions", Json.createObjectBuilder().add("fromItemId", w.items.get(0))
                                .add("toItemId", w.items.get(1)).add("relation", "REPLACED_BY").build())),

                // --- the centre's rooms, curricula and courses: its staff and instructors
                rule("GET /api/rooms", DENIED, OK, DENIED, SIGN_IN, (w, c) -> c.get("api/rooms")),
                rule("POST /api/rooms", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.post("api/rooms",
                        Json.createObjectBuilder().add("name", Fixtures.unique("Room")).add("capacity", 5).build())),
                rule("GET /api/rooms/{id}", DENIED, OK, DENIED, SIGN_IN, (w, c) -> c.get("api/rooms/" + w.room)),
                rule("PUT /api/rooms/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put("api/rooms/" + w.room, w.asStaff("api/rooms/" + w.room))),
                rule("DELETE /api/rooms/{id}", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.delete("api/rooms/" + w.room)),
                rule("GET /api/curricula", DENIED, OK, DENIED, SIGN_IN, (w, c) -> c.get("api/curricula")),
                rule("POST /api/curricula", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.post("api/curricula",
                        Json.createObjectBuilder(w.asStaff(w.curriculumPath())).remove("id")
                                .add("title", Fixtures.unique("Curriculum")).build())),
                rule("GET /api/curricula/{id}", DENIED, OK, DENIED, SIGN_IN, (w, c) -> c.get(w.curriculumPath())),
                rule("PUT /api/curricula/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.curriculumPath(), w.asStaff(w.curriculumPath()))),
                rule("GET /api/curricula/{id}/diff", DENIED, OK, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.curriculumPath() + "/diff?from=1&to=2")),
                rule("POST /api/curricula/{id}/publish", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.curriculumPath() + "/publish", "")),
                rule("POST /api/curricula/{id}/drafts", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.curriculumPath() + "/drafts", "")),
                rule("GET /api/curricula/{id}/versions", DENIED, OK, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.curriculumPath() + "/versions")),
                rule("GET /api/curricula/{id}/versions/{number}/nodes", DENIED, OK, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.curriculumPath() + "/versions/1/nodes")),
                rule("GET /api/curricula/{id}/versions/{number}/alignment", DENIED, OK, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.curriculumPath() + "/versions/1/alignment?edition=" + w.edition)),
                rule("GET /api/curricula/{id}/versions/{number}/alignment.csv", DENIED, OK, DENIED, SIGN_IN,
                        (w, c) -> c.download(w.curriculumPath() + "/versions/1/alignment.csv?edition=" + w.edition)),
                rule("GET /api/curricula/{id}/versions/{number}/alignment.pdf", DENIED, OK, DENIED, SIGN_IN,
                        (w, c) -> c.download(w.curriculumPath() + "/versions/1/alignment.pdf?edition=" + w.edition)),
                rule("POST /api/curricula/{id}/draft/nodes", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.curriculumPath() + "/draft/nodes", Json.createObjectBuilder()
                                .add("kind", "MODULE").add("code", "9").add("title", "Smuggled").build())),
                rule("PUT /api/curricula/{id}/draft/nodes/{nodeId}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.draftNodePath(), w.draftNode)),
                rule("DELETE /api/curricula/{id}/draft/nodes/{nodeId}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.delete(w.draftNodePath())),
                rule("POST /api/curricula/{id}/draft/nodes/{nodeId}/move", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.draftNodePath() + "/move", Json.createObjectBuilder().add("position", 1).build())),
                rule("PUT /api/curricula/{id}/draft/nodes/{nodeId}/mappings", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.draftNodePath() + "/mappings", Json.createArrayBuilder().add(Json
                                .createObjectBuilder().add("itemId", w.items.get(0)).add("strength", "FULL")).build())),
                rule("GET /api/courses", DENIED, OK, DENIED, SIGN_IN, (w, c) -> c.get("api/courses")),
                rule("POST /api/courses", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.post("api/courses",
                        Json.createObjectBuilder(w.asStaff(w.coursePath())).remove("id")
                                .add("code", Fixtures.unique("X").toUpperCase()).build())),
                rule("GET /api/courses/{id}", DENIED, OK, DENIED, SIGN_IN, (w, c) -> c.get(w.coursePath())),
                rule("PUT /api/courses/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.coursePath(), w.asStaff(w.coursePath()))),
                rule("DELETE /api/courses/{id}", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.delete(w.coursePath())),

                // --- offerings and their timetable: staff and instructors; a trainee only the offering they are on
                rule("GET /api/offerings", OK, OK, DENIED, SIGN_IN, (w, c) -> c.get("api/offerings")),
                rule("POST /api/offerings", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.post("api/offerings",
                        CourseFixtures.offeringJson(w.course, w.monday, w.monday.plusDays(4), 5).build())),
                rule("GET /api/offerings/{id}", OK, OK, DENIED, SIGN_IN, (w, c) -> c.get(w.offeringPath())),
                rule("PUT /api/offerings/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.offeringPath(), w.asStaff(w.offeringPath()))),
                rule("POST /api/offerings/{id}/status", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.offeringPath() + "/status", Json.createObjectBuilder()
                                .add("status", "RUNNING").add("version", w.version(w.offeringPath())).build())),
                rule("POST /api/offerings/{id}/cancellation", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.offeringPath() + "/cancellation", w.versionOf(w.offeringPath()))),
                rule("POST /api/offerings/{id}/completion", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.offeringPath() + "/completion", w.versionOf(w.offeringPath()))),
                rule("GET /api/offerings/{id}/sessions", OK, OK, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.offeringPath() + "/sessions")),
                rule("POST /api/offerings/{id}/sessions", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.offeringPath() + "/sessions", w.newSession())),
                rule("POST /api/offerings/{id}/sessions/check", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.offeringPath() + "/sessions/check", w.newSession())),
                rule("POST /api/offerings/{id}/timetable/layout", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.offeringPath() + "/timetable/layout", w.layout(null))),
                rule("POST /api/offerings/{id}/timetable/layout/apply", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.offeringPath() + "/timetable/layout/apply", w.layout(w.version(w.offeringPath())))),
                rule("POST /api/offerings/{id}/copy", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.offeringPath() + "/copy", Json.createObjectBuilder()
                                .add("startsOn", w.monday.plusWeeks(6).toString()).build())),
                rule("GET /api/offerings/{id}/enrolments", OK, OK, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.offeringPath() + "/enrolments")),
                rule("POST /api/offerings/{id}/enrolments", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.offeringPath() + "/enrolments", Json.createObjectBuilder()
                                .add("traineeId", w.otherTrainee.id()).build())),
                rule("DELETE /api/offerings/{id}/enrolments/{traineeId}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.delete(w.offeringPath() + "/enrolments/" + w.otherTrainee.id())),
                rule("GET /api/offerings/{id}/eligibility/{traineeId}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.offeringPath() + "/eligibility/" + w.trainee.id())),
                rule("GET /api/sessions/{id}", OK, OK, DENIED, SIGN_IN, (w, c) -> c.get(w.sessionPath())),
                rule("PUT /api/sessions/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.sessionPath(), w.asStaff(w.sessionPath()))),
                rule("POST /api/sessions/{id}/move", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.sessionPath() + "/move", Json.createObjectBuilder()
                                .add("version", w.version(w.sessionPath()))
                                .add("startsAt", w.monday.atTime(14, 0).toString())
                                .add("endsAt", w.monday.atTime(15, 0).toString()).build())),
                rule("DELETE /api/sessions/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.delete(w.sessionPath() + "?version=" + w.version(w.sessionPath()))),

                // --- certificates: the holder and their centre's staff; anyone checks a code
                rule("GET /api/certificates", OK, DENIED, DENIED, SIGN_IN, (w, c) -> c.get("api/certificates")),
                rule("GET /api/certificates/{id}", OK, UNKNOWN, UNKNOWN, SIGN_IN,
                        (w, c) -> c.get("api/certificates/" + w.certificate)),
                rule("GET /api/certificates/{id}/pdf", OK, UNKNOWN, UNKNOWN, SIGN_IN,
                        (w, c) -> c.download("api/certificates/" + w.certificate + "/pdf")),
                rule("POST /api/certificates/{id}/revocation", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post("api/certificates/" + w.certificate + "/revocation",
                                Json.createObjectBuilder().add("reason", "test").build())),
                rule("GET /api/verify/{code}", OK, OK, OK, OK, (w, c) -> c.get("api/verify/" + w.certificateCode)),
                rule("GET /api/my/progress", OK, DENIED, DENIED, SIGN_IN, (w, c) -> c.get("api/my/progress")),

                // --- roll calls: the session's instructor (whose session, three weeks ahead, is not open yet: 409)
                rule("GET /api/sessions/{sessionId}/attendance", DENIED, OK, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.sessionPath() + "/attendance")),
                rule("GET /api/sessions/{sessionId}/attendance/counts", DENIED, OK, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.sessionPath() + "/attendance/counts")),
                rule("PUT /api/sessions/{sessionId}/attendance", DENIED, NOT_YET, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.sessionPath() + "/attendance", Json.createObjectBuilder()
                                .add("marks", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("personId", w.trainee.id()).add("mark", "ABSENT"))).build())),
                rule("POST /api/sessions/{sessionId}/attendance/present", DENIED, NOT_YET, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.sessionPath() + "/attendance/present", Json.createObjectBuilder().build())),
                rule("GET /api/calendar", DENIED, OK, DENIED, SIGN_IN, (w, c) -> c.get("api/calendar?scope=CENTRE&target="
                        + w.centre.id() + "&from=" + w.monday + "&to=" + w.monday.plusDays(6))),

                // --- people's own records: qualifications, profiles; staff see everyone's
                rule("GET /api/instructors", DENIED, OK, DENIED, SIGN_IN, (w, c) -> c.get("api/instructors")),
                rule("GET /api/qualifications", DENIED, OK, DENIED, SIGN_IN,
                        (w, c) -> c.get("api/qualifications?holderId=" + w.instructor.id())),
                rule("POST /api/qualifications", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.post("api/qualifications",
                        Json.createObjectBuilder(w.asStaff(w.qualificationPath())).remove("id").build())),
                rule("GET /api/qualifications/expiring", DENIED, OK, DENIED, SIGN_IN,
                        (w, c) -> c.get("api/qualifications/expiring")),
                rule("GET /api/qualifications/{id}", DENIED, OK, DENIED, SIGN_IN, (w, c) -> c.get(w.qualificationPath())),
                rule("PUT /api/qualifications/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.qualificationPath(), w.asStaff(w.qualificationPath()))),
                rule("DELETE /api/qualifications/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.delete(w.qualificationPath())),
                rule("GET /api/people", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.get("api/people")),
                rule("POST /api/people", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.post("api/people",
                        Json.createObjectBuilder().add("familyName", "Mensah").add("category", "CIVILIAN").build())),
                rule("GET /api/people/{id}", OK, DENIED, DENIED, SIGN_IN, (w, c) -> c.get(w.personPath())),
                rule("PUT /api/people/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.personPath(), w.asStaff(w.personPath()))),
                rule("POST /api/people/{id}/account", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.post(
                        w.personPath() + "/account", Json.createObjectBuilder().add("username", "not.opened")
                                .add("password", "long-enough-password").add("role", "TRAINEE").build())),
                rule("GET /api/people/{id}/profile", OK, DENIED, DENIED, SIGN_IN, (w, c) -> c.get(w.profilePath())),
                rule("PUT /api/people/{id}/profile", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.profilePath(), w.asStaff(w.profilePath()))),

                // --- cohorts are their centre's staff's alone
                rule("GET /api/cohorts", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.get("api/cohorts")),
                rule("POST /api/cohorts", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.post("api/cohorts",
                        Json.createObjectBuilder(w.asStaff(w.cohortPath())).remove("id").add("rotation", 2).build())),
                rule("GET /api/cohorts/{id}", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.get(w.cohortPath())),
                rule("PUT /api/cohorts/{id}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.cohortPath(), w.asStaff(w.cohortPath()))),
                rule("DELETE /api/cohorts/{id}", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.delete(w.cohortPath())),
                rule("GET /api/cohorts/{id}/members", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.cohortPath() + "/members")),
                rule("POST /api/cohorts/{id}/members", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.cohortPath() + "/members", Json.createObjectBuilder()
                                .add("personId", w.otherTrainee.id()).build())),
                rule("PUT /api/cohorts/{id}/members/{personId}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.memberPath(), Json.createObjectBuilder().add("role", "COMMANDER").build())),
                rule("DELETE /api/cohorts/{id}/members/{personId}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.delete(w.memberPath())),
                rule("POST /api/cohorts/{id}/enrolments", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.post(w.cohortPath() + "/enrolments", Json.createObjectBuilder()
                                .add("offeringId", w.offering).build())),
                rule("GET /api/readiness", DENIED, DENIED, DENIED, SIGN_IN, (w, c) -> c.get("api/readiness")),
                rule("GET /api/cohorts/{id}/readiness", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.cohortPath() + "/readiness")),
                rule("GET /api/cohorts/{id}/readiness/workbook", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.download(w.cohortPath() + "/readiness/workbook")),
                rule("GET /api/cohorts/{id}/readiness/risks", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.cohortPath() + "/readiness/risks")),
                rule("POST /api/cohorts/{id}/roster-imports", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.upload(w.cohortPath() + "/roster-imports", "text/csv", w.roster())),
                rule("GET /api/cohorts/{id}/roster-imports", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.cohortPath() + "/roster-imports")),
                rule("GET /api/cohorts/{id}/roster-imports/{importId}", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.importPath())),
                rule("GET /api/cohorts/{id}/roster-imports/{importId}/problems.csv", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.download(w.importPath() + "/problems.csv")),
                rule("GET /api/roster-template", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.download("api/roster-template?format=csv")),
                rule("GET /api/offerings/{id}/quotas", DENIED, OK, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.offeringPath() + "/quotas")),
                rule("PUT /api/offerings/{id}/quotas", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.offeringPath() + "/quotas", Json.createArrayBuilder().build())),
                rule("GET /api/cohorts/{id}/plan", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.get(w.cohortPath() + "/plan")),
                rule("PUT /api/cohorts/{id}/plan", DENIED, DENIED, DENIED, SIGN_IN,
                        (w, c) -> c.put(w.cohortPath() + "/plan", Json.createArrayBuilder().build())),

                // --- each person's own notices and calendar links; a link's feed needs no sign-in
                rule("GET /api/notices", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/notices")),
                rule("GET /api/notices/unread-count", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/notices/unread-count")),
                rule("POST /api/notices/{id}/read", OK, UNKNOWN, UNKNOWN, SIGN_IN,
                        (w, c) -> c.post("api/notices/" + w.notice + "/read", "")),
                rule("POST /api/notices/read-all", OK, OK, OK, SIGN_IN, (w, c) -> c.post("api/notices/read-all", "")),
                rule("GET /api/feeds", OK, OK, OK, SIGN_IN, (w, c) -> c.get("api/feeds")),
                rule("POST /api/feeds", DENIED, CREATED, DENIED, SIGN_IN, (w, c) -> c.post("api/feeds",
                        Json.createObjectBuilder().add("scope", "CENTRE").add("targetId", w.centre.id()).build())),
                rule("DELETE /api/feeds/{id}", UNKNOWN, UNKNOWN, UNKNOWN, SIGN_IN,
                        (w, c) -> c.delete("api/feeds/" + w.feed)),
                rule("GET /api/feeds/{token}.ics", OK, OK, OK, OK, (w, c) -> c.download(w.feedPath))
        ).stream().collect(Collectors.toMap(Rule::endpoint, Function.identity()));
    }

    /**
     * One centre with a staff member, a trainee enrolled on an open offering
     * (and told of a cancelled one), another trainee on it, an instructor who
     * teaches its session and holds a qualification, an assessor; a room, a
     * course on a curriculum with a published version and a draft, a calendar
     * link of the staff member, and a framework import the administrator started.
     */
    static final class World {

        final Centre centre;
        final Person trainee;
        final Person otherTrainee;
        final Person instructor;
        final Person assessor;
        final LocalDate monday = CourseFixtures.monday();
        final long room;
        final long curriculum;
        final JsonObject draftNode;
        final long course;
        final long offering;
        final long session;
        final long qualification;
        final long notice;
        final long feed;
        final String feedPath;
        final long edition;
        final List<Long> items;
        final long mission;
        final long job;
        final long cohort;
        final long rosterImport;
        final long certificate;
        final String certificateCode;
        private final Api admin;

        World(URL base, Fixtures fixtures) {
            CourseFixtures world = new CourseFixtures(base, fixtures);
            admin = fixtures.admin();
            centre = world.centre();
            Api staff = centre.api();
            trainee = world.trainee(centre);
            otherTrainee = world.trainee(centre);
            instructor = world.instructor(centre);
            assessor = world.person(centre.id(), "ASSESSOR");
            room = world.room(centre, "Briefing room", "Main", 30);
            staff.put(profilePath(), Json.createObjectBuilder().add("category", "POLICE")
                    .add("rankBand", "NON_COMMISSIONED").add("languages", Json.createArrayBuilder().add("en")).build())
                    .expect(200);

            CourseFixtures.Curriculum published = world.publishedCurriculum(centre);
            curriculum = published.id();
            staff.post(curriculumPath() + "/drafts", "").expect(201);
            draftNode = staff.get(curriculumPath() + "/versions/2/nodes").expect(200).array().getJsonObject(0);
            course = world.course(centre, world.courseJson(published, Fixtures.unique("ACC").toUpperCase()));

            offering = id(world.offering(centre, course, monday, monday.plusDays(4), 20));
            session = id(world.session(centre, offering, sessionJson("Briefing", monday.atTime(9, 0), 2)
                    .add("roomId", room).add("leadInstructorId", instructor.id())).expect(201).json()
                    .getJsonObject("session"));
            world.open(centre, offering);
            world.enrol(centre, offering, trainee.id()).expect(201);
            world.enrol(centre, offering, otherTrainee.id()).expect(201);
            qualification = staff.post("api/qualifications", Json.createObjectBuilder().add("holderId", instructor.id())
                    .add("kind", "MASTER_TRAINER").add("courseId", course).add("issuedOn", "2024-01-15")
                    .add("expiresOn", monday.plusDays(30).toString()).add("evidence", "Certificate 42").build())
                    .expect(201).id();

            long cancelled = id(world.offering(centre, course, monday.plusWeeks(3), monday.plusWeeks(3).plusDays(4), 5));
            world.open(centre, cancelled);
            world.enrol(centre, cancelled, trainee.id()).expect(201);
            staff.post("api/offerings/" + cancelled + "/cancellation", versionOf("api/offerings/" + cancelled))
                    .expect(200);
            notice = trainee.api().get("api/notices").expect(200).items().getJsonObject(0).getJsonNumber("id")
                    .longValue();

            JsonObject link = staff.post("api/feeds", Json.createObjectBuilder().add("scope", "CENTRE")
                    .add("targetId", centre.id()).build()).expect(201).json();
            feed = id(link);
            feedPath = link.getString("url").replaceFirst("^https?://[^/]+/", "");

            edition = world.edition("CPTM-2017");
            items = admin.get("api/frameworks/" + edition + "/items?limit=2").expect(200).items()
                    .getValuesAs(JsonObject.class).stream().map(World::id).toList();
            mission = id(admin.get("api/missions?code=UNIFIL").expect(200).items().getJsonObject(0));
            String jobPath = fixtures.startImport(CasePackages.framework(Fixtures.unique("Framework"), 1, 1, 1)
                    .toString());
            job = Long.parseLong(jobPath.substring(jobPath.lastIndexOf('/') + 1));

            cohort = id(staff.post("api/cohorts", Json.createObjectBuilder().add("country", "GH")
                    .add("contingentName", Fixtures.unique("Battalion")).add("contingentType", "INFANTRY_BATTALION")
                    .add("missionId", mission).add("rotation", 1).add("deploysOn", monday.plusMonths(3).toString())
                    .add("workingLanguage", "en").build()).expect(201).json());
            staff.post(cohortPath() + "/members", Json.createObjectBuilder().add("personId", trainee.id()).build())
                    .expect(201);
            rosterImport = id(staff.upload(cohortPath() + "/roster-imports", "text/csv", roster()).expect(202).json());

            long completed = id(world.offering(centre, course, monday.plusWeeks(5), monday.plusWeeks(5).plusDays(4), 5));
            world.open(centre, completed);
            world.enrol(centre, completed, trainee.id()).expect(201);
            staff.post("api/offerings/" + completed + "/completion", Json.createObjectBuilder()
                    .add("version", version("api/offerings/" + completed))
                    .add("passedTraineeIds", Json.createArrayBuilder().add(trainee.id())).build()).expect(200);
            JsonObject held = trainee.api().get("api/certificates").expect(200).array().getJsonObject(0);
            certificate = id(held);
            certificateCode = held.getString("code");
        }

        /** The client of each caller; the anonymous one has no credentials at all. */
        Api client(Caller caller, URL base) {
            return switch (caller) {
                case TRAINEE -> trainee.api();
                case INSTRUCTOR -> instructor.api();
                case ASSESSOR -> assessor.api();
                case ANONYMOUS -> Api.anonymous(base);
            };
        }

        /** The record as its centre's staff read it: the body of a change they might make. */
        JsonObject asStaff(String path) {
            return centre.api().get(path).expect(200).json();
        }

        JsonObject asAdmin(String path) {
            return admin.get(path).expect(200).json();
        }

        long version(String path) {
            return asStaff(path).getJsonNumber("version").longValue();
        }

        JsonStructure versionOf(String path) {
            return Json.createObjectBuilder().add("version", version(path)).build();
        }

        /** A layout of the curriculum in the room with the instructor; {@code version} only to apply it. */
        JsonObject layout(Long offeringVersion) {
            var body = Json.createObjectBuilder().add("roomId", room).add("leadInstructorId", instructor.id());
            if (offeringVersion != null) {
                body.add("version", offeringVersion);
            }
            return body.build();
        }

        JsonObject newSession() {
            return sessionJson("Unplanned", monday.atTime(15, 0), 1).build();
        }

        String curriculumPath() {
            return "api/curricula/" + curriculum;
        }

        String draftNodePath() {
            return curriculumPath() + "/draft/nodes/" + id(draftNode);
        }

        String coursePath() {
            return "api/courses/" + course;
        }

        String offeringPath() {
            return "api/offerings/" + offering;
        }

        String sessionPath() {
            return "api/sessions/" + session;
        }

        String qualificationPath() {
            return "api/qualifications/" + qualification;
        }

        String profilePath() {
            return personPath() + "/profile";
        }

        /** The trainee's person, registered with their account under its id. */
        String personPath() {
            return "api/people/" + trainee.id();
        }

        String cohortPath() {
            return "api/cohorts/" + cohort;
        }

        String importPath() {
            return cohortPath() + "/roster-imports/" + rosterImport;
        }

        /** A roster of one person, never the same twice. */
        byte[] roster() {
            return ("Service number,Family name,Nationality,Category\n" + Fixtures.unique("AT").replaceAll("[^A-Za-z0-9]", "")
                    + ",Boateng,GH,Military\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        String memberPath() {
            return cohortPath() + "/members/" + trainee.id();
        }

        private static long id(JsonObject object) {
            return object.getJsonNumber("id").longValue();
        }
    }
}
