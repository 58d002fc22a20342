package org.peaceops.cadre.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peaceops.cadre.testing.Api;
import org.peaceops.cadre.testing.Browser;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.CourseFixtures;
import org.peaceops.cadre.testing.Fixtures;

/**
 * The training screens in a real browser. A centre's staff member describes a
 * course, plans an offering and its timetable, is refused a session that
 * double-books a room, and moves a session by dragging it on the calendar;
 * another centre's staff cannot open the offering, and an instructor's
 * calendar cannot be dragged. Staff record an instructor's master-trainer
 * qualification and see it in the expiring panel (another centre's staff
 * never see it) and keep a trainee's profile; a trainee sees their sessions
 * in the centre's time, takes a calendar link that works without signing in
 * until it is revoked, and reads the notice of a cancelled offering; the
 * centre's training pages are closed to trainees, and only staff and the
 * offering's own instructors see who is enrolled on it. Staff lay a timetable
 * out from the curriculum (preview, cancel, save) and copy the offering.
 * One class, so that all of it shares one server start.
 */
class TrainingScreensIT extends CadreIT {

    /** A spot beside the date pickers, clicked to close their calendars. */
    private static final By EVIDENCE_LABEL = By.cssSelector("label[for='qualificationForm:evidence']");

    private static final String EDITION = "CPTM-2017";
    private static final String SECOND_EDITION = "STM-UNMO";
    private static final String HELD_ROWS = "//tbody[@id='instructorsForm:instructors:0:held_data']/tr";

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private Browser browser;
    private CourseFixtures world;
    private CourseFixtures.Centre centre;

    // the planning test's own centre, made through the plain fixtures
    private String staff;
    private String instructor;
    private String room;
    private String curriculum;

