package org.peaceops.cadre.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Accessibility checks on the page a browser shows: axe-core's WCAG 2.1 A and
 * AA rules (the version pinned in the pom, {@code axe.version}, fetched from
 * the npm registry into {@code target/} on first use, as the OpenAPI lint does),
 * and the names that Chromium gives buttons and links, as a screen reader
 * would announce them.
 */
public final class Accessibility {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> NAMED_ROLES = Set.of("button", "link", "menuitem");
    private static final long TIMEOUT_MINUTES = 5;
    private static String axeScript;

    private Accessibility() {
    }

    /**
     * The serious and critical WCAG 2.1 AA violations on the page, one line each:
     * rule, impact, the elements concerned and what the rule asks. The script
     * goes in through WebDriver, which the pages' Content-Security-Policy does
     * not govern (a script element added by the page itself would be refused).
     */
    public static List<String> seriousViolations(Browser browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(axeScript());
        }
        settle(page);
        Object found = page.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations"
                + ".filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return v.id + ' (' + v.impact + ') on '"
                + " + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ') + ': ' + v.help; })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });", TAGS);
        List<String> lines = new ArrayList<>();
        ((List<?>) found).forEach(line -> lines.add(String.valueOf(line)));
        return lines;
    }

    /**
     * Waits for the page's finite animations and transitions (a dialog fading
     * in, its overlay darkening the page, a button's hover) to end: axe judges
     * colours as they are at that instant, and half-way is neither state.
     */
    private static void settle(JavascriptExecutor page) {
        page.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var running = document.getAnimations().filter(function (a) {"
                + " return a.effect && a.effect.getComputedTiming().endTime !== Infinity; });"
                + "Promise.all(running.map(function (a) { return a.finished.catch(function () {}); }))"
                + ".then(function () { done(); });");
    }

    /**
     * Buttons, links and menu items whose accessible name is empty or reads
     * badly: an icon's private-use glyph, or PrimeFaces' placeholder text
     * "ui-button". Taken from Chromium's own accessibility tree.
     */
    public static List<String> unreadableNames(Browser browser) {
        Map<String, Object> tree = ((HasCdp) browser.driver()).executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        List<String> unreadable = new ArrayList<>();
        for (Object entry : (List<?>) tree.get("nodes")) {
            Map<?, ?> node = (Map<?, ?>) entry;
            String role = value(node.get("role"));
            if (Boolean.TRUE.equals(node.get("ignored")) || !NAMED_ROLES.contains(role)) {
                continue;
            }
            String name = value(node.get("name")).strip();
            if (name.isEmpty() || name.contains("ui-button") || name.codePoints().anyMatch(Accessibility::privateUse)) {
                unreadable.add(role + " \"" + escaped(name) + "\"");
            }
        }
        return unreadable;
    }

    private static String value(Object property) {
        return property instanceof Map<?, ?> map && map.get("value") != null ? String.valueOf(map.get("value")) : "";
    }

    private static boolean privateUse(int codePoint) {
        return Character.getType(codePoint) == Character.PRIVATE_USE;
    }

    private static String escaped(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> shown.append(privateUse(c) ? String.format("\\u%04x", c) : Character.toString(c)));
        return shown.toString();
    }

    /** axe-core's script, installed once with npm (its cache inside target/) and then read from there. */
    private static synchronized String axeScript() {
        if (axeScript == null) {
            String version = System.getProperty("axe.version");
            Path directory = Path.of(System.getProperty("axe.directory", "target/axe"));
            Path script = directory.resolve("node_modules/axe-core/axe.min.js");
            try {
                if (!Files.exists(script) || !Files.readString(script).startsWith("/*! axe v" + version + "\n")) {
                    install(version, directory);
                }
                axeScript = Files.readString(script);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeScript;
    }

    private static void install(String version, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path log = directory.resolve("npm-install.log");
        ProcessBuilder npm = new ProcessBuilder("npm", "install", "--prefix", directory.toString(), "--no-save",
                "--no-package-lock", "--no-audit", "--no-fund", "axe-core@" + version)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        npm.environment().put("npm_config_cache", System.getProperty("npm.cache", "target/npm-cache"));
        npm.environment().put("npm_config_update_notifier", "false");
        try {
            Process process = npm.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError("npm could not install axe-core " + version + ":\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
