package org.peaceops.cadre.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.peaceops.cadre.testing.Accessibility;
import org.peaceops.cadre.testing.Api;
import org.peaceops.cadre.testing.Browser;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.CasePackages;
import org.peaceops.cadre.testing.CourseFixtures;
import org.peaceops.cadre.testing.Fixtures;
import org.peaceops.cadre.testing.Pages;
import org.peaceops.cadre.testing.RawRequest;

/**
 * The screens in a real browser: sign-in, the dashboard, the language switch,
 * and the main path of each list-and-edit screen, with the role checks a
 * person meets on the way; the security headers of every answer, the main
 * screens working under the Content-Security-Policy, and a signed-in
 * browser's session that another site cannot use to change things; the main
 * screens against WCAG 2.1 AA (axe-core) in both languages, and a sign-in by
 * keyboard alone. The curriculum and ITS framework screens: a centre's staff
 * member writes a curriculum, maps its lessons onto CPTM 2017 through the
 * picker, reads the alignment, and publishes it, after which the version is
 * read-only; everyone reads an edition's tree; an administrator's CASE import
 * is refused or followed to its end. Pages asked for with wrong ids or sent
 * mangled forms answer with their error page or a message. One class, so
 * that all of it shares one server start.
 */
class ScreensIT extends CadreIT {

    /** A spot beside the date pickers, clicked to close their calendars. */
    private static final By MISSION_CODE_LABEL = By.cssSelector("label[for='missionForm:code']");
    private static final By EDITIONS = By.id("frameworksForm:editions");
    private static final By FILE_INPUT = By.cssSelector("#importForm input[type=file]");

    @TempDir
    Path files;

    private Browser browser;

