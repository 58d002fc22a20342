package org.peaceops.cadre.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.peaceops.cadre.testing.Api;
import org.peaceops.cadre.testing.Browser;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.Fixtures;

/**
 * The course screens in a real browser: a centre's staff member describes a
 * course, plans an offering and its timetable, is refused a session that
 * double-books a room, and moves a session by dragging it on the calendar.
 * Another centre's staff cannot open the offering, and an instructor's
 * calendar cannot be dragged.
 */
class CourseScreensIT extends CadreIT {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private Browser browser;
    private String staff;
    private String instructor;
    private String room;
    private String curriculum;

    @BeforeEach
    void setUp() {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        staff = account("CENTRE_STAFF", centre);
        instructor = account("INSTRUCTOR", centre);
        room = Fixtures.unique("Hall");
        fixtures.room(centre, room, 40);
        curriculum = publishedCurriculum(Api.as(base, staff, Fixtures.PASSWORD));
        browser = new Browser(base);
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void staffPlanAnOfferingAndMoveASessionOnTheCalendar() {
        // a Monday well ahead, so that the offering never lies in the past
        LocalDate monday = LocalDate.now().plusWeeks(8).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate tuesday = monday.plusDays(1);
        String code = Fixtures.unique("PKO").toUpperCase(Locale.ROOT);

        browser.signIn(staff, Fixtures.PASSWORD);
        createCourse(code);
        String offeringPath = createOffering(code, monday);

        addSession("Mandates briefing", monday, "09:00", "10:30");
        addSession("Protection of civilians", monday, "11:00", "12:30");
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
        drag(briefing, slot(tuesday, "10:00:00"));
        browser.waitForText(By.id("messages"), "moved");
        browser.waitForText(By.cssSelector("td.fc-timegrid-col[data-date='" + ISO.format(tuesday) + "']"),
                "Mandates briefing");

        // stored: the offering page, read afresh, shows the new day and times
        browser.open(offeringPath);
        WebElement row = sessionRow("Mandates briefing");
        assertTrue(row.getText().contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH).format(tuesday)), row.getText());
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

    private void createCourse(String code) {
        browser.open("app/course/list.xhtml");
        browser.waitForText(By.className("cadre-title"), "Courses");
        browser.click("coursesForm:add");
        browser.ajaxDone();
        browser.type("courseForm:code", code);
        browser.type("courseForm:title", "Pre-deployment training");
        choose("courseForm:type", "Individual pre-deployment (CPTM)");
        choose("courseForm:curriculumVersionId", curriculum + " · version 1 (Published)");
        retype("courseForm:defaultDays_input", "5");
        retype("courseForm:maxSeats_input", "24");
        browser.click("courseForm:save");
        browser.waitForText(By.id("messages"), "Course " + code + " saved.");
        browser.waitForText(By.id("coursesForm:courses"), curriculum);
    }

    /** Plans an offering through the dialog and opens its page; returns the page's path. */
    private String createOffering(String code, LocalDate monday) {
        browser.open("app/offering/list.xhtml");
        browser.waitForText(By.className("cadre-title"), "Offerings");
        browser.click("offeringsForm:add");
        browser.ajaxDone();
        browser.type("offeringForm:startsOn_input", ISO.format(monday));
        choose("offeringForm:courseId", code + " · Pre-deployment training");
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
        choose("sessionForm:roomId", room + " (40 places)");
        choose("sessionForm:leadInstructorId", "Test " + instructor);
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
    private void drag(WebElement event, Rectangle target) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", event);
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

    private void choose(String menuId, String label) {
        browser.click(menuId);
        browser.opened(By.id(menuId + "_panel"));
        String filterId = menuId + "_filter";
        if (!browser.all(By.id(filterId)).isEmpty()) {
            browser.type(filterId, label);
        }
        browser.visible(By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']"))
                .click();
        browser.waitForText(By.id(menuId + "_label"), label);
        browser.hidden(By.id(menuId + "_panel"));
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
