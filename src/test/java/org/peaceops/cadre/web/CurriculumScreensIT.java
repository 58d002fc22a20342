package org.peaceops.cadre.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.peaceops.cadre.testing.Browser;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.CasePackages;
import org.peaceops.cadre.testing.Fixtures;

/**
 * The curriculum and ITS framework screens in a real browser: a centre's staff
 * member writes a curriculum, maps its lessons onto CPTM 2017 through the
 * picker, reads the alignment, and publishes it, after which the version is
 * read-only; everyone reads an edition's tree; an administrator's CASE import
 * is refused or followed to its end. One class, so that all of it shares one
 * server start.
 */
class CurriculumScreensIT extends CadreIT {

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

    private String staffAccount(long centre) {
        String username = Fixtures.unique("staff");
        fixtures.admin().post("api/accounts", Fixtures.accountJson(username, "CENTRE_STAFF", centre).build())
                .expect(201);
        return username;
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

    private void openImportDialog() {
        browser.open("app/framework/list.xhtml");
        browser.waitForText(EDITIONS, "CPTM-2017");
        browser.click("frameworksForm:import");
        browser.visible(By.id("importDialog"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void signInAsAdministrator() {
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.waitForText(By.className("cadre-title"), "Dashboard");
    }
}