    @BeforeEach
    void setUp() {
        browser = new Browser(base);
        world = new CourseFixtures(base, fixtures);
        centre = world.centre();
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void staffPlanAnOfferingAndMoveASessionOnTheCalendar() {
        long centreId = fixtures.centre(Fixtures.unique("Centre"));
        staff = account("CENTRE_STAFF", centreId);
        instructor = account("INSTRUCTOR", centreId);
        room = Fixtures.unique("Hall");
        fixtures.room(centreId, room, 40);
        curriculum = publishedCurriculum(Api.as(base, staff, Fixtures.PASSWORD));
        // a Monday well ahead, so that the offering never lies in the past
        LocalDate monday = LocalDate.now().plusWeeks(8).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate tuesday = monday.plusDays(1);
        String code = Fixtures.unique("PKO").toUpperCase(Locale.ROOT);

        browser.signIn(staff, Fixtures.PASSWORD);
        createCourse(code);
        String offeringPath = createOffering(code, monday);

        // the list filters by status: the new offering is planned, not yet open
        browser.open("app/offering/list.xhtml");
        browser.chooseStartingWith("offeringsForm:offerings:statusFilter", "Open for enrolment");
        browser.waitForText(By.id("offeringsForm:offerings"), "Nothing to show.");
        browser.chooseStartingWith("offeringsForm:offerings:statusFilter", "Planned");
        browser.waitForText(By.id("offeringsForm:offerings"), code);
        browser.open(offeringPath);
        browser.waitForText(By.id("offeringPage:course"), code);

        addSession("Mandates briefing", monday, "09:00", "10:30");
        // a session teaching a lesson of the course's curriculum, its title left to the lesson
        fillSession("", monday, "11:00", "12:30");
        browser.chooseStartingWith("sessionForm:lessonId", "— L1 · Mandates and principles");
        browser.click("sessionForm:check");
        browser.waitForText(By.id("sessionForm:dialogMessages"), "No conflict");
        browser.click("sessionForm:save");
        browser.hidden(By.id("sessionDialog"));
        assertTrue(sessionRow("Mandates and principles").getText().contains("L1 · Mandates and principles"),
                "the session names its lesson");
        assertEquals(2, sessionRows().size());

        // the same room at an overlapping time: "check" names the clash, "save" refuses it and keeps the dialog
        fillSession("Overlapping session", monday, "10:00", "11:30");
        browser.click("sessionForm:check");
        browser.waitForText(By.id("sessionForm:dialogMessages"), "is already booked");
        browser.click("sessionForm:save");
        browser.ajaxDone();
        browser.waitForText(By.id("sessionForm:dialogMessages"), "cannot be saved");
        assertTrue(browser.text("sessionForm:dialogMessages").contains(room), "the conflict names the room");
        assertTrue(browser.visible(By.id("sessionDialog")).isDisplayed(), "the dialog stays open");
        assertEquals("Overlapping session", browser.visible(By.id("sessionForm:title")).getAttribute("value"),
                "nothing typed is lost");
        browser.click("sessionForm:cancel");
        browser.hidden(By.id("sessionDialog"));
        assertEquals(2, sessionRows().size(), "the refused session was not saved");

        // the calendar in week view: drag the first session to Tuesday, one hour later
        browser.open("app/calendar.xhtml?view=week&date=" + ISO.format(monday));
        WebElement briefing = calendarEvent("Mandates briefing");
        assertFalse(browser.all(By.cssSelector(".fc-event-draggable")).isEmpty(), "staff may drag sessions");
        drag(briefing, () -> slot(tuesday, "10:00:00"));
        browser.waitForText(By.id("messages"), "moved");
        browser.waitForText(By.cssSelector("td.fc-timegrid-col[data-date='" + ISO.format(tuesday) + "']"),
                "Mandates briefing");
        // the working day is in view, on the 24-hour clock
        String grid = browser.text("calendarForm:schedule");
        assertTrue(grid.contains("13:00") && !grid.toLowerCase(Locale.ROOT).contains("pm"), grid);
        // a drop onto a clash is refused with its reasons, and the session goes back to where it was
        // (on the page afresh, so that no tooltip of the last drag lies over the session)
        browser.open("app/calendar.xhtml?view=week&date=" + ISO.format(monday));
        drag(calendarEvent("Mandates and principles"), () -> slot(tuesday, "10:00:00"));
        browser.waitForText(By.id("messages"), "cannot be saved");
        assertTrue(browser.text("messages").contains(room), "the reason names the room: " + browser.text("messages"));
        browser.waitForText(By.cssSelector("td.fc-timegrid-col[data-date='" + ISO.format(monday) + "']"),
                "Mandates and principles");
        // another week, picked by date
        LocalDate later = monday.plusWeeks(3);
        browser.typeDate("calendarForm:goTo", ISO.format(later), By.cssSelector("h1.cadre-title"));
        browser.click("calendarForm:show");
        browser.visible(By.cssSelector("td.fc-timegrid-col[data-date='" + ISO.format(later) + "']"));

        // stored: the offering page, read afresh, shows the new day and times
        browser.open(offeringPath);
        browser.click("offeringPage:inCalendar");
        calendarEvent("Mandates briefing");
        assertTrue(browser.currentUrl().contains("date=" + ISO.format(monday)), "the offering's first week");
        browser.open(offeringPath);
        WebElement row = sessionRow("Mandates briefing");
        assertTrue(row.getText().contains(ISO.format(tuesday)), "dates are shown as they are typed: " + row.getText());
        assertTrue(row.getText().contains("10:00") && row.getText().contains("11:30"), row.getText());

        // another centre's staff member: the offering does not exist for them
        signOut();
        String stranger = account("CENTRE_STAFF", fixtures.centre(Fixtures.unique("Centre")));
        browser.signIn(stranger, Fixtures.PASSWORD);
        browser.open(offeringPath);
        browser.waitForText(By.tagName("body"), "Page not found");
        assertFalse(browser.pageText().contains("Mandates briefing"));

        // the instructor sees the centre's calendar, without anything to drag
        signOut();
        browser.signIn(instructor, Fixtures.PASSWORD);
        browser.open("app/calendar.xhtml?view=week&date=" + ISO.format(monday));
        calendarEvent("Mandates briefing");
        browser.visible(By.id("calendarForm:readOnly"));
        assertTrue(browser.all(By.cssSelector(".fc-event-draggable")).isEmpty(), "an instructor cannot drag sessions");
    }

    @Test
    void staffOpenAnOfferingThenEnrolWithdrawAndEnrolAgainFromTheScreen() {
        CourseFixtures.Person trainee = world.trainee(centre);
        LocalDate monday = CourseFixtures.mondayIn(7);
        long offering = world.offering(centre, world.course(centre), monday, monday.plusDays(4), 12)
                .getJsonNumber("id").longValue();
        signIn(browser, centre.staff().username());
        browser.open("app/offering/view.xhtml?id=" + offering);

        // planned: no enrol control yet, and the page says what opens it
        browser.waitForText(By.id("enrolForm:enrolOpensLater"), "Open for enrolment");
        assertTrue(browser.all(By.id("enrolForm:traineeId")).isEmpty());
        assertTrue(browser.text("offeringPage:dates").contains(ISO.format(monday)), "dates as they are typed");
        browser.click("offeringPage:edit");
        browser.visible(By.id("offeringEditDialog"));
        assertTrue(browser.text("offeringEditForm").contains("Seats (total)"), "the field asks for the total");
        browser.click("offeringEditForm:cancel");
        browser.hidden(By.id("offeringEditDialog"));

        browser.click("offeringPage:open");
        browser.visible(By.id("enrolForm:traineeId"));
        assertTrue(browser.all(By.id("enrolForm:enrolOpensLater")).isEmpty());
        browser.suggest("enrolForm:traineeId", trainee.username(), trainee.username());
        browser.click("enrolForm:enrol");
        browser.waitForText(By.id("enrolForm:enrolments"), trainee.username());
        assertTrue(browser.suggestions("enrolForm:traineeId", trainee.username()).stream()
                        .noneMatch(o -> o.contains(trainee.username())), "an enrolled trainee is not offered again");

        // withdrawn, the trainee is offered again and comes back
        browser.click("enrolForm:enrolments:0:withdraw");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), "withdrawn");
        browser.suggest("enrolForm:traineeId", trainee.username(), trainee.username());
        browser.click("enrolForm:enrol");
        browser.waitForText(By.id("messages"), "enrolled");
        List<String> statuses = centre.api().get("api/offerings/" + offering + "/enrolments").expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("status")).toList();
        assertTrue(statuses.contains("ENROLLED"), "enrolled again: " + statuses);
    }

    @Test
    void aLastDayTypedRightAfterTheFirstDayIsKept() {
        String code = Fixtures.unique("LEN").toUpperCase(Locale.ROOT);
        world.course(centre, world.courseJson(world.publishedCurriculum(centre), code));
        LocalDate monday = CourseFixtures.mondayIn(6);
        LocalDate typedEnd = monday.plusDays(2);
        signIn(browser, centre.staff().username());
        browser.open("app/offering/list.xhtml");
        browser.click("offeringsForm:add");
        browser.ajaxDone();
        browser.chooseStartingWith("offeringForm:courseId", code + " · ");
        browser.ajaxDone();
        assertEquals("", browser.visible(By.id("offeringForm:endsOn_input")).getAttribute("value"),
                "no first day yet, so no last day proposed");

        // the first day typed, then at once the last day: leaving the first day asks the server for a proposal,
        // which comes back while (or after) the user types
        browser.visible(By.id("offeringForm:startsOn_input")).sendKeys(ISO.format(monday));
        WebElement end = browser.visible(By.id("offeringForm:endsOn_input"));
        end.click();
        end.sendKeys(Keys.chord(Keys.CONTROL, "a"), ISO.format(typedEnd));
        browser.ajaxDone();
        assertEquals(ISO.format(typedEnd), browser.visible(By.id("offeringForm:endsOn_input")).getAttribute("value"),
                "what the user typed wins over the course's usual length");

        browser.click("offeringForm:save");
        browser.waitForText(By.id("messages"), "saved");
        JsonObject saved = centre.api().get("api/offerings?course=" + code).expect(200).items().getJsonObject(0);
        assertEquals(ISO.format(typedEnd), saved.getString("endsOn"));
    }

    @Test
    void staffRecordAnExpiringQualificationThatNoOtherCentreSees() {
        String staff = centre.staff().username();
        String instructor = world.instructor(centre).username();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        signIn(browser, staff);
        browser.open("app/instructors.xhtml");
        browser.waitForText(By.id("instructorsForm:expiring"), "No qualification expires");
        browser.filterToOne("instructorsForm:instructors:name:filter", instructor, "instructorsForm:instructors");
        browser.waitForText(By.id("instructorsForm:instructors"), "No qualification recorded.");

        browser.click("instructorsForm:add");
        chooseHolder(instructor);
        browser.chooseStartingWith("qualificationForm:frameworkEditionId", EDITION);
        browser.typeDate("qualificationForm:issuedOn", today.minusYears(3).plusDays(30).toString(), EVIDENCE_LABEL);
        browser.typeDate("qualificationForm:expiresOn", today.minusYears(3).toString(), EVIDENCE_LABEL);
        browser.type("qualificationForm:evidence", "Certificate MT-4711, regional centre");
        browser.click("qualificationForm:save");
        browser.waitForText(Browser.messageFor("qualificationForm:expiresOn"),
                "The expiry date must not be before the issue date.");
        assertTrue(browser.text("instructorsForm:expiring").contains("No qualification expires"),
                "nothing was recorded");

        LocalDate expiry = today.plusDays(30);
        browser.typeDate("qualificationForm:expiresOn", expiry.toString(), EVIDENCE_LABEL);
        browser.click("qualificationForm:save");
        browser.waitForText(By.id("messages"), "Qualification of Test " + instructor + " saved.");
        browser.hidden(By.id("qualificationDialog"));

        String panel = browser.text("instructorsForm:expiringTable");
        assertTrue(panel.contains("Test " + instructor), panel);
        assertTrue(panel.contains(EDITION) && panel.contains(expiry.toString()), panel);
        assertEquals("30", browser.visible(By.xpath("//*[@id='instructorsForm:expiringTable_data']/tr[1]/td[5]"))
                .getText(), "days left");
        browser.filterToOne("instructorsForm:instructors:name:filter", instructor, "instructorsForm:instructors");
        String row = browser.text("instructorsForm:instructors");
        assertTrue(row.contains("Master trainer") && row.contains("Expires within 90 days")
                && row.contains("Recorded with evidence") && row.contains("Certificate MT-4711"), row);

        // A second one, expiring later, comes after it; moved beyond 90 days it leaves the panel; then it is removed.
        browser.click("instructorsForm:add");
        chooseHolder(instructor);
        browser.chooseStartingWith("qualificationForm:frameworkEditionId", SECOND_EDITION);
        browser.typeDate("qualificationForm:issuedOn", today.minusYears(1).toString(), EVIDENCE_LABEL);
        browser.typeDate("qualificationForm:expiresOn", today.plusDays(60).toString(), EVIDENCE_LABEL);
        browser.type("qualificationForm:evidence", "Certificate MT-4712");
        browser.click("qualificationForm:save");
        browser.waitForText(By.id("instructorsForm:expiringTable"), SECOND_EDITION);
        assertEquals(List.of("30", "60"), expiringDaysLeft(), "soonest first");

        browser.click(heldButton(SECOND_EDITION, "edit"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeContains(
                By.id("qualificationForm:evidence"), "value", "Certificate MT-4712"));
        browser.typeDate("qualificationForm:expiresOn", today.plusDays(120).toString(), EVIDENCE_LABEL);
        browser.click("qualificationForm:save");
        browser.waitForText(By.id("messages"), "saved");
        browser.hidden(By.id("qualificationDialog"));
        assertEquals(List.of("30"), expiringDaysLeft(), "120 days ahead is not expiring soon");
        browser.waitForText(By.id("instructorsForm:instructors"), today.plusDays(120).toString());

        browser.click(heldButton(SECOND_EDITION, "delete"));
        browser.click("confirmYes");
        browser.waitForText(By.id("messages"), "Qualification removed.");
        browser.hidden(By.xpath(HELD_ROWS + "[contains(.,'" + SECOND_EDITION + "')]"));
        assertTrue(browser.text("instructorsForm:instructors").contains(EDITION), "the other one stays");

        try (Browser elsewhere = new Browser(base)) {
            signIn(elsewhere, world.centre().staff().username());
            elsewhere.open("app/instructors.xhtml");
            elsewhere.waitForText(By.id("instructorsForm:expiring"), "No qualification expires");
            assertFalse(elsewhere.pageText().contains(instructor), "another centre's instructor is not listed");
            elsewhere.type("instructorsForm:instructors:name:filter", instructor);
            elsewhere.waitForText(By.id("instructorsForm:instructors"), "Nothing to show.");
            assertFalse(elsewhere.pageText().contains(instructor), "not even when asked for by name");
        }
    }

    @Test
    void staffKeepTheirPeopleWhetherOrNotTheySignInAndOthersCannotOpenThePeoplePage() {
        String staff = centre.staff().username();
        String trainee = world.trainee(centre).username();
        signIn(browser, staff);
        browser.open("app/people.xhtml");
        browser.filterToOne("peopleForm:people:username:filter", trainee, "peopleForm:people");
        browser.waitForText(By.id("peopleForm:people"), "Category not recorded");

        browser.click("peopleForm:people:0:edit");
        browser.waitForText(By.id("personOf"), "Test " + trainee);
        browser.click("personForm:save");
        browser.waitForText(Browser.messageFor("personForm:category"), "is required");

        browser.chooseStartingWith("personForm:category", "Police");
        browser.chooseStartingWith("personForm:rankBand", "Junior officer");
        browser.click("personForm:languages");
        browser.visible(By.id("personForm:languages_panel"));
        browser.click(By.xpath("//*[@id='personForm:languages_panel']//li[.//label[normalize-space()='French']]"
                + "//div[contains(@class,'ui-chkbox-box')]"));
        browser.dismiss(By.id("personForm:languages_panel"), By.id("personOf"));
        browser.click("personForm:save");
        browser.waitForText(By.id("messages"), "Test " + trainee + " saved.");

        browser.open("app/people.xhtml");
        browser.filterToOne("peopleForm:people:username:filter", trainee, "peopleForm:people");
        String row = browser.text("peopleForm:people");
        assertTrue(row.contains("Police") && row.contains("Junior officer") && row.contains("French"), row);

        // Someone who will never sign in, registered by hand; their service number is theirs alone.
        String number = "GH/" + System.nanoTime() % 1_000_000_000L;
        for (int attempt = 0; attempt < 2; attempt++) {
            browser.click("peopleForm:add");
            browser.waitForText(By.id("personOf"), "New person");
            browser.type("personForm:familyName", "Asante");
            browser.type("personForm:givenNames", "Abena");
            browser.type("personForm:serviceNumber", number.toLowerCase());
            browser.choose("personForm:nationality", "Ghana");
            browser.chooseStartingWith("personForm:category", "Military");
            browser.click("personForm:save");
            if (attempt == 0) {
                browser.waitForText(By.id("messages"), "Abena Asante saved.");
            } else {
                browser.waitForText(Browser.messageFor("personForm:serviceNumber"), "already registered");
                browser.click("personForm:cancel");
            }
        }
        browser.open("app/people.xhtml");
        browser.filterToOne("peopleForm:people:name:filter", number, "peopleForm:people");
        assertTrue(browser.text("peopleForm:people").contains("GH " + number), "found by service number, stored upper-case");

        try (Browser traineeBrowser = new Browser(base)) {
            signIn(traineeBrowser, trainee);
            traineeBrowser.open("app/people.xhtml");
            traineeBrowser.waitForText(By.id("errorTitle"), "Not allowed");
        }
    }

    @Test
    void onlyStaffAndTheOfferingsOwnInstructorsSeeWhoIsEnrolledAndTraineesKeepToTheirOwnPages() {
        CourseFixtures.Person trainee = world.trainee(centre);
        CourseFixtures.Person teaching = world.instructor(centre);
        CourseFixtures.Person colleague = world.instructor(centre);
        LocalDate monday = CourseFixtures.monday();
        long offering = world.offering(centre, world.course(centre), monday, monday.plusDays(4), 20)
                .getJsonNumber("id").longValue();
        world.session(centre, offering, CourseFixtures.sessionJson("Briefing", monday.atTime(9, 0), 2)
                .add("leadInstructorId", teaching.id())).expect(201);
        world.open(centre, offering);
        world.enrol(centre, offering, trainee.id()).expect(201);
        String page = "app/offering/view.xhtml?id=" + offering;

        signIn(browser, teaching.username());
        browser.open(page);
        browser.waitForText(By.id("enrolForm:enrolments"), trainee.username());
        signOut();

        signIn(browser, colleague.username());
        browser.open(page);
        browser.waitForText(By.id("offeringPage:sessions"), "Briefing");
        assertTrue(browser.all(By.id("enrolForm:enrolments")).isEmpty(), "no list of trainees for a colleague");
        assertFalse(browser.pageText().contains(trainee.username()), "not even a name");
        signOut();

        signIn(browser, trainee.username());
        for (String other : List.of(page, "app/offering/list.xhtml", "app/course/list.xhtml", "app/instructors.xhtml",
                "app/curriculum/list.xhtml", "app/calendar.xhtml")) {
            browser.open(other);
            browser.waitForText(By.id("errorTitle"), "Not allowed");
        }
    }

    @Test
    void aTraineeSeesTheirTrainingAndTakesACalendarLinkThatWorksUntilRevoked() throws Exception {
        CourseFixtures.Person trainee = world.trainee(centre);
        LocalDate monday = CourseFixtures.monday();
        long course = world.course(centre);
        long offering = world.offering(centre, course, monday, monday.plusDays(4), 20)
                .getJsonNumber("id").longValue();
        String session = Fixtures.unique("Opening session");
        world.session(centre, offering, CourseFixtures.sessionJson(session, monday.atTime(9, 0), 2)).expect(201);
        world.open(centre, offering);
        world.enrol(centre, offering, trainee.id()).expect(201);
        // the trainee deploys with a cohort whose plan holds this course and one more they are not on yet
        String contingent = Fixtures.unique("Signals company");
        long cohort = world.cohort(centre, contingent, 1);
        centre.api().post("api/cohorts/" + cohort + "/members", Json.createObjectBuilder()
                .add("personId", trainee.id()).build()).expect(201);
        centre.api().put("api/cohorts/" + cohort + "/plan", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("courseId", course))
                .add(Json.createObjectBuilder().add("courseId", world.course(centre))).build()).expect(200);

        signIn(browser, trainee.username());
        assertTrue(browser.all(By.id("unreadNotices")).isEmpty(), "no reminder without unread notices");
        browser.open("app/my/notices.xhtml");
        browser.waitForText(By.id("noticesForm:notices"), "You have no notices.");

        browser.open("app/my/training.xhtml");
        browser.waitForText(By.id("sessionsHint"), CourseFixtures.NAIROBI);
        String plan = browser.text("trainingForm:plans:0:elements");
        assertTrue(browser.pageText().contains("My plan for deployment: " + contingent), browser.pageText());
        assertTrue(browser.text("trainingForm:plans:0:daysLeft").contains("days left"),
                browser.text("trainingForm:plans:0:daysLeft"));
        assertTrue(plan.contains("Enrolled") && plan.contains("Not enrolled yet") && plan.contains(monday.toString()),
                plan);
        assertEquals("Not on track yet", browser.text("trainingForm:plans:0:onTrack"));
        String sessions = browser.text("trainingForm:sessions");
        assertTrue(sessions.contains(session) && sessions.contains(monday + " 09:00") && sessions.contains("11:00"),
                "the session in the centre's local time: " + sessions);
        String enrolments = browser.text("trainingForm:enrolments");
        assertTrue(enrolments.contains(monday.toString()) && enrolments.contains("Enrolled"), enrolments);

        browser.open("app/my/feeds.xhtml");
        browser.waitForText(By.id("feedsForm:links"), "You have no calendar link.");
        browser.waitForText(By.id("newFeedForm:scope_label"), "My calendar as trainee");
        browser.click("newFeedForm:create");
        browser.waitForText(By.id("messages"), "Link taken");
        browser.waitForText(By.id("feedsForm:links"), "Test " + trainee.username());

        String url = browser.visible(By.id("feedsForm:links:0:url")).getAttribute("value");
        assertTrue(url.matches("https?://[^/]+/.*api/feeds/[A-Za-z0-9_-]{43}\\.ics"), url);
        HttpResponse<String> feed = fetch(url);
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
                feed.headers().toString());
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR"), feed.body());
        String unfolded = feed.body().replace("\r\n ", "").replace("\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + session), "the trainee's session is in the feed: " + unfolded);

        browser.click("feedsForm:links:0:revoke");
        browser.click("confirmYes");
        browser.waitForText(By.id("messages"), "Link revoked.");
        browser.waitForText(By.id("feedsForm:links"), "You have no calendar link.");
        assertEquals(404, fetch(url).statusCode(), "a revoked link answers as unknown");

        // The offering is completed and passed: the certificate is on the trainee's page, its code checks out
        // on the public page, opened as its QR code would, and typed in by hand.
        long version = centre.api().get("api/offerings/" + offering).expect(200).json().getJsonNumber("version")
                .longValue();
        centre.api().post("api/offerings/" + offering + "/completion", Json.createObjectBuilder().add("version", version)
                .add("passedTraineeIds", Json.createArrayBuilder().add(trainee.id())).build()).expect(200);
        browser.open("app/my/training.xhtml");
        String certificates = browser.text("trainingForm:certificates");
        String code = trainee.api().get("api/certificates").expect(200).array().getJsonObject(0).getString("code");
        assertTrue(certificates.contains(code) && certificates.contains("Download (PDF)"), certificates);
        browser.open("verify.xhtml?code=" + code);
        browser.waitForText(By.id("valid"), "Valid certificate.");
        assertEquals("Test " + trainee.username(), browser.text("holder"));
        browser.open("verify.xhtml");
        browser.type("code", code.toLowerCase(Locale.ROOT));
        browser.click("submit");
        browser.waitForText(By.id("valid"), "Valid certificate.");
        browser.open("verify.xhtml?code=AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG");
        browser.waitForText(By.id("unknown"), "No certificate has this code.");
    }

    @Test
    void aTraineeIsToldOfACancelledOfferingAndMarksTheNoticeRead() {
        CourseFixtures.Person trainee = world.trainee(centre);
        LocalDate monday = CourseFixtures.mondayIn(3);
        long offering = world.offering(centre, world.course(centre), monday, monday.plusDays(4), 20)
                .getJsonNumber("id").longValue();
        world.open(centre, offering);
        world.enrol(centre, offering, trainee.id()).expect(201);
        long version = centre.api().get("api/offerings/" + offering).expect(200).json()
                .getJsonNumber("version").longValue();
        centre.api().post("api/offerings/" + offering + "/cancellation",
                jakarta.json.Json.createObjectBuilder().add("version", version).build()).expect(200);

        signIn(browser, trainee.username());
        browser.waitForText(By.id("unreadNotices"), "You have one unread notice.");
        browser.open("app/my/notices.xhtml");
        browser.waitForText(By.id("noticesForm:notices"), "starting on " + monday + " has been cancelled");
        assertEquals(1, browser.all(By.id("noticesForm:notices:0:unread")).size(), "the notice is marked new");
        browser.click("noticesForm:markAllRead");
        browser.waitForText(By.id("messages"), "One notice marked read.");
        assertTrue(browser.all(By.id("noticesForm:notices:0:unread")).isEmpty(), "no longer new");

        browser.open("app/dashboard.xhtml");
        browser.waitForText(By.className("cadre-title"), "Dashboard");
        assertTrue(browser.all(By.id("unreadNotices")).isEmpty(), "no reminder once read");
    }

    @Test
    void staffLayOutATimetableFromTheCurriculumAndCopyTheOfferingToANewDate() {
        String hall = Fixtures.unique("Hall");
        world.room(centre, hall, "Main", 40);
        CourseFixtures.Person lead = world.instructor(centre);
        long course = world.course(centre);
        LocalDate monday = CourseFixtures.mondayIn(8);
        long offering = world.offering(centre, course, monday, monday.plusDays(4), 20).getJsonNumber("id").longValue();
        String sessions = "api/offerings/" + offering + "/sessions";

        signIn(browser, centre.staff().username());
        // the centre's working day, kept by its staff beside its rooms
        browser.open("app/centre/rooms.xhtml");
        browser.click("roomsForm:workingDay");
        browser.ajaxDone();
        browser.visible(By.id("workingDayDialog"));
        assertEquals("08:00", browser.visible(By.id("workingDayForm:dayStarts_input")).getAttribute("value"));
        browser.type("workingDayForm:dayStarts_input", "09:00");
        browser.type("workingDayForm:breaks", "11:00-11:15, 13:00-14:00");
        browser.click("workingDayForm:save");
        browser.hidden(By.id("workingDayDialog"));
        browser.waitForText(By.id("messages"), "Working day saved.");

        browser.open("app/offering/view.xhtml?id=" + offering);
        browser.waitForText(By.id("offeringPage:sessions"), "No sessions planned yet.");

        // the dialog starts from the centre's working day; a preview lists the lessons and saves nothing
        openLayout(hall, lead);
        assertEquals("09:00", browser.visible(By.id("layoutForm:dayStarts_input")).getAttribute("value"));
        assertEquals("11:00-11:15, 13:00-14:00", browser.visible(By.id("layoutForm:breaks")).getAttribute("value"));
        browser.click("layoutForm:preview");
        browser.waitForText(By.id("layoutForm:proposed"), "Protection of civilians");
        assertTrue(browser.text("layoutForm:proposed").contains("The UN and peacekeeping"));
        browser.waitForText(By.id("layoutForm:dialogMessages"), "2 session(s) proposed, 0 blocked by a conflict.");
        browser.click("layoutForm:cancel");
        browser.hidden(By.id("layoutDialog"));
        assertEquals(0, centre.api().get(sessions).expect(200).array().size(), "cancel saves nothing");

        openLayout(hall, lead);
        browser.click("layoutForm:preview");
        browser.waitForText(By.id("layoutForm:proposed"), "Protection of civilians");
        browser.click("layoutForm:save");
        browser.hidden(By.id("layoutDialog"));
        browser.waitForText(By.id("messages"), "2 session(s) saved.");
        browser.waitForText(By.id("offeringPage:sessions"), "Protection of civilians");
        assertEquals(2, sessionRows().size());
        assertTrue(sessionRow("The UN and peacekeeping").getText().contains(hall), "in the room chosen");
        // the second lesson would run into the 11:00 break: it starts after it
        assertTrue(sessionRow("Protection of civilians").getText().contains("11:15"),
                sessionRow("Protection of civilians").getText());

        // copied two weeks on: the copy's own page opens with the sessions moved by as many days
        LocalDate later = monday.plusWeeks(2);
        browser.click("offeringPage:copyOffering");
        browser.ajaxDone();
        browser.visible(By.id("copyDialog"));
        browser.typeDate("copyForm:startsOn", ISO.format(later), By.cssSelector("#copyForm .cadre-hint"));
        browser.click("copyForm:copy");
        browser.waitForText(By.id("offeringPage:dates"), ISO.format(later));
        browser.waitForText(By.id("offeringPage:sessions"), "Protection of civilians");
        assertEquals(2, sessionRows().size());
        String url = browser.currentUrl();
        long copy = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertFalse(copy == offering, url);
        assertTrue(centre.api().get("api/offerings/" + copy + "/sessions").expect(200).array().getJsonObject(0)
                .getString("startsAt").startsWith(ISO.format(later) + "T09:00"));
    }

    /** Opens the layout dialog of the offering page and chooses the room and the lead instructor. */
    private void openLayout(String hall, CourseFixtures.Person lead) {
        browser.click("offeringPage:layOut");
        browser.ajaxDone();
        browser.visible(By.id("layoutDialog"));
        browser.chooseStartingWith("layoutForm:roomId", hall + " (40 places)");
        browser.chooseStartingWith("layoutForm:leadInstructorId", "Test " + lead.username());
    }

    private List<String> expiringDaysLeft() {
        return browser.all(By.xpath("//tbody[@id='instructorsForm:expiringTable_data']/tr/td[5]")).stream()
                .map(WebElement::getText).toList();
    }

    /** A button of the first instructor's qualification for {@code edition}. */
    private static By heldButton(String edition, String button) {
        return By.xpath(HELD_ROWS + "[contains(.,'" + edition + "')]//button[contains(@id,':" + button + "')]");
    }

    /** A plain GET: no browser session, no credentials, as a calendar application asks. */
    private static HttpResponse<String> fetch(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/calendar").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void staffAddACohortImportItsRosterSeeABadFileRefusedAndEnrolItWithAWaitlist() throws IOException {
        String contingent = Fixtures.unique("Kenbatt");
        signIn(browser, centre.staff().username());
        browser.open("app/cohort/list.xhtml");
        browser.click("cohortsForm:add");
        browser.visible(By.id("cohortDialog"));
        browser.choose("cohortForm:country", "Kenya");
        browser.type("cohortForm:contingentName", contingent);
        browser.chooseStartingWith("cohortForm:contingentType", "Infantry battalion");
        browser.chooseContaining("cohortForm:missionId", "UNIFIL");
        browser.typeDate("cohortForm:deploysOn", ISO.format(LocalDate.now().plusMonths(5)), By.id("cohortForm:rotation"));
        browser.click("cohortForm:save");
        browser.waitForText(By.id("messages"), contingent);
        browser.type("cohortsForm:cohorts:contingentName:filter", contingent);
        browser.waitForText(By.id("cohortsForm:cohorts"), "1-1 / 1");
        browser.click(By.linkText(contingent));
        browser.waitForText(By.id("cohortPage:label"), contingent);

        // A file with a nameless row and an unknown country: refused, every problem by row, nothing written.
        String prefix = Fixtures.unique("SN").replaceAll("[^A-Za-z0-9]", "").toUpperCase();
        String header = "Service number,Family name,Given names,Nationality,Category,Role in the cohort\n";
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("roster", ".csv");
        java.nio.file.Files.writeString(bad, header + prefix + "-1,,Amina,KE,Military,\n"
                + prefix + "-2,Otieno,Daniel,XX,Military,\n");
        browser.click("cohortPage:importRoster");
        browser.visible(By.id("rosterImportDialog"));
        browser.visible(By.id("rosterImportForm")).findElement(By.cssSelector("input[type=file]"))
                .sendKeys(bad.toAbsolutePath().toString());
        browser.waitForText(By.id("rosterImportForm:outcome"), "2 problems");
        String report = browser.text("rosterImportForm:lines");
        assertTrue(report.contains("Family name") && report.contains("Nationality"), report);
        assertTrue(browser.text("cohortPage:roster").contains("Nothing to show"), "nothing written");

        java.nio.file.Path good = java.nio.file.Files.createTempFile("roster", ".csv");
        java.nio.file.Files.writeString(good, header + prefix + "-1,Wanjiru,Amina,KE,Military,Commander\n"
                + prefix + "-2,Otieno,Daniel,KE,Military,\n" + prefix + "-3,Mwangi,Grace,KE,Police,\n");
        browser.visible(By.id("rosterImportForm")).findElement(By.cssSelector("input[type=file]"))
                .sendKeys(good.toAbsolutePath().toString());
        browser.waitForText(By.id("messages"), "Roster imported: 3 people registered");
        browser.click("rosterImportForm:close");
        browser.hidden(By.id("rosterImportDialog"));
        browser.waitForText(By.id("cohortPage:roster"), "Wanjiru");
        assertTrue(browser.text("cohortPage:strength").startsWith("3 people · commanders 1"),
                browser.text("cohortPage:strength"));

        // Two seats for three people: the commander and the next in roster order get them, the third waits.
        long course = world.course(centre);
        long offering = world.offering(centre, course, CourseFixtures.mondayIn(8),
                CourseFixtures.mondayIn(8).plusDays(4), 2).getJsonNumber("id").longValue();
        world.open(centre, offering);
        String cohort = browser.currentUrl().replaceAll(".*id=", "");
        browser.open("app/cohort/view.xhtml?id=" + cohort);
        browser.click("cohortPage:enrolCohort");
        browser.visible(By.id("cohortEnrolDialog"));
        browser.chooseContaining("cohortEnrolForm:offeringId", "(0/2)");
        browser.click("cohortEnrolForm:enrol");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), "2 enrolled, 1 on the waitlist, 0 refused");
        assertTrue(browser.text("cohortEnrolForm:notEnrolled").contains("Mwangi"),
                browser.text("cohortEnrolForm:notEnrolled"));

        browser.open("app/offering/view.xhtml?id=" + offering);
        browser.waitForText(By.id("enrolForm:enrolments"), "On the waitlist");
        assertTrue(browser.text("enrolForm:enrolments").contains("(position 1)"), browser.text("enrolForm:enrolments"));

        // The course is the cohort's plan: two of three on track, and the forecast finds no seat for the third.
        centre.api().put("api/cohorts/" + cohort + "/plan", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("courseId", course)).build()).expect(200);
        browser.open("app/cohort/view.xhtml?id=" + cohort);
        browser.click("cohortPage:readiness");
        browser.waitForText(By.className("cadre-title"), "Readiness");
        assertEquals("66 %", browser.text("readinessForm:onTrack"));
        browser.visible(By.cssSelector("#readinessForm\\:chart canvas"));
        assertTrue(browser.text("readinessForm:forecastShort").contains("1 place short in all"),
                browser.text("readinessForm:forecastShort"));
        assertTrue(browser.text("readinessForm:forecast").contains("1 person short on"),
                browser.text("readinessForm:forecast"));
        assertTrue(browser.text("readinessForm:risks").contains("Mwangi") && browser.text("readinessForm:risks")
                .contains("On a waitlist only"), browser.text("readinessForm:risks"));

        // A second offering with room in time: the forecast is on track, though nobody has moved yet.
        world.open(centre, world.offering(centre, course, CourseFixtures.mondayIn(9),
                CourseFixtures.mondayIn(9).plusDays(4), 2).getJsonNumber("id").longValue());
        browser.open("app/cohort/readiness.xhtml?id=" + cohort);
        browser.waitForText(By.id("readinessForm:forecastOnTrack"), "On track");
        assertEquals("66 %", browser.text("readinessForm:onTrack"));
    }

    @Test
    void theInstructorTakesTheRollCallFromTheOfferingPageAndStaffCorrectAMarkWithAReasonInFrench() {
        CourseFixtures.Person lead = world.instructor(centre);
        LocalDate today = LocalDate.now(java.time.ZoneId.of(centre.timeZone()));
        long offering = world.offering(centre, world.course(centre), today.minusDays(1), today.plusDays(4), 12)
                .getJsonNumber("id").longValue();
        world.open(centre, offering);
        world.session(centre, offering, CourseFixtures.sessionJson("Mandates briefing", today.minusDays(1).atTime(9, 0), 2)
                .add("leadInstructorId", lead.id())).expect(201);
        CourseFixtures.Person late = world.trainee(centre);
        world.enrol(centre, offering, late.id()).expect(201);
        world.enrol(centre, offering, world.trainee(centre).id()).expect(201);
        world.enrol(centre, offering, world.trainee(centre).id()).expect(201);

        // the instructor opens the roll call from their session's row, marks everyone present, then the exception
        signIn(browser, lead.username());
        browser.open("app/offering/view.xhtml?id=" + offering);
        browser.click("offeringPage:sessions:0:attendance");
        browser.waitForText(By.className("cadre-title"), "Roll call");
        assertTrue(browser.text("rollCallForm:counts").contains("Not marked 3"), browser.text("rollCallForm:counts"));
        assertTrue(browser.all(By.id("rollCallForm:reason")).isEmpty(), "the session's instructor needs no reason");
        browser.click("rollCallForm:markPresent");
        browser.waitForText(By.id("messages"), "now present");
        browser.waitForText(By.id("rollCallForm:counts"), "Present 3");
        browser.click(markOf(late, "LATE"));
        browser.waitForText(By.id("rollCallForm:counts"), "Late 1");
        assertTrue(browser.visible(markOf(late, "LATE")).getAttribute("class").contains("cadre-mark-given"));
        signOut();

        // staff correct it in French: first without the reason, which is asked for beside its field
        signIn(browser, centre.staff().username());
        browser.click("languageForm:french");
        browser.waitForText(By.className("cadre-title"), "Tableau de bord");
        browser.open("app/offering/view.xhtml?id=" + offering);
        browser.click("offeringPage:sessions:0:attendance");
        browser.waitForText(By.className("cadre-title"), "Appel");
        browser.click(markOf(late, "EXCUSED"));
        browser.waitForText(Browser.messageFor("rollCallForm:reason"), "Indiquez le motif");
        assertTrue(browser.text("rollCallForm:counts").contains("En retard 1"), browser.text("rollCallForm:counts"));
        browser.type("rollCallForm:reason", "Convocation médicale");
        browser.click(markOf(late, "EXCUSED"));
        browser.waitForText(By.id("rollCallForm:counts"), "Excusé 1");
        JsonObject corrected = admin.get("api/audit?action=CORRECT&actor=" + centre.staff().username()).expect(200)
                .items().getJsonObject(0);
        assertTrue(corrected.getString("detail").endsWith("Convocation médicale"), corrected.toString());
        browser.click("languageForm:english");
    }

    /** The button giving {@code mark} on the row of {@code person} (found by their sign-in name in the row). */
    private static By markOf(CourseFixtures.Person person, String mark) {
        return By.xpath("//tbody[@id='rollCallForm:roll_data']/tr[contains(., 'Test " + person.username()
                + "')]//button[contains(@class, 'cadre-mark-" + mark + "')]");
    }

    private static void signIn(Browser browser, String username) {
        browser.signIn(username, Fixtures.PASSWORD);
        browser.waitForText(By.className("cadre-title"), "Dashboard");
    }

    /** Picks the holder by typing part of the name and clicking the suggestion. */
    private void chooseHolder(String username) {
        browser.suggest("qualificationForm:holderId", username, "Test " + username);
        assertEquals("Test " + username,
                browser.visible(By.id("qualificationForm:holderId_input")).getAttribute("value"));
    }

    private void createCourse(String code) {
        browser.open("app/course/list.xhtml");
        browser.waitForText(By.className("cadre-title"), "Courses");
        browser.click("coursesForm:add");
        browser.ajaxDone();
        browser.type("courseForm:code", code);
        browser.type("courseForm:title", "Pre-deployment training");
        browser.chooseStartingWith("courseForm:type", "Individual pre-deployment (CPTM)");
        browser.chooseStartingWith("courseForm:curriculumVersionId", curriculum + " · version 1 (Published)");
        retype("courseForm:defaultDays_input", "5");
        retype("courseForm:maxSeats_input", "24");
        browser.click("courseForm:save");
        browser.waitForText(By.id("messages"), "Course " + code + " saved.");
        browser.waitForText(By.id("coursesForm:courses"), curriculum);
        assertTrue(browser.text("coursesForm:courses").contains(curriculum + " · version 1"),
                "the curriculum and its version read as one: " + browser.text("coursesForm:courses"));
    }

    /** Plans an offering through the dialog and opens its page; returns the page's path. */
    private String createOffering(String code, LocalDate monday) {
        browser.open("app/offering/list.xhtml");
        browser.waitForText(By.className("cadre-title"), "Offerings");
        browser.click("offeringsForm:add");
        browser.ajaxDone();
        browser.type("offeringForm:startsOn_input", ISO.format(monday));
        browser.chooseStartingWith("offeringForm:courseId", code + " · Pre-deployment training");
        browser.ajaxDone();
        // the course proposes its seats, its length and its only language
        browser.waitForText(By.id("offeringForm:language_label"), "English");
        assertEquals("24", browser.visible(By.id("offeringForm:seats_input")).getAttribute("value"));
        assertEquals(ISO.format(monday.plusDays(4)),
                browser.visible(By.id("offeringForm:endsOn_input")).getAttribute("value"));
        browser.click("offeringForm:save");
        browser.waitForText(By.id("messages"), "saved");
        browser.click(By.linkText(code));
        browser.waitForText(By.id("offeringPage:course"), code);
        String url = browser.currentUrl();
        return url.substring(url.indexOf("app/offering/view.xhtml"));
    }

    private void addSession(String title, LocalDate day, String start, String end) {
        fillSession(title, day, start, end);
        browser.click("sessionForm:save");
        browser.hidden(By.id("sessionDialog"));
        browser.waitForText(By.id("offeringPage:sessions"), title);
    }

    private void fillSession(String title, LocalDate day, String start, String end) {
        browser.click("offeringPage:addSession");
        browser.ajaxDone();
        browser.visible(By.id("sessionDialog"));
        browser.type("sessionForm:title", title);
        browser.type("sessionForm:date_input", ISO.format(day));
        browser.type("sessionForm:startTime_input", start);
        browser.type("sessionForm:endTime_input", end);
        browser.chooseStartingWith("sessionForm:roomId", room + " (40 places)");
        browser.chooseStartingWith("sessionForm:leadInstructorId", "Test " + instructor);
    }

    private List<WebElement> sessionRows() {
        return browser.all(By.cssSelector("[id='offeringPage:sessions_data'] tr:not(.ui-datatable-empty-message)"));
    }

    private WebElement sessionRow(String title) {
        return browser.visible(By.xpath("//tbody[@id='offeringPage:sessions_data']/tr[.//span[text()='" + title + "']]"));
    }

    private WebElement calendarEvent(String title) {
        return browser.visible(By.xpath("//*[contains(@class,'fc-event')][contains(.,'" + title + "')]"));
    }

    /** The point of the week view where {@code day} meets the half-hour starting at {@code time}. */
    private Rectangle slot(LocalDate day, String time) {
        Rectangle column = browser.visible(By.cssSelector("td.fc-timegrid-col[data-date='" + ISO.format(day) + "']"))
                .getRect();
        Rectangle lane = browser.visible(By.cssSelector("td.fc-timegrid-slot-lane[data-time='" + time + "']")).getRect();
        return new Rectangle(column.getX(), lane.getY(), lane.getHeight(), column.getWidth());
    }

    /**
     * Grabs the event near its top edge (in the half-hour it starts in) and lets go
     * near the top of the target half-hour, in small steps as FullCalendar needs.
     */
    private void drag(WebElement event, java.util.function.Supplier<Rectangle> where) {
        // the calendar scrolls inside itself: the target is measured once the event is in view
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", event);
        Rectangle target = where.get();
        Rectangle from = event.getRect();
        int grabX = from.getX() + 10;
        int grabY = from.getY() + 4;
        int dropX = target.getX() + target.getWidth() / 2;
        int dropY = target.getY() + 4;
        Duration pause = Duration.ofMillis(150);
        Actions actions = new Actions(browser.driver()).moveToElement(event, 10 - from.getWidth() / 2,
                4 - from.getHeight() / 2).clickAndHold().pause(pause);
        int steps = 6;
        int movedX = 0;
        int movedY = 0;
        for (int step = 1; step <= steps; step++) {
            int x = (dropX - grabX) * step / steps;
            int y = (dropY - grabY) * step / steps;
            actions.moveByOffset(x - movedX, y - movedY).pause(pause);
            movedX = x;
            movedY = y;
        }
        actions.release().perform();
        browser.ajaxDone();
    }

    /** Replaces a number input's value: selecting it all and typing over it, as its formatting keeps the old one. */
    private void retype(String id, String text) {
        WebElement input = browser.visible(By.id(id));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        assertEquals(text, input.getAttribute("value"));
    }

    /** Signs out from a page that carries the header (error pages do not). */
    private void signOut() {
        browser.open("app/offering/list.xhtml");
        browser.click("userForm:logout");
        browser.waitForText(By.tagName("body"), "Sign in");
    }

    private String account(String role, long centre) {
        String username = Fixtures.unique(role.toLowerCase(Locale.ROOT).replace('_', '-'));
        fixtures.admin().post("api/accounts", Fixtures.accountJson(username, role, centre).build()).expect(201);
        return username;
    }

    /** A curriculum of one module and one lesson, published as version 1; returns its title. */
    private static String publishedCurriculum(Api staff) {
        String title = Fixtures.unique("Core curriculum");
        long curriculum = staff.post("api/curricula", Json.createObjectBuilder().add("title", title)
                .add("audience", "Military, unit").add("languages", Json.createArrayBuilder().add("en"))
                .build()).expect(201).id();
        String nodes = "api/curricula/" + curriculum + "/draft/nodes";
        long module = staff.post(nodes, Json.createObjectBuilder().add("kind", "MODULE").add("code", "M1")
                .add("title", "Core module").build()).expect(201).id();
        staff.post(nodes, Json.createObjectBuilder().add("kind", "LESSON").add("parentId", module).add("code", "L1")
                .add("title", "Mandates and principles").add("minutes", 90).add("deliveryMethod", "LECTURE").build())
                .expect(201);
        staff.post("api/curricula/" + curriculum + "/publish", "").expect(200);
        return title;
    }
}
