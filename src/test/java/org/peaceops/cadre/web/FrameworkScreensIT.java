package org.peaceops.cadre.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.peaceops.cadre.testing.Browser;
import org.peaceops.cadre.testing.CasePackages;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.Fixtures;

/**
 * The ITS frameworks screens in a real browser: the editions list, an edition's
 * tree of items, and an administrator's CASE import, refused or followed to its end.
 */
class FrameworkScreensIT extends CadreIT {

    private static final By EDITIONS = By.id("frameworksForm:editions");
    private static final By FILE_INPUT = By.cssSelector("#importForm input[type=file]");

    @TempDir
    Path files;

    private Browser browser;

    @BeforeEach
    void setUp() {
        browser = new Browser(base);
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.waitForText(By.className("cadre-title"), "Dashboard");
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void everyoneReadsAnEditionsTreeFromTheMenu() {
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
}
