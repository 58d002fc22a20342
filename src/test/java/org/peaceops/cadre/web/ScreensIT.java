package org.peaceops.cadre.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.peaceops.cadre.testing.Accessibility;
import org.peaceops.cadre.testing.Api;
import org.peaceops.cadre.testing.Browser;
import org.peaceops.cadre.testing.CadreIT;
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
 * keyboard alone.
 */
class ScreensIT extends CadreIT {

    /** A spot beside the date pickers, clicked to close their calendars. */
    private static final By MISSION_CODE_LABEL = By.cssSelector("label[for='missionForm:code']");

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
}
