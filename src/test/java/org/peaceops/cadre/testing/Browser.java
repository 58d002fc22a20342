package org.peaceops.cadre.testing;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven through its ChromeDriver (Debian's
 * packages; nothing is downloaded), with the few steps every screen test needs.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private static final String INSTALL = "sudo apt-get install chromium chromium-driver";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    public Browser(URL base) {
        requireInstalled(CHROMIUM, "Chromium");
        requireInstalled(CHROMEDRIVER, "ChromeDriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=en");
        // Keeps the console, where Content-Security-Policy violations are reported, for policyViolations().
        options.setCapability("goog:loggingPrefs",
                java.util.Map.of(org.openqa.selenium.logging.LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = start(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    /** Fails with what to do, before the driver's own failure, when a program the tests need is not there. */
    private static void requireInstalled(String program, String name) {
        if (!java.nio.file.Files.isExecutable(java.nio.file.Path.of(program))) {
            throw new IllegalStateException(name + " is not installed at " + program + ", so the browser tests"
                    + " cannot run. Install it with: " + INSTALL + " (./mvnw verify does so itself when run as root)."
                    + " Another location can be given with -Dchromium.binary and -Dchromedriver.binary.");
        }
    }

    /** Starts the browser; if it does not start, says so in one message rather than the driver's stack trace. */
    private static WebDriver start(ChromeDriverService service, ChromeOptions options) {
        try {
            return new ChromeDriver(service, options);
        } catch (org.openqa.selenium.WebDriverException e) {
            throw new IllegalStateException("Chromium (" + CHROMIUM + ") could not be started through ChromeDriver ("
                    + CHROMEDRIVER + "): " + reason(e) + ". Both must be installed and of the same version: "
                    + INSTALL + ".");
        }
    }

    /** The driver's own words, without the host, build and system details it appends. */
    private static String reason(RuntimeException e) {
        if (e.getMessage() == null) {
            return e.getClass().getSimpleName();
        }
        return e.getMessage().lines()
                .takeWhile(line -> !line.matches("\\s*(Host|Build|System|Driver) info:.*"))
                .map(String::strip).limit(3)
                .collect(java.util.stream.Collectors.joining(" ")).replaceAll("\\.+$", "");
    }

    public Browser open(String path) {
        driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
        return this;
    }

    public Browser signIn(String username, String password) {
        open("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        WebElement submit = visible(By.id("login:submit"));
        submit.click();
        // Signing in loads a new page, whether it lets the user in or not: wait for it before going anywhere else.
        wait.until(d -> {
            try {
                submit.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true; // stale, or (mid-navigation) "does not belong to the document"
            }
        });
        return this;
    }

    public Browser type(String id, String text) {
        WebElement input = visible(By.id(id));
        input.clear();
        if (!input.getAttribute("value").isEmpty()) {
            // Some widgets (date pickers) put their value back after clear(); select it and type over it instead.
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    org.openqa.selenium.Keys.DELETE);
        }
        input.sendKeys(text);
        return this;
    }

    public Browser click(String id) {
        return click(By.id(id));
    }

    /**
     * Clicks once the element can take it. A dialog still settling after an
     * update (re-centring, fitting the viewport) can lie over the element for
     * a moment: the click is tried again until the wait runs out.
     */
    public Browser click(By by) {
        wait.until(d -> {
            try {
                ExpectedConditions.elementToBeClickable(by).apply(d).click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException | org.openqa.selenium.StaleElementReferenceException
                     | NullPointerException notYet) {
                return false;
            }
        });
        return this;
    }

    /** Chooses the item of a select menu whose label is {@code label}, filtering first where the menu can. */
    public Browser choose(String menuId, String label) {
        return choose(menuId, label, "=");
    }

    /** As {@link #choose}, for the first item whose label starts with {@code label}. */
    public Browser chooseStartingWith(String menuId, String label) {
        return choose(menuId, label, "^=");
    }

    /** As {@link #choose}, for the first item whose label contains {@code text}. */
    public Browser chooseContaining(String menuId, String text) {
        return choose(menuId, text, "*=");
    }

    /**
     * Types into an autocomplete and clicks the first suggestion containing
     * {@code text}; the field then shows the chosen suggestion.
     */
    public Browser suggest(String autoCompleteId, String typed, String text) {
        By item = By.xpath("//*[@id='" + autoCompleteId + "_panel']//li[contains(.,'" + text + "')]");
        // On a busy machine the widget can answer an earlier, shorter query last and show its list;
        // a user would type again, and so does this, a few times before giving up.
        for (int attempt = 1; ; attempt++) {
            type(autoCompleteId + "_input", typed);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(6)).until(ExpectedConditions.visibilityOfElementLocated(item));
                break;
            } catch (org.openqa.selenium.TimeoutException notShown) {
                if (attempt == 3) {
                    throw notShown;
                }
            }
        }
        click(item);
        hidden(By.id(autoCompleteId + "_panel"));
        return this;
    }

    /** What an autocomplete suggests for the text typed, maybe nothing (its panel is closed again). */
    public List<String> suggestions(String autoCompleteId, String typed) {
        type(autoCompleteId + "_input", typed);
        // The widget asks the server only once typing has paused (300 ms); then its request must end.
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        ajaxDone();
        By items = By.cssSelector("#" + autoCompleteId.replace(":", "\\:") + "_panel li");
        List<String> found = all(items).stream().map(item -> item.getAttribute("textContent").strip()).toList();
        visible(By.id(autoCompleteId + "_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        return found;
    }

    /** The labels a select menu offers, read from its hidden select element. */
    public List<String> options(String menuId) {
        return all(By.cssSelector("#" + menuId.replace(":", "\\:") + "_input option")).stream()
                .map(option -> option.getAttribute("textContent").strip()).toList();
    }

    private Browser choose(String menuId, String label, String match) {
        openMenu(menuId);
        String filterId = menuId + "_filter";
        if (!all(By.id(filterId)).isEmpty()) {
            type(filterId, label);
        }
        visible(By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label" + match + "'" + label + "']"))
                .click();
        waitForText(By.id(menuId + "_label"), label);
        hidden(By.id(menuId + "_panel"));
        return this;
    }

    /**
     * Clicks a select menu until its panel has opened: a click that lands while the page is still
     * binding its widgets opens nothing, and a person would simply click again.
     */
    private void openMenu(String menuId) {
        By panel = By.id(menuId + "_panel");
        for (int attempt = 1; ; attempt++) {
            click(menuId);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(ExpectedConditions.attributeContains(panel, "class", "ui-connected-overlay-enter-done"));
                return;
            } catch (org.openqa.selenium.TimeoutException notOpened) {
                if (attempt == 4) {
                    throw notOpened;
                }
            }
        }
    }

    /** Types into a column filter of a table and waits until it lists exactly one row. */
    public Browser filterToOne(String filterId, String text, String tableId) {
        type(filterId, text);
        waitForText(By.id(tableId), "1-1 / 1");
        return this;
    }

    /**
     * Types a date (yyyy-MM-dd) into a date picker. Its calendar opens on focus and covers the next
     * fields: it is closed by clicking {@code elsewhere} before going on.
     */
    public Browser typeDate(String pickerId, String date, By elsewhere) {
        type(pickerId + "_input", date);
        dismiss(By.id(pickerId + "_panel"), elsewhere);
        String typed = visible(By.id(pickerId + "_input")).getAttribute("value");
        if (!date.equals(typed)) {
            throw new AssertionError("the date picker " + pickerId + " shows " + typed + ", not " + date);
        }
        return this;
    }

    /** Ticks an item of a checkbox group (p:selectManyCheckbox) by clicking the visible box beside its label. */
    public Browser check(String groupId, String label) {
        String inputId = visible(By.xpath("//*[@id='" + groupId + "']//label[normalize-space()='" + label + "']"))
                .getAttribute("for");
        click(By.xpath("//input[@id='" + inputId + "']/ancestor::div[contains(@class,'ui-chkbox')][1]"
                + "/div[contains(@class,'ui-chkbox-box')]"));
        wait.until(d -> d.findElement(By.id(inputId)).isSelected());
        return this;
    }

    /** The message shown beside a field: the element right after the field's own (p:message in a form grid). */
    public static By messageFor(String fieldId) {
        return By.xpath("//*[@id='" + fieldId + "']/following-sibling::*[1]");
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element is hidden or gone, e.g. an overlay that would catch the next click. */
    public void hidden(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Clicks elsewhere until an overlay closes: some (date pickers) ignore clicks in their first moments. */
    public void dismiss(By overlay, By elsewhere) {
        wait.until(d -> {
            if (d.findElements(overlay).stream().noneMatch(WebElement::isDisplayed)) {
                return true;
            }
            d.findElement(elsewhere).click();
            return false;
        });
    }

    public String text(String id) {
        return visible(By.id(id)).getText();
    }

    /** Waits for the text; on time-out fails with what the page showed, and keeps a screenshot in target/screens. */
    public void waitForText(By by, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("\"" + text + "\" never appeared in " + by + "; screenshot " + screenshot()
                    + "; the page showed:\n" + pageText(), e);
        }
    }

    public java.nio.file.Path screenshot() {
        try {
            java.nio.file.Path directory = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screens"));
            java.nio.file.Path file = directory.resolve("screen-" + System.nanoTime() + ".png");
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            return java.nio.file.Files.write(file, png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Waits until PrimeFaces has no AJAX request under way. */
    public void ajaxDone() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Waits until a PrimeFaces overlay (a menu's or date picker's panel) has finished opening: while it
     * grows into place, a click aimed at one of its items can land on another.
     */
    public void opened(By overlay) {
        wait.until(ExpectedConditions.attributeContains(overlay, "class", "ui-connected-overlay-enter-done"));
    }

    /**
     * What the browser refused under the pages' Content-Security-Policy (blocked scripts, styles,
     * frames…) since the last call, as the console reported it, each message naming its page.
     */
    public List<String> policyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
