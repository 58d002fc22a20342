package org.peaceops.cadre.testing;

import jakarta.json.Json;
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

    /** A fresh centre with a staff member signed in. */
    public Api staffOfNewCentre() {
        return user("CENTRE_STAFF", centre(unique("Centre")));
    }
}