    @BeforeEach
    void setUp() {
        browser = new Browser(base);
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void aWrongPasswordShowsAnErrorAndStaysOnTheLoginPage() {
        browser.signIn("admin", "wrong-password");
        browser.waitForText(By.id("login:loginMessages"), "wrong");
        assertTrue(browser.currentUrl().contains("login.xhtml"));
    }

    @Test
    void staffSeeTheirDashboardSwitchToFrenchAndSignOut() {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        fixtures.room(centre, "Hall", 40);
        fixtures.room(centre, "Annex", 12);
        String username = staffAccount(centre);

        // A protected page opens a session (to come back to after sign-in) before sending to the login page.
        browser.open("app/dashboard.xhtml");
        String before = browser.cookie("JSESSIONID");
        assertNotNull(before, "a session to plant before sign-in");
        browser.signIn(username, Fixtures.PASSWORD);
        browser.waitForText(By.className("cadre-title"), "Dashboard");
        assertNotEquals(before, browser.cookie("JSESSIONID"), "the session id must change at sign-in");
        assertEquals("2", browser.text("tile-dashboard.rooms"));
        assertEquals("52", browser.text("tile-dashboard.seats"));
        assertTrue(browser.text("greeting").contains("Test " + username));

        browser.click("languageForm:french");
        browser.waitForText(By.className("cadre-title"), "Tableau de bord");
        assertTrue(browser.pageText().contains("Salles de votre centre"));

        browser.click("userForm:logout");
        browser.waitForText(By.id("login:submit"), "Se connecter");
        browser.open("app/dashboard.xhtml");
        assertTrue(browser.currentUrl().contains("login.xhtml"), "signed out users go back to the login page");
    }

    @Test
    void staffCannotOpenAdministrationPages() {
        String username = staffAccount(fixtures.centre(Fixtures.unique("Centre")));
        browser.signIn(username, Fixtures.PASSWORD);
        browser.waitForText(By.className("cadre-title"), "Dashboard");
        assertTrue(browser.all(By.id("menuForm:admin")).isEmpty(), "no administration menu for staff");
        browser.open("app/admin/centres.xhtml");
        browser.waitForText(By.id("errorTitle"), "Not allowed");
    }

    @Test
    void anAdministratorAddsACentreAndIsToldWhatIsMissing() {
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.open("app/admin/centres.xhtml");
        browser.click("centresForm:add");
        browser.visible(By.id("centreForm:name"));
        browser.click("centreForm:save");
        browser.waitForText(By.id("centreForm"), "is required");

        String name = Fixtures.unique("Screen Centre");
        browser.type("centreForm:name", name);
        browser.type("centreForm:city", "Bamako");
        browser.choose("centreForm:countryCode", "Mali");
        browser.choose("centreForm:timeZone", "Africa/Bamako");
        browser.click("centreForm:save");
        browser.waitForText(By.id("messages"), "saved");
        browser.type("centresForm:centres:name:filter", name);
        browser.waitForText(By.id("centresForm:centres"), name);
        assertEquals(1, fixtures.admin().get("api/centres?name=" + name.replace(" ", "%20")).expect(200)
                .json().getInt("total"));
    }

    @Test
    void staffAddARoomToTheirCentreAndSeeNoOtherCentresRooms() {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        String elsewhere = Fixtures.unique("Elsewhere Room");
        fixtures.room(fixtures.centre(Fixtures.unique("Other Centre")), elsewhere, 30);
        browser.signIn(staffAccount(centre), Fixtures.PASSWORD);
        browser.waitForText(By.className("cadre-title"), "Dashboard");
        browser.open("app/centre/rooms.xhtml");

        browser.click("roomsForm:add");
        browser.visible(By.id("roomForm:name"));
        browser.type("roomForm:capacity_input", "0");
        browser.click("roomForm:save");
        browser.waitForText(Browser.messageFor("roomForm:name"), "is required");
        browser.waitForText(Browser.messageFor("roomForm:capacity"), "must be 1 or more");

        String name = Fixtures.unique("Room");
        browser.type("roomForm:name", name);
        browser.type("roomForm:capacity_input", "24");
        browser.click("roomForm:save");
        browser.waitForText(By.id("messages"), "saved");
        browser.filterToOne("roomsForm:rooms:name:filter", name, "roomsForm:rooms");
        browser.waitForText(By.id("roomsForm:rooms"), name);

        browser.type("roomsForm:rooms:name:filter", elsewhere);
        browser.waitForText(By.id("roomsForm:rooms"), "Nothing to show.");
        assertFalse(browser.text("roomsForm:rooms").contains(elsewhere), "another centre's room is not listed");
    }

    @Test
    void anAdministratorFindsAMissionAndAddsOneWithDatesInOrder() {
        signInAsAdministrator();
        browser.open("app/admin/missions.xhtml");
        browser.filterToOne("missionsForm:missions:code:filter", "UNIFIL", "missionsForm:missions");
        browser.waitForText(By.id("missionsForm:missions"), "United Nations Interim Force in Lebanon");

        String code = "T" + System.currentTimeMillis() % 10_000_000_000L;
        browser.click("missionsForm:add");
        browser.type("missionForm:code", code);
        browser.type("missionForm:name", "Test mission " + code);
        browser.choose("missionForm:leadOrganisation", "African Union");
        browser.choose("missionForm:status", "Planned");
        browser.typeDate("missionForm:startedOn", "2025-03-01", MISSION_CODE_LABEL);
        browser.typeDate("missionForm:endedOn", "2025-02-01", MISSION_CODE_LABEL);
        browser.click("missionForm:save");
        browser.waitForText(By.id("missionForm:endedOnAfterStart"), "the end date cannot be before the start date");

        browser.typeDate("missionForm:endedOn", "2026-02-01", MISSION_CODE_LABEL);
        browser.click("missionForm:save");
        browser.waitForText(By.id("messages"), "saved");
        browser.filterToOne("missionsForm:missions:code:filter", code, "missionsForm:missions");
        browser.waitForText(By.id("missionsForm:missions"), "Test mission " + code);
        browser.waitForText(By.id("missionsForm:missions"), "2026-02-01");
    }

    @Test
    void anAccountOpenedByTheAdministratorCanSignInToItsCentre() {
        String centre = Fixtures.unique("Instructor Centre");
        fixtures.centre(centre);
        String username = Fixtures.unique("instructor");
        signInAsAdministrator();
        browser.open("app/admin/accounts.xhtml");
        browser.click("accountsForm:add");
        browser.type("accountForm:username", username);
        browser.type("accountForm:password", Fixtures.PASSWORD);
        browser.type("accountForm:displayName", "Instructor " + username);
        browser.type("accountForm:email", username + "@example.org");
        browser.check("accountForm:roles", "Instructor");
        browser.choose("accountForm:centreId", centre);
        browser.click("accountForm:save");
        browser.waitForText(By.id("messages"), "saved");

        try (Browser instructor = new Browser(base)) {
            instructor.signIn(username, Fixtures.PASSWORD);
            instructor.waitForText(By.className("cadre-title"), "Dashboard");
            instructor.waitForText(By.id("greeting"), "Instructor " + username);
            instructor.waitForText(By.id("centre"), centre);
        }
    }

    @Test
    void aRefusedSignInIsInTheAuditTrail() {
        String stranger = Fixtures.unique("stranger");
        browser.signIn(stranger, "wrong-password");
        browser.waitForText(By.id("login:loginMessages"), "wrong");

        signInAsAdministrator();
        browser.open("app/admin/audit.xhtml");
        browser.filterToOne("auditForm:entries:actor:filter", stranger, "auditForm:entries");
        browser.waitForText(By.id("auditForm:entries"), stranger);
        browser.waitForText(By.id("auditForm:entries"), "SIGN_IN");
        browser.waitForText(By.id("auditForm:entries"), "Refused");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        HttpResponse<String> page = RawRequest.send(base, "GET", "login.xhtml", null);
        HttpResponse<String> api = admin.get("api/centres").expect(200).response();
        HttpResponse<String> resource = RawRequest.send(base, "GET",
                "jakarta.faces.resource/css/cadre.css.xhtml?ln=cadre", null);
        HttpResponse<String> missing = RawRequest.send(base, "GET", "no-such-page", null);
        assertEquals(List.of(200, 200, 200, 404),
                List.of(page.statusCode(), api.statusCode(), resource.statusCode(), missing.statusCode()));

        for (HttpResponse<String> answer : List.of(page, api, resource, missing)) {
            String which = answer.uri().getPath();
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), which + " must carry exactly one policy: " + policies);
            assertTrue(policies.get(0).contains("frame-ancestors 'none'"), which + ": " + policies);
            assertTrue(policies.get(0).contains("object-src 'none'"), which + ": " + policies);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), which);
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(null), which);
        }
        // Pages (error pages too) allow their own scripts by the nonce PrimeFaces gives them, and nothing inline.
        for (HttpResponse<String> html : List.of(page, missing)) {
            String policy = html.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.matches(".*script-src 'self' 'nonce-[^']+'.*"), policy);
            assertFalse(policy.contains("unsafe-eval") || policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
        }
        for (HttpResponse<String> answer : List.of(page, api, missing)) {
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(null), answer.uri().getPath());
        }
        assertFalse(resource.headers().allValues("Cache-Control").contains("no-store"), "files may be cached");
        String cookie = signIn(Pages.anonymous(base)).sessionCookie();
        assertNotNull(cookie, "signing in opens a session");
        assertTrue(cookie.contains("HttpOnly")
                && cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP, and cadre.cookies.secure is not set: " + cookie);
    }

    /**
     * The sign-in page and its language switch keep nothing on the server for
     * a visitor: sessions begin with signing in (a scanner or a crowd at the
     * sign-in page fills no memory, and costs no replication).
     */
    @Test
    void aVisitorWhoHasNotSignedInCostsNoSession() {
        Pages visitor = Pages.anonymous(base);
        Pages.Reply login = visitor.get("login.xhtml");
        assertEquals(null, login.sessionCookie(), "the sign-in page opens no session");

        Pages.Reply switched = visitor.post("login.xhtml", Map.of("languageForm", "languageForm",
                "languageForm:french", "languageForm:french", "jakarta.faces.ViewState", login.viewState()), false);
        assertEquals(302, switched.status(), "the language switch shows the page again");
        assertEquals(null, switched.sessionCookie(), "switching the language opens no session");
        assertTrue(switched.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("cadre-language=fr")));
        Pages.Reply french = visitor.get("login.xhtml");
        assertTrue(french.body().contains("lang=\"fr\""), "the language is kept in its own cookie");
        assertEquals(null, french.sessionCookie());

        assertNotNull(signIn(visitor).sessionCookie(), "signing in opens the session");
    }

    private Pages.Reply signIn(Pages visitor) {
        String username = staffAccount(fixtures.centre(Fixtures.unique("Centre")));
        return visitor.post("login.xhtml", visitor.signInForm(username), false);
    }

    @Test
    void theMainScreensWorkUnderTheContentSecurityPolicy() {
        CourseFixtures world = new CourseFixtures(base, fixtures);
        CourseFixtures.Centre centre = world.centre();
        CourseFixtures.Curriculum curriculum = world.publishedCurriculum(centre);
        long course = world.course(centre, world.courseJson(curriculum, Fixtures.unique("C").toUpperCase()));
        LocalDate monday = CourseFixtures.monday();
        long offering = world.offering(centre, course, monday, monday.plusDays(4), 20).getJsonNumber("id").longValue();
        long session = world.session(centre, offering, CourseFixtures.sessionJson("Opening", monday.atTime(9, 0), 2))
                .expect(201).json().getJsonObject("session").getJsonNumber("id").longValue();
        List<String> violations = new ArrayList<>();

        browser.open("login.xhtml");
        browser.signIn(centre.staff().username(), Fixtures.PASSWORD);
        browser.waitForText(By.className("cadre-title"), "Dashboard");
        violations.addAll(browser.policyViolations());
        violations.addAll(visit("app/curriculum/list.xhtml", "curriculaForm:add", "curriculumDialog"));
        violations.addAll(visit("app/curriculum/edit.xhtml?id=" + curriculum.id(), null, null));
        violations.addAll(visit("app/curriculum/alignment.xhtml?id=" + curriculum.id() + "&version=1", null, null));
        violations.addAll(visit("app/course/list.xhtml", "coursesForm:add", "courseDialog"));
        violations.addAll(visit("app/offering/list.xhtml", "offeringsForm:add", "offeringDialog"));
        violations.addAll(visit("app/offering/view.xhtml?id=" + offering, "offeringPage:addSession", "sessionDialog"));
        browser.click("sessionForm:cancel");
        browser.hidden(By.id("sessionDialog"));
        browser.click("offeringPage:edit");
        browser.visible(By.id("offeringEditDialog"));
        violations.addAll(browser.policyViolations());
        violations.addAll(visit("app/calendar.xhtml?date=" + monday, null, null));
        browser.visible(By.cssSelector(".fc-event"));
        violations.addAll(visit("app/instructors.xhtml", "instructorsForm:add", "qualificationDialog"));
        violations.addAll(visit("app/centre/rooms.xhtml", "roomsForm:add", "roomDialog"));
        violations.addAll(visit("app/people.xhtml", "peopleForm:add", "personDialog"));
        violations.addAll(visit("app/cohort/list.xhtml", "cohortsForm:add", "cohortDialog"));
        violations.addAll(visit("app/cohort/view.xhtml?id=" + world.cohort(centre, Fixtures.unique("Cohort"), 1),
                null, null));
        violations.addAll(visit("app/session/attendance.xhtml?id=" + session, null, null));

        browser.click("userForm:logout");
        browser.visible(By.id("login:submit"));
        signInAsAdministrator();
        violations.addAll(visit("app/framework/list.xhtml", "frameworksForm:import", "importDialog"));
        violations.addAll(visit("app/admin/accounts.xhtml", "accountsForm:add", "accountDialog"));
        violations.addAll(visit("app/admin/centres.xhtml", "centresForm:add", "centreDialog"));
        violations.addAll(visit("app/admin/missions.xhtml", "missionsForm:add", "missionDialog"));
        violations.addAll(visit("app/admin/audit.xhtml", null, null));
        assertEquals(List.of(), violations, "the screens must need nothing the policy refuses");

        // The policy is in force: a script slipped into the page does not run, and the browser says so.
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript("var s = document.createElement('script'); s.textContent = 'window.slippedIn = true';"
                + " document.body.appendChild(s);");
        assertEquals(Boolean.FALSE, page.executeScript("return window.slippedIn === true;"));
        assertFalse(browser.policyViolations().isEmpty(), "the refused script is reported");
    }

    @Test
    void theMainScreensMeetWcagAaInEnglishAndFrenchAndSignInNeedsOnlyTheKeyboard() {
        CourseFixtures world = new CourseFixtures(base, fixtures);
        CourseFixtures.Centre centre = world.centre();
        CourseFixtures.Curriculum published = world.publishedCurriculum(centre);
        long draft = world.draftCurriculum(centre).id();
        long course = world.course(centre, world.courseJson(published, Fixtures.unique("C").toUpperCase()));
        LocalDate monday = CourseFixtures.monday();
        long offering = world.offering(centre, course, monday, monday.plusDays(4), 20).getJsonNumber("id").longValue();
        long session = world.session(centre, offering, CourseFixtures.sessionJson("Opening", monday.atTime(9, 0), 2))
                .expect(201).json().getJsonObject("session").getJsonNumber("id").longValue();
        List<String> pages = List.of("app/dashboard.xhtml", "app/curriculum/list.xhtml", "app/course/list.xhtml",
                "app/offering/list.xhtml", "app/calendar.xhtml?date=" + monday, "app/instructors.xhtml",
                "app/centre/rooms.xhtml", "app/framework/list.xhtml", "app/curriculum/edit.xhtml?id=" + draft,
                "app/curriculum/alignment.xhtml?id=" + published.id() + "&version=1", "app/people.xhtml",
                "app/cohort/list.xhtml", "app/cohort/view.xhtml?id=" + world.cohort(centre, Fixtures.unique("Cohort"), 1),
                "app/session/attendance.xhtml?id=" + session);
        List<String> problems = new ArrayList<>();

        browser.open("login.xhtml");
        problems.addAll(accessibilityProblems("login.xhtml"));
        signInWithTheKeyboardOnly(centre.staff().username());
        browser.waitForText(By.className("cadre-title"), "Dashboard");
        pages.forEach(page -> problems.addAll(checkedScreen("en", page)));
        // A dialog's date pickers open their calendars from a button of their own, which needs a name too.
        browser.open("app/offering/list.xhtml");
        browser.click("offeringsForm:add");
        browser.visible(By.id("offeringDialog"));
        browser.ajaxDone();
        // The pointer rests on the dialog, as a person's would, not on the button behind the overlay.
        new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.id("offeringDialog_title")))
                .perform();
        problems.addAll(accessibilityProblems("en app/offering/list.xhtml, its dialog open"));

        browser.open("app/dashboard.xhtml");
        browser.click("languageForm:french");
        browser.waitForText(By.className("cadre-title"), "Tableau de bord");
        pages.forEach(page -> problems.addAll(checkedScreen("fr", page)));
        assertEquals(List.of(), problems, "serious or critical WCAG 2.1 AA violations, or unreadable names");

        // An edition shipped by its title only says so in French too, in the list and in the mapping picker.
        browser.open("app/framework/list.xhtml");
        browser.type("frameworksForm:editions:code:filter", "STM-UNMO");
        browser.waitForText(By.id("frameworksForm:editions"), "Aucun élément chargé");
        browser.open("app/curriculum/edit.xhtml?id=" + draft);
        browser.visible(By.className("cadre-title"));
        assertTrue(browser.options("mapForm:editionId").stream().anyMatch(label -> label.startsWith("STM-UNMO ")
                && label.endsWith(" (vide)")), browser.options("mapForm:editionId").toString());
    }

    @Test
    void theAlignmentPageExplainsEstimatedDurationsAndGivesGapsTheirMinutes() {
        CourseFixtures world = new CourseFixtures(base, fixtures);
        CourseFixtures.Centre centre = world.centre();
        long curriculum = world.publishedCurriculum(centre).id();
        browser.signIn(centre.staff().username(), Fixtures.PASSWORD);
        browser.waitForText(By.className("cadre-title"), "Dashboard");

        // Nothing is mapped: every item of the edition is a gap, those it gives no duration among them.
        browser.open("app/curriculum/alignment.xhtml?id=" + curriculum + "&version=1");
        browser.waitForText(By.id("estimatedLegend"), "Estimated");
        List<String> minutes = browser.all(By.cssSelector("[id='alignmentForm:gaps'] td.cadre-number")).stream()
                .map(cell -> cell.getText().strip()).toList();
        assertFalse(minutes.isEmpty(), "gaps listed");
        assertTrue(minutes.stream().noneMatch(String::isEmpty), "every gap shows its minutes: " + minutes);
        assertTrue(minutes.stream().anyMatch(shown -> shown.matches("(?s)\\d+\\s*\\*.*")), "estimated ones marked: " + minutes);
    }

    @Test
    void anotherSiteCannotUseASignedInBrowsersSessionToChangeThings() {
        CourseFixtures world = new CourseFixtures(base, fixtures);
        CourseFixtures.Centre centre = world.centre();
        long curriculum = world.draftCurriculum(centre).id();
        browser.signIn(centre.staff().username(), Fixtures.PASSWORD);
        browser.waitForText(By.className("cadre-title"), "Dashboard");
        String cookie = "JSESSIONID=" + browser.cookie("JSESSIONID");
        String publish = "api/curricula/" + curriculum + "/publish";

        HttpResponse<String> refused = RawRequest.send(base, "POST", publish, null,
                "Cookie", cookie, "Origin", "http://evil.example", "Accept-Language", "fr");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("Non autorisé",
                Json.createReader(new StringReader(refused.body())).readObject().getString("title"));
        assertEquals(403, RawRequest.send(base, "POST", publish, null,
                "Cookie", cookie, "Sec-Fetch-Site", "cross-site", "Origin", "http://evil.example").statusCode());
        assertEquals(403, RawRequest.send(base, "POST", publish, "",
                "Cookie", cookie, "Origin", "null", "Content-Type", "text/plain").statusCode());
        assertEquals("DRAFT", versions(centre.api(), curriculum).get(0), "nothing was published");

        centre.api().post(publish, "").expect(200);
        assertEquals(403, RawRequest.send(base, "POST", "api/curricula/" + curriculum + "/drafts", null,
                "Cookie", cookie, "Sec-Fetch-Site", "same-site").statusCode());
        assertEquals(List.of("PUBLISHED"), versions(centre.api(), curriculum), "no draft was started");

        String readAll = "api/notices/read-all";
        assertEquals(403, RawRequest.send(base, "POST", readAll, "a=b", "Cookie", cookie,
                "Origin", "http://evil.example", "Content-Type", "application/x-www-form-urlencoded").statusCode());
        // Neither Origin nor Sec-Fetch-Site: a plain form or text body on the cookie alone proves nothing.
        assertEquals(403, RawRequest.send(base, "POST", readAll, "{}", "Cookie", cookie,
                "Content-Type", "text/plain").statusCode());

        // Cadre's own pages, and programs that say who they are, still get through with the cookie.
        String origin = base.getProtocol() + "://" + base.getAuthority();
        assertEquals(200, RawRequest.send(base, "POST", readAll, null, "Cookie", cookie,
                "Origin", origin, "Sec-Fetch-Site", "same-origin").statusCode());
        assertEquals(200, RawRequest.send(base, "POST", readAll, null,
                "Cookie", cookie, "Origin", origin).statusCode());
        assertEquals(200, RawRequest.send(base, "POST", readAll, null, "Cookie", cookie,
                "X-Requested-With", "XMLHttpRequest").statusCode());
        assertEquals(200, RawRequest.send(base, "POST", readAll, "{}", "Cookie", cookie,
                "Content-Type", "application/json").statusCode());
    }

    /** Opens a page, and a dialog on it if asked; answers the policy violations the browser reported. */
    private List<String> visit(String page, String dialogButton, String dialog) {
        browser.open(page);
        browser.visible(By.className("cadre-title"));
        browser.ajaxDone();
        if (dialogButton != null) {
            browser.click(dialogButton);
            browser.visible(By.id(dialog));
            browser.ajaxDone();
        }
        return browser.policyViolations();
    }

    /** Opens a screen and answers what the accessibility checks found on it, each line naming the screen. */
    private List<String> checkedScreen(String language, String page) {
        browser.open(page);
        browser.visible(By.className("cadre-title"));
        if (page.startsWith("app/calendar")) {
            browser.visible(By.cssSelector(".fc-event"));
        }
        browser.ajaxDone();
        return accessibilityProblems(language + " " + page);
    }

    private List<String> accessibilityProblems(String screen) {
        List<String> problems = new ArrayList<>();
        Accessibility.seriousViolations(browser).forEach(violation -> problems.add(screen + ": " + violation));
        Accessibility.unreadableNames(browser).forEach(name -> problems.add(screen + ": unreadable name " + name));
        return problems;
    }

    /** From the top of the login page, Tab to each field, type, and send the form with Enter: no mouse. */
    private void signInWithTheKeyboardOnly(String username) {
        tabTo("login:username");
        new Actions(browser.driver()).sendKeys(username).perform();
        tabTo("login:password");
        new Actions(browser.driver()).sendKeys(Fixtures.PASSWORD).sendKeys(Keys.ENTER).perform();
    }

    private void tabTo(String id) {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        for (int stop = 0; stop < 10 && !id.equals(page.executeScript("return document.activeElement.id;")); stop++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertEquals(id, page.executeScript("return document.activeElement.id;"), "Tab never reached " + id);
    }

    /** The statuses of a curriculum's versions. */
    private static List<String> versions(Api staff, long curriculum) {
        return staff.get("api/curricula/" + curriculum + "/versions").expect(200).array().stream()
                .map(version -> version.asJsonObject().getString("status")).toList();
    }

    private void signInAsAdministrator() {
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.waitForText(By.className("cadre-title"), "Dashboard");
    }

    private String staffAccount(long centre) {
        String username = Fixtures.unique("staff");
        fixtures.admin().post("api/accounts", Fixtures.accountJson(username, "CENTRE_STAFF", centre).build())
                .expect(201);
        return username;
    }

    // --- curricula and ITS frameworks ----------------------------------------------------------

    @Test
    void staffWriteMapMeasureAndPublishACurriculum() {
        openNewCurriculum();

        addNode("editForm:addModule", "M1", "Core module", null);
        select("Core module");
        addNode("editForm:addLesson", "L1", "Mandates and principles", "90");
        select("Core module");
        addNode("editForm:addLesson", "L2", "Protection of civilians", "60");

        assertEquals(0.0, coverage(), 0.001, "nothing is mapped yet");

        select("Mandates and principles");
        map("1.1", null);
        browser.waitForText(By.id("editForm:tree"), "1.1 · Full");
        select("Protection of civilians");
        map("2.5", "Partial");
        browser.waitForText(By.id("editForm:tree"), "2.5 · Partial");

        // An edition shipped by its title only is marked empty in the picker, and a search in it says why it finds nothing.
        browser.click("editForm:mapNode");
        browser.ajaxDone();
        List<String> editions = browser.options("mapForm:editionId");
        assertTrue(editions.contains("CPTM-2017 · Core Pre-Deployment Training Materials (2017)"), editions.toString());
        assertTrue(editions.contains("STM-UNMO · Specialized Training Materials for UN Military Observers (empty)"),
                editions.toString());
        browser.chooseStartingWith("mapForm:editionId", "STM-UNMO");
        browser.type("mapForm:query", "1");
        browser.click("mapForm:search");
        browser.ajaxDone();
        browser.waitForText(By.id("mapForm:results"), "This edition has no items yet");
        browser.click("mapForm:cancel");
        browser.hidden(By.id("mapDialog"));

        double after = coverage();
        assertTrue(after > 0, "the mappings cover part of CPTM 2017, but coverage was " + after);

        browser.click("editForm:publish");
        browser.click("confirmYes");
        browser.waitForText(By.id("messages"), "Version 1 published");
        browser.waitForText(By.id("editForm:readOnly"), "published");
        assertTrue(browser.text("editForm:version").contains("Published"));
        assertTrue(browser.all(By.id("editForm:addModule")).isEmpty(), "no editing buttons on a published version");
        assertTrue(browser.all(By.id("editForm:newDraft")).size() == 1, "a new draft can be started");
    }

    @Test
    void staffReorderTheDraftByDragAndDrop() {
        openNewCurriculum();
        addNode("editForm:addModule", "M1", "Core module", null);
        select("Core module");
        addNode("editForm:addLesson", "L1", "Mandates and principles", "90");
        select("Core module");
        addNode("editForm:addLesson", "L2", "Protection of civilians", "60");
        assertEquals(List.of("Core module", "Mandates and principles", "Protection of civilians"), treeTitles());

        browser.click("editForm:reorder");
        browser.ajaxDone();
        browser.visible(By.id("editForm:reorderTree"));

        // the second lesson dropped on the drop point above the first one
        drag(reorderNode("L2 · Protection of civilians"),
                reorderItem("L1 · Mandates and principles").findElement(By.xpath("preceding-sibling::li[contains(@class,'ui-tree-droppoint')][1]")));
        browser.waitForText(By.id("messages"), "\"Protection of civilians\" moved.");
        assertEquals(List.of("Core module", "Protection of civilians", "Mandates and principles"), treeTitles(),
                "the tree table shows the stored order");
        assertEquals(List.of("M1 · Core module", "L2 · Protection of civilians", "L1 · Mandates and principles"),
                reorderLabels(), "the reorder tree shows the stored order");

        // a lesson cannot stand at the top level, beside the module: refused, and the order stays
        drag(reorderNode("L1 · Mandates and principles"),
                reorderItem("M1 · Core module").findElement(By.xpath("following-sibling::li[contains(@class,'ui-tree-droppoint')][1]")));
        browser.waitForText(By.id("messages"), "cannot go there");
        assertEquals(List.of("Core module", "Protection of civilians", "Mandates and principles"), treeTitles(),
                "a refused move changes nothing");
        assertEquals(List.of("M1 · Core module", "L2 · Protection of civilians", "L1 · Mandates and principles"),
                reorderLabels(), "the reorder tree snaps back");
        assertEquals(2, browser.all(By.xpath("//div[@id='editForm:reorderTree']//li[contains(@class,'ui-treenode')]"
                + "[.//span[normalize-space()='M1 · Core module']]//li[contains(@class,'ui-treenode')]")).size(),
                "both lessons are back under the module");
    }

    private void openNewCurriculum() {
        String username = staffAccount(fixtures.centre(Fixtures.unique("Centre")));
        browser.signIn(username, Fixtures.PASSWORD);
        browser.waitForText(By.className("cadre-title"), "Dashboard");
        browser.click("menuForm:curricula");
        browser.waitForText(By.className("cadre-title"), "Curricula");

        String title = Fixtures.unique("Pre-deployment course");
        browser.click("curriculaForm:add");
        browser.type("curriculumForm:title", title);
        browser.type("curriculumForm:audience", "Infantry battalions");
        browser.click("curriculumForm:save");
        browser.waitForText(By.id("messages"), "saved");
        browser.visible(By.linkText(title)).click();
        browser.waitForText(By.id("editForm:curriculumTitle"), title);
    }

    /** The titles in the tree table, top to bottom. */
    private List<String> treeTitles() {
        return browser.all(By.cssSelector("[id='editForm:tree_data'] .cadre-node-title")).stream()
                .map(WebElement::getText).toList();
    }

    /** The labels in the reorder tree, top to bottom. */
    private List<String> reorderLabels() {
        return browser.all(By.cssSelector("[id='editForm:reorderTree'] .cadre-reorder-node")).stream()
                .map(WebElement::getText).toList();
    }

    /** The reorder tree's item (li) showing this label. */
    private WebElement reorderItem(String label) {
        return browser.visible(By.xpath("//div[@id='editForm:reorderTree']//li[contains(@class,'ui-treenode')]"
                + "[./*[contains(@class,'ui-treenode-content')]//span[normalize-space()='" + label + "']]"));
    }

    /** The draggable part of the reorder tree's item showing this label. */
    private WebElement reorderNode(String label) {
        return reorderItem(label).findElement(By.xpath("./*[contains(@class,'ui-treenode-content')]"));
    }

    /** Drags with small steps and pauses, as jQuery UI needs to notice a drag; then waits for the AJAX drop. */
    private void drag(WebElement source, WebElement target) {
        Duration pause = Duration.ofMillis(150);
        new Actions(browser.driver()).moveToElement(source).clickAndHold().pause(pause)
                .moveByOffset(5, 5).pause(pause).moveByOffset(5, 5).pause(pause)
                .moveToElement(target).pause(pause).moveToElement(target, 1, 0).pause(pause)
                .release().perform();
        browser.ajaxDone();
    }

    private void addNode(String button, String code, String title, String minutes) {
        browser.click(button);
        browser.ajaxDone();
        browser.type("nodeForm:code", code);
        browser.type("nodeForm:title", title);
        if (minutes != null) {
            browser.type("nodeForm:minutes_input", minutes);
        }
        browser.click("nodeForm:save");
        browser.waitForText(By.id("editForm:tree"), title);
        browser.ajaxDone();
    }

    /** Selects the tree row showing this title. */
    private void select(String title) {
        browser.visible(By.xpath("//tbody[@id='editForm:tree_data']//tr[.//span[text()='" + title + "']]/td[2]"))
                .click();
        browser.ajaxDone();
    }

    /** Maps the selected node onto a CPTM 2017 item through the picker, with the strength's label if not Full. */
    private void map(String code, String strength) {
        browser.click("editForm:mapNode");
        browser.ajaxDone();
        browser.type("mapForm:query", code);
        browser.click("mapForm:search");
        browser.ajaxDone();
        browser.waitForText(By.id("mapForm:results"), code);
        assertEquals(code, browser.text("mapForm:results:0:code"), "the exact code comes first");
        if (strength != null) {
            browser.click("mapForm:strength");
            // An item clicked while the menu is still sliding open is not taken.
            browser.opened(By.id("mapForm:strength_panel"));
            browser.visible(By.cssSelector("#mapForm\\:strength_items li[data-label='" + strength + "']")).click();
            // The menu shows the choice only once it has taken it; picking before that maps the old strength.
            browser.waitForText(By.id("mapForm:strength_label"), strength);
            browser.ajaxDone();
        }
        browser.click("mapForm:results:0:pick");
        browser.ajaxDone();
        browser.waitForText(By.id("mapForm:picked"), code);
        browser.click("mapForm:save");
        browser.ajaxDone();
    }

    /** Opens the alignment page for the version shown, reads the coverage figure and comes back. */
    private double coverage() {
        browser.click("editForm:alignment");
        browser.waitForText(By.className("cadre-title"), "Alignment");
        double percent = Double.parseDouble(browser.text("alignmentForm:coverage"));
        assertTrue(browser.all(By.id("alignmentForm:chart")).size() == 1, "the coverage chart is drawn");
        browser.click("alignmentForm:back");
        browser.waitForText(By.className("cadre-title"), "Curriculum editor");
        return percent;
    }


    /**
     * Every page that shows one record by its id, asked for with an id that is
     * not a number, none at all, one that does not exist or one of another
     * centre: the "not found" page with 404, never a 500 or an empty page.
     */
    @Test
    void everyPageTakingAnIdAnswersABadMissingOrForeignIdWithTheNotFoundPage() {
        CourseFixtures world = new CourseFixtures(base, fixtures);
        CourseFixtures.Centre own = world.centre();
        CourseFixtures.Centre other = world.centre();
        CourseFixtures.Curriculum ours = world.publishedCurriculum(own);
        CourseFixtures.Curriculum theirs = world.publishedCurriculum(other);
        LocalDate monday = CourseFixtures.monday();
        long ourOffering = world.offering(own, world.course(own, world.courseJson(ours, "ID-1")), monday,
                monday.plusDays(4), 10).getJsonNumber("id").longValue();
        long theirOffering = world.offering(other, world.course(other, world.courseJson(theirs, "ID-2")), monday,
                monday.plusDays(4), 10).getJsonNumber("id").longValue();
        record IdPage(String path, long own, Long foreign) {
        }
        List<IdPage> idPages = List.of(
                new IdPage("app/offering/view.xhtml?id=", ourOffering, theirOffering),
                new IdPage("app/curriculum/edit.xhtml?id=", ours.id(), theirs.id()),
                new IdPage("app/curriculum/history.xhtml?id=", ours.id(), theirs.id()),
                new IdPage("app/curriculum/alignment.xhtml?version=1&id=", ours.id(), theirs.id()),
                new IdPage("app/framework/view.xhtml?id=", world.edition("CPTM-2017"), null));

        Pages pages = Pages.signedInAs(base, own.staff().username());
        List<String> wrong = new ArrayList<>();
        for (IdPage page : idPages) {
            assertEquals(200, pages.get(page.path() + page.own()).status(), page.path() + page.own());
            List<String> bad = new ArrayList<>(List.of("abc", "12x", "-", "99999999999999999999999", "",
                    "999999999999"));
            if (page.foreign() != null) {
                bad.add(String.valueOf(page.foreign()));
            }
            bad.forEach(id -> expectNotFound(pages, page.path() + id, wrong));
            expectNotFound(pages, page.path().substring(0, page.path().length() - "id=".length()), wrong);
        }
        String alignment = "app/curriculum/alignment.xhtml?id=" + ours.id() + "&version=";
        List.of("x", "2", "", "99999999999").forEach(version -> expectNotFound(pages, alignment + version, wrong));
        assertEquals(List.of(), wrong);
    }

    /**
     * Requests no browser sends, but a scan or a stale tab does: a number field
     * holding letters, a widget's own field garbled, a forged or expired view
     * state, a page the role may not open. Each gets a message or its page.
     */
    @Test
    void mangledFormsExpiredViewsAndForbiddenPagesGetAnAnswerNotAFailure() {
        CourseFixtures world = new CourseFixtures(base, fixtures);
        CourseFixtures.Centre centre = world.centre();
        Pages staff = Pages.signedInAs(base, centre.staff().username());
        String room = Fixtures.unique("Garbled-room");
        for (boolean ajax : List.of(false, true)) {
            Map<String, String> form = roomForm(staff.get("app/centre/rooms.xhtml").viewState(), room, "abc", ajax);
            Pages.Reply refused = staff.post("app/centre/rooms.xhtml", form, ajax);
            assertEquals(200, refused.status(), refused.body());
            assertTrue(refused.body().contains("Enter a number.") && !refused.body().contains("<error>"),
                    refused.body());
        }
        assertEquals(0, centre.api().get("api/rooms?name=" + room).expect(200).json().getInt("total"),
                "nothing was saved");

        long curriculum = world.draftCurriculum(centre).id();
        String editor = "app/curriculum/edit.xhtml?id=" + curriculum;
        Map<String, String> garbled = new LinkedHashMap<>(ajax("editForm", "@all", "editForm"));
        garbled.put("editForm", "editForm");
        garbled.put("editForm:tree_selection", "abc");
        garbled.put("jakarta.faces.ViewState", staff.get(editor).viewState());
        Pages.Reply unread = staff.post(editor, garbled, true);
        assertEquals(200, unread.status());
        assertTrue(unread.body().contains("could not be read") && !unread.body().contains("<error>"), unread.body());

        Map<String, String> range = new LinkedHashMap<>();
        range.put("calendarForm", "calendarForm");
        range.put("calendarForm:schedule_event", "true");
        range.put("calendarForm:schedule_start", "next week");
        range.put("calendarForm:schedule_end", "2030-01-01T00:00:00Z");
        range.put("jakarta.faces.ViewState", staff.get("app/calendar.xhtml").viewState());
        Pages.Reply calendar = staff.post("app/calendar.xhtml", range, false);
        assertEquals(200, calendar.status(), "a calendar range no widget sends shows no sessions, no failure");

        for (boolean ajax : List.of(false, true)) {
            Pages.Reply expired = staff.post("app/centre/rooms.xhtml", roomForm("1234567890:-1234567890", room, "12",
                    ajax), ajax);
            assertEquals(ajax ? 200 : 400, expired.status(), expired.body());
            assertTrue(expired.body().contains("Page expired") && !expired.body().contains("<error>"),
                    expired.body());
        }
        // PrimeFaces checks the script nonce when it renders the answer, after the form's action: the action
        // may have run (the view state is what guards the form), but the answer is still a page, not a failure
        for (boolean ajax : List.of(false, true)) {
            Map<String, String> forged = roomForm(staff.get("app/centre/rooms.xhtml").viewState(),
                    Fixtures.unique("Nonce-room"), "12", ajax);
            forged.put("primefaces.nonce", "bm90LXRoZS1wYWdlcy1ub25jZQ==");
            Pages.Reply refused = staff.post("app/centre/rooms.xhtml", forged, ajax);
            assertEquals(ajax ? 200 : 400, refused.status(), "a form with another page's script nonce");
            assertTrue(refused.body().contains("Page expired"), refused.body());
        }
        assertEquals(0, centre.api().get("api/rooms?name=" + room).expect(200).json().getInt("total"));

        Pages.Reply forbidden = Pages.signedInAs(base, world.trainee(centre).username()).get("app/instructors.xhtml");
        assertEquals(403, forbidden.status());
        assertEquals("Not allowed", forbidden.errorTitle());
    }

    @Test
    void everyoneReadsAnEditionsTreeFromTheMenu() {
        signInAsAdministrator();
        browser.click("menuForm:frameworks");
        browser.waitForText(EDITIONS, "CPTM-2017");
        browser.type("frameworksForm:editions:code:filter", "CPTM-2017");
        browser.waitForText(EDITIONS, "1-1 / 1");
        browser.click("frameworksForm:editions:0:open");
        browser.waitForText(By.id("treeForm:items"), "Protection of Civilians");
        assertTrue(browser.text("treeForm:items").contains("2.5"), "lesson codes are shown");
        assertTrue(browser.text("editionHeading").contains("CPTM-2017"));
        assertTrue(browser.text("treeForm:download").contains("CASE 1.0 (JSON)"));
    }

    /**
     * Only CPTM 2017 ships with items: every other shipped edition is listed by
     * its title, with a count of 0 and a marker saying how it gets its items.
     * The counts of a whole page of editions cost one grouped query, not one per row.
     */
    @Test
    void theListCountsEachEditionsItemsAndMarksThoseWithout() {
        String username = staffAccount(fixtures.centre(Fixtures.unique("Centre")));
        browser.signIn(username, Fixtures.PASSWORD);
        browser.waitForText(By.className("cadre-title"), "Dashboard");
        browser.click("menuForm:frameworks");
        browser.waitForText(EDITIONS, "CPTM-2017");
        assertTrue(browser.text("editionsHint").contains("No items loaded"));

        browser.type("frameworksForm:editions:code:filter", "CPTM-2017");
        browser.waitForText(EDITIONS, "1-1 / 1");
        assertEquals("12", browser.text("frameworksForm:editions:0:itemCount"), "3 modules and 9 lessons");
        assertTrue(browser.all(By.id("frameworksForm:editions:0:noItems")).isEmpty());

        browser.type("frameworksForm:editions:code:filter", "STM-UNMO");
        browser.waitForText(EDITIONS, "Military Observers");
        browser.ajaxDone();
        assertEquals("0", browser.text("frameworksForm:editions:0:itemCount"));
        assertEquals("No items loaded", browser.text("frameworksForm:editions:0:noItems"));
        browser.click("frameworksForm:editions:0:open");
        browser.waitForText(By.id("treeForm:items"), "importing the edition's CASE 1.0 package");

        Pages pages = Pages.signedInAs(base, username);
        Api.anonymous(base).delete("api/test-support/statistics").expect(204);
        String list = pages.get("app/framework/list.xhtml").body();
        long statements = Long.parseLong(Api.anonymous(base).get("api/test-support/statistics").expect(200).body()
                .strip());
        long rows = Pattern.compile("frameworksForm:editions:\\d+:itemCount").matcher(list).results().count();
        assertTrue(rows >= 10, "the shipped editions are listed: " + rows);
        // 7 when measured (the signed-in account, the table's count and rows, the grouped item count…):
        // one count per row would add at least as many statements as there are rows
        assertTrue(statements <= 8, "statements for a page of " + rows + " editions: " + statements);
    }

    @Test
    void anAdministratorImportsACasePackageAndFollowsItToTheEnd() throws IOException {
        signInAsAdministrator();
        String title = Fixtures.unique("Screen Framework");
        Path json = write("framework.json", CasePackages.framework(title, 2, 2, 2).toString());

        openImportDialog();
        browser.visible(By.id("importForm")).findElement(FILE_INPUT).sendKeys(json.toAbsolutePath().toString());
        browser.waitForText(By.id("messages"), "has been imported");
        browser.type("frameworksForm:editions:title:filter", title);
        browser.waitForText(EDITIONS, title);
        // the new edition is listed before the filter applies; open it only once it is the one row left
        browser.waitForText(EDITIONS, "1-1 / 1");

        browser.click("frameworksForm:editions:0:open");
        browser.waitForText(By.id("treeForm:items"), "Outcome 2.2.2");
    }

    @Test
    void aBrokenPackageIsRefusedWithItsProblemsLocated() throws IOException {
        signInAsAdministrator();
        Path broken = write("broken.json", "{\"CFDocument\":");

        openImportDialog();
        browser.visible(By.id("importForm")).findElement(FILE_INPUT).sendKeys(broken.toAbsolutePath().toString());
        browser.waitForText(By.id("importForm:problems"), "not valid JSON");
        assertTrue(browser.text("importForm:problems").contains(" — at "), "each problem says where it is");
        assertTrue(browser.all(By.id("importForm:importProgress")).isEmpty(), "nothing is imported");
    }

    private static void expectNotFound(Pages pages, String path, List<String> wrong) {
        Pages.Reply reply = pages.get(path);
        if (reply.status() != 404 || !"Page not found".equals(reply.errorTitle())) {
            wrong.add(path + " answered " + reply.status() + " " + reply.errorTitle());
        }
    }

    /** The room dialog's fields as posted by its save button, the capacity as given. */
    private static Map<String, String> roomForm(String viewState, String name, String capacity, boolean ajax) {
        Map<String, String> form = new LinkedHashMap<>();
        if (ajax) {
            form.putAll(ajax("roomForm:save", "roomForm", "roomForm"));
        }
        form.put("roomForm", "roomForm");
        form.put("roomForm:name", name);
        form.put("roomForm:capacity_input", capacity);
        form.put("roomForm:capacity_hinput", capacity);
        form.put("roomForm:save", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    /** The fields PrimeFaces adds to a form for an ajax request from {@code source}. */
    private static Map<String, String> ajax(String source, String execute, String render) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(source, source);
        return fields;
    }

    private void openImportDialog() {
        browser.open("app/framework/list.xhtml");
        browser.waitForText(EDITIONS, "CPTM-2017");
        browser.click("frameworksForm:import");
        browser.visible(By.id("importDialog"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }
}
