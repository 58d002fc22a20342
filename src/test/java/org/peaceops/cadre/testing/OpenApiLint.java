package org.peaceops.cadre.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Redocly CLI's lint with its recommended rules, run through npx on an OpenAPI
 * document: the standard check that generated clients and documentation tools
 * rely on. The version is pinned in the pom ({@code redocly.version}); npm keeps
 * its download cache inside {@code target/} so that a fresh clone needs nothing
 * but Node.js and the npm registry.
 */
public final class OpenApiLint {

    private static final long TIMEOUT_MINUTES = 10;

    private OpenApiLint() {
    }

    /** What the linter found: its totals and one line per problem, "severity rule at pointer: message". */
    public record Result(int errors, int warnings, List<String> problems) {

        /** How many warnings each rule gave, for the build log. */
        public Map<String, Long> warningsByRule() {
            Map<String, Long> counts = new TreeMap<>();
            problems.stream().filter(line -> line.startsWith("warn "))
                    .forEach(line -> counts.merge(line.split(" ")[1], 1L, Long::sum));
            return counts;
        }
    }

    public static Result run(Path document) {
        Path report = document.resolveSibling("openapi-lint.json");
        Path log = document.resolveSibling("openapi-lint.log");
        ProcessBuilder npx = new ProcessBuilder("npx", "--yes", "@redocly/cli@" + System.getProperty("redocly.version"),
                "lint", "--extends=recommended", "--format=json", "--max-problems=1000", document.toString())
                .redirectOutput(report.toFile())
                .redirectError(log.toFile());
        Map<String, String> environment = npx.environment();
        environment.put("npm_config_cache", System.getProperty("npm.cache", "target/npm-cache"));
        environment.put("npm_config_update_notifier", "false");
        environment.put("REDOCLY_TELEMETRY", "off");
        environment.put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        try {
            Process process = npx.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("Redocly lint took more than " + TIMEOUT_MINUTES + " minutes");
            }
            return read(report, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run npx (Node.js and npm are needed for the OpenAPI lint)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Result read(Path report, Path log) throws IOException {
        JsonObject json;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(report))) {
            json = reader.readObject();
        } catch (RuntimeException unreadable) {
            throw new AssertionError("Redocly lint gave no report; its output:\n" + Files.readString(log), unreadable);
        }
        JsonObject totals = json.getJsonObject("totals");
        List<String> problems = json.getJsonArray("problems").stream().map(JsonValue::asJsonObject)
                .map(problem -> problem.getString("severity") + " " + problem.getString("ruleId") + " at "
                        + problem.getJsonArray("location").getJsonObject(0).getString("pointer", "?") + ": "
                        + problem.getString("message"))
                .toList();
        return new Result(totals.getInt("errors"), totals.getInt("warnings"), problems);
    }
}
