package org.peaceops.cadre.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.peaceops.cadre.testing.Api;
import org.peaceops.cadre.testing.Browser;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.CasePackages;
import org.peaceops.cadre.testing.CourseFixtures;
import org.peaceops.cadre.testing.Fixtures;
import org.peaceops.cadre.testing.Pages;

/**
 * The curriculum and ITS framework screens in a real browser: a centre's staff
 * member writes a curriculum, maps its lessons onto CPTM 2017 through the
 * picker, reads the alignment, and publishes it, after which the version is
 * read-only; everyone reads an edition's tree; an administrator's CASE import
 * is refused or followed to its end. Pages asked for with wrong ids or sent
 * mangled forms answer with their error page or a message. One class, so that
 * all of it shares one server start.
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

    private String staffAccount(long centre) {
        String username = Fixtures.unique("staff");
        fixtures.admin().post("api/accounts", Fixtures.accountJson(username, "CENTRE_STAFF", centre).build())
                .expect(201);
        return username;
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

    private void signInAsAdministrator() {
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.waitForText(By.className("cadre-title"), "Dashboard");
    }
}
