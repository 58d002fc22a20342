package org.peaceops.cadre.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The curriculum screens in a real browser: a centre's staff member writes a
 * curriculum, maps its lessons onto CPTM 2017 through the picker, reads the
 * alignment, and publishes it, after which the version is read-only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CurriculumScreensIT {

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
    void staffWriteMapMeasureAndPublishACurriculum() {
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
            browser.visible(By.cssSelector("#mapForm\\:strength_items li[data-label='" + strength + "']")).click();
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

    private String staffAccount(long centre) {
        String username = Fixtures.unique("staff");
        fixtures.admin().post("api/accounts", Fixtures.accountJson(username, "CENTRE_STAFF", centre).build())
                .expect(201);
        return username;
    }
}
