package org.peaceops.cadre.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peaceops.cadre.testing.Browser;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.CourseFixtures;
import org.peaceops.cadre.testing.Fixtures;

/**
 * The qualification, people and personal screens in a real browser: staff
 * record an instructor's master-trainer qualification and see it in the
 * expiring panel (and another centre's staff never see it), keep a trainee's
 * profile; a trainee sees their sessions in the centre's time and takes a
 * calendar link that works without signing in until it is revoked.
 */
class QualificationScreensIT extends CadreIT {

    private static final String EDITION = "CPTM-2017";
    private static final String SECOND_EDITION = "STM-UNMO";
    private static final String HELD_ROWS = "//tbody[@id='instructorsForm:instructors:0:held_data']/tr";

    private Browser browser;
    private CourseFixtures world;
    private CourseFixtures.Centre centre;

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
    void staffRecordAnExpiringQualificationThatNoOtherCentreSees() {
        String staff = centre.staff().username();
        String instructor = world.instructor(centre).username();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        signIn(browser, staff);
        browser.open("app/instructors.xhtml");
        browser.waitForText(By.id("instructorsForm:expiring"), "No qualification expires");
        filter("instructorsForm:instructors:name:filter", instructor, "instructorsForm:instructors");
        browser.waitForText(By.id("instructorsForm:instructors"), "No qualification recorded.");

        browser.click("instructorsForm:add");
        chooseHolder(instructor);
        choose("qualificationForm:frameworkEditionId", EDITION);
        typeDate("qualificationForm:issuedOn", today.minusYears(3).plusDays(30).toString());
        typeDate("qualificationForm:expiresOn", today.minusYears(3).toString());
        browser.type("qualificationForm:evidence", "Certificate MT-4711, regional centre");
        browser.click("qualificationForm:save");
        browser.waitForText(Browser.messageFor("qualificationForm:expiresOn"),
                "The expiry date must not be before the issue date.");
        assertTrue(browser.text("instructorsForm:expiring").contains("No qualification expires"),
                "nothing was recorded");

        LocalDate expiry = today.plusDays(30);
        typeDate("qualificationForm:expiresOn", expiry.toString());
        browser.click("qualificationForm:save");
        browser.waitForText(By.id("messages"), "Qualification of Test " + instructor + " saved.");
        browser.hidden(By.id("qualificationDialog"));

        String panel = browser.text("instructorsForm:expiringTable");
        assertTrue(panel.contains("Test " + instructor), panel);
        assertTrue(panel.contains(EDITION) && panel.contains(expiry.toString()), panel);
        assertEquals("30", browser.visible(By.xpath("//*[@id='instructorsForm:expiringTable_data']/tr[1]/td[5]"))
                .getText(), "days left");
        filter("instructorsForm:instructors:name:filter", instructor, "instructorsForm:instructors");
        String row = browser.text("instructorsForm:instructors");
        assertTrue(row.contains("Master trainer") && row.contains("Expires within 90 days")
                && row.contains("Recorded with evidence") && row.contains("Certificate MT-4711"), row);

        // A second one, expiring later, comes after it; moved beyond 90 days it leaves the panel; then it is removed.
        browser.click("instructorsForm:add");
        chooseHolder(instructor);
        choose("qualificationForm:frameworkEditionId", SECOND_EDITION);
        typeDate("qualificationForm:issuedOn", today.minusYears(1).toString());
        typeDate("qualificationForm:expiresOn", today.plusDays(60).toString());
        browser.type("qualificationForm:evidence", "Certificate MT-4712");
        browser.click("qualificationForm:save");
        browser.waitForText(By.id("instructorsForm:expiringTable"), SECOND_EDITION);
        assertEquals(List.of("30", "60"), expiringDaysLeft(), "soonest first");

        browser.click(heldButton(SECOND_EDITION, "edit"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeContains(
                By.id("qualificationForm:evidence"), "value", "Certificate MT-4712"));
        typeDate("qualificationForm:expiresOn", today.plusDays(120).toString());
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
    void staffKeepATraineesProfileAndOthersCannotOpenThePeoplePage() {
        String staff = centre.staff().username();
        String trainee = world.trainee(centre).username();
        signIn(browser, staff);
        browser.open("app/people.xhtml");
        filter("peopleForm:people:username:filter", trainee, "peopleForm:people");
        browser.waitForText(By.id("peopleForm:people"), "No profile yet");

        browser.click("peopleForm:people:0:edit");
        browser.waitForText(By.id("profileOf"), "Test " + trainee);
        browser.click("profileForm:save");
        browser.waitForText(Browser.messageFor("profileForm:category"), "must not be null");

        choose("profileForm:category", "Police");
        choose("profileForm:rankBand", "Junior officer");
        browser.click("profileForm:languages");
        browser.visible(By.id("profileForm:languages_panel"));
        browser.click(By.xpath("//*[@id='profileForm:languages_panel']//li[.//label[normalize-space()='French']]"
                + "//div[contains(@class,'ui-chkbox-box')]"));
        browser.dismiss(By.id("profileForm:languages_panel"), By.id("profileOf"));
        browser.click("profileForm:save");
        browser.waitForText(By.id("messages"), "Profile of Test " + trainee + " saved.");

        browser.open("app/people.xhtml");
        filter("peopleForm:people:username:filter", trainee, "peopleForm:people");
        String row = browser.text("peopleForm:people");
        assertTrue(row.contains("Police") && row.contains("Junior officer") && row.contains("French"), row);

        try (Browser traineeBrowser = new Browser(base)) {
            signIn(traineeBrowser, trainee);
            traineeBrowser.open("app/people.xhtml");
            traineeBrowser.waitForText(By.id("errorTitle"), "Not allowed");
        }
    }

    @Test
    void aTraineeSeesTheirTrainingAndTakesACalendarLinkThatWorksUntilRevoked() throws Exception {
        CourseFixtures.Person trainee = world.trainee(centre);
        LocalDate monday = CourseFixtures.monday();
        long offering = world.offering(centre, world.course(centre), monday, monday.plusDays(4), 20)
                .getJsonNumber("id").longValue();
        String session = Fixtures.unique("Opening session");
        world.session(centre, offering, CourseFixtures.sessionJson(session, monday.atTime(9, 0), 2)).expect(201);
        world.open(centre, offering);
        world.enrol(centre, offering, trainee.id()).expect(201);

        signIn(browser, trainee.username());
        assertTrue(browser.all(By.id("unreadNotices")).isEmpty(), "no reminder without unread notices");
        browser.open("app/my/notices.xhtml");
        browser.waitForText(By.id("noticesForm:notices"), "You have no notices.");

        browser.open("app/my/training.xhtml");
        browser.waitForText(By.id("sessionsHint"), CourseFixtures.NAIROBI);
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

    private static void signIn(Browser browser, String username) {
        browser.signIn(username, Fixtures.PASSWORD);
        browser.waitForText(By.className("cadre-title"), "Dashboard");
    }

    /** Picks the holder by typing part of the name and clicking the suggestion. */
    private void chooseHolder(String username) {
        browser.type("qualificationForm:holderId_input", username);
        browser.click(By.xpath("//*[@id='qualificationForm:holderId_panel']//li[contains(.,'Test " + username + "')]"));
        browser.hidden(By.id("qualificationForm:holderId_panel"));
        assertEquals("Test " + username,
                browser.visible(By.id("qualificationForm:holderId_input")).getAttribute("value"));
    }

    /** Types into a column filter and waits until the table lists exactly one row. */
    private void filter(String filterId, String text, String tableId) {
        browser.type(filterId, text);
        browser.waitForText(By.id(tableId), "1-1 / 1");
    }

    /** Types a date (yyyy-MM-dd) into a date picker, then makes sure its calendar is closed. */
    private void typeDate(String pickerId, String date) {
        browser.type(pickerId + "_input", date);
        browser.dismiss(By.id(pickerId + "_panel"), By.cssSelector("label[for='qualificationForm:evidence']"));
        assertEquals(date, browser.visible(By.id(pickerId + "_input")).getAttribute("value"));
    }

    /** Chooses the item of a menu whose label starts with {@code label}, filtering first where the menu can. */
    private void choose(String menuId, String label) {
        browser.click(menuId);
        browser.opened(By.id(menuId + "_panel"));
        String filterId = menuId + "_filter";
        if (!browser.all(By.id(filterId)).isEmpty()) {
            browser.type(filterId, label);
        }
        browser.visible(By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label^='" + label + "']"))
                .click();
        browser.waitForText(By.id(menuId + "_label"), label);
        browser.hidden(By.id(menuId + "_panel"));
    }
}
