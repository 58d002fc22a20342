package org.peaceops.cadre.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.peaceops.cadre.testing.Browser;
import org.peaceops.cadre.testing.Deployments;
import org.peaceops.cadre.testing.Fixtures;

/**
 * The screens in a real browser: sign-in, the dashboard, the language switch,
 * and the main path of each list-and-edit screen, with the role checks a
 * person meets on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreensIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cadre();
    }

    @ArquillianResource
    URL base;

    private Fixtures fixtures;
    private Browser browser;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(base);
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

        browser.open("login.xhtml");
        String before = browser.cookie("JSESSIONID");
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
        browser.waitForText(By.id("centreForm"), "must not be blank");

        String name = Fixtures.unique("Screen Centre");
        browser.type("centreForm:name", name);
        browser.type("centreForm:city", "Bamako");
        choose("centreForm:countryCode", "Mali");
        choose("centreForm:timeZone", "Africa/Bamako");
        browser.click("centreForm:save");
        browser.waitForText(By.id("messages"), "saved");
        browser.type("centresForm:centres:name:filter", name);
        browser.waitForText(By.id("centresForm:centres"), name);
        assertEquals(1, fixtures.admin().get("api/centres?name=" + name.replace(" ", "%20")).expect(200)
                .json().getInt("total"));
    }

    private void choose(String menuId, String label) {
        browser.click(menuId);
        String filterId = menuId + "_filter";
        if (!browser.all(By.id(filterId)).isEmpty()) {
            browser.type(filterId, label);
        }
        browser.visible(By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']"))
                .click();
    }

    private String staffAccount(long centre) {
        String username = Fixtures.unique("staff");
        fixtures.admin().post("api/accounts", Fixtures.accountJson(username, "CENTRE_STAFF", centre).build())
                .expect(201);
        return username;
    }
}
