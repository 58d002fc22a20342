package org.peaceops.cadre.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.UUID;

/**
 * Test data made through the real API as the administrator: centres, rooms
 * and accounts with unique names, so that tests never depend on each other or
 * on an empty database.
 */
public final class Fixtures {

    public static final String PASSWORD = "fixture-password-1";

    private final URL base;
    private final Api admin;

    public Fixtures(URL base) {
        this.base = base;
        this.admin = Api.as(base, "admin", System.getProperty("it.admin.password", "it-admin-password"));
    }

    public Api admin() {
        return admin;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static JsonObjectBuilder centreJson(String name) {
        return Json.createObjectBuilder().add("name", name).add("countryCode", "KE").add("city", "Nakuru")
                .add("timeZone", "Africa/Nairobi").add("regionalAssociation", "APSTA");
    }

    public long centre(String name) {
        return admin.post("api/centres", centreJson(name).build()).expect(201).id();
    }

    public long room(long centreId, String name, int capacity) {
        return admin.post("api/rooms", Json.createObjectBuilder().add("centreId", centreId).add("name", name)
                .add("capacity", capacity).build()).expect(201).id();
    }

    public static JsonObjectBuilder accountJson(String username, String role, Long centreId) {
        JsonObjectBuilder account = Json.createObjectBuilder().add("username", username).add("password", PASSWORD)
                .add("displayName", "Test " + username).add("email", username + "@example.org")
                .add("roles", Json.createArrayBuilder().add(role)).add("enabled", true)
                .add("preferredLanguage", "en");
        return centreId == null ? account : account.add("centreId", centreId);
    }

    /** Opens an account and returns a client signed in with it. */
    public Api user(String role, Long centreId) {
        String username = unique(role.toLowerCase().replace('_', '-'));
        admin.post("api/accounts", accountJson(username, role, centreId).build()).expect(201);
        return Api.as(base, username, PASSWORD);
    }

    /** Imports a CASE package as the administrator and waits for the background job; returns the edition id. */
    public long importFramework(String casePackage) {
        JsonObject state = awaitJob(startImport(casePackage));
        if (!state.getString("status").equals("DONE") || state.getInt("total") != state.getInt("processed")) {
            throw new AssertionError("import did not finish all its work: " + state);
        }
        return state.getJsonNumber("resultId").longValue();
    }

    /** Starts a CASE import as the administrator; returns the path of its job. */
    public String startImport(String casePackage) {
        return admin.post("api/frameworks/case", casePackage).expect(202).header("Location")
                .replaceFirst("^https?://[^/]+/", "");
    }

    /** Polls a background job until it is DONE or FAILED (60 s at most) and returns its last state. */
    public JsonObject awaitJob(String jobPath) {
        for (int attempt = 0; attempt < 240; attempt++) {
            JsonObject state = admin.get(jobPath).expect(200).json();
            if (state.getString("status").matches("DONE|FAILED")) {
                return state;
            }
            pause();
        }
        throw new AssertionError("job did not finish in 60 s: " + jobPath);
    }

    /** The SQL statements the server prepared to answer {@code client}'s GET of {@code path}. */
    public long statementsFor(Api client, String path) {
        Api.anonymous(base).delete("api/test-support/statistics").expect(204);
        client.get(path).expect(200);
        return Long.parseLong(Api.anonymous(base).get("api/test-support/statistics").expect(200).body().strip());
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh centre with a staff member signed in. */
    public Api staffOfNewCentre() {
        return user("CENTRE_STAFF", centre(unique("Centre")));
    }
}
