package org.peaceops.cadre.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.mission.MissionStatus;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.testing.Api;
import org.peaceops.cadre.testing.CadreIT;
import org.peaceops.cadre.testing.Fixtures;
import org.peaceops.cadre.testing.Pages;
import org.peaceops.cadre.testing.OpenApiLint;

/**
 * The platform over HTTP, as clients see it, on a real Payara Micro and the
 * configured database: health, OpenAPI, what the server shows of itself,
 * sign-in, roles (every endpoint against {@link AccessTable}), tenancy,
 * validation, optimistic locking, paging, audit, and the cost of a page in SQL
 * statements.
 */
class PlatformApiIT extends CadreIT {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    // --- runtime -----------------------------------------------------------------

    @Test
    void readinessReportsTheDatabaseUp() {
        Api.Reply ready = Api.anonymous(base).get("health/ready").expect(200);
        assertEquals("UP", ready.json().getString("status"));
        assertEquals("database", ready.json().getJsonArray("checks").getJsonObject(0).getString("name"));
    }

    @Test
    void openApiDocumentsTheRestApi() {
        String document = Api.anonymous(base).get("openapi").expect(200).body();
        for (String path : List.of("/api/centres", "/api/rooms/{id}", "/api/missions", "/api/accounts",
                "/api/audit", "/api/reference/countries", "/api/frameworks/{id}/case", "/api/curricula")) {
            assertTrue(document.contains("\"" + path + "\""), "OpenAPI lacks " + path);
        }
    }

    @Test
    void stylesheetsAndScriptsAreVersionedAndCachedForAYear() {
        String page = Api.anonymous(base).download("login.xhtml").expect(200).body();
        java.util.regex.Matcher links = java.util.regex.Pattern
                .compile("(jakarta\\.faces\\.resource/[^\"]+\\.xhtml\\?ln=(cadre|primefaces)[^\"]*)").matcher(page);
        int checked = 0;
        while (links.find()) {
            String path = links.group(1).replace("&amp;", "&");
            assertTrue(path.matches(".*[?&](v|rv)=[^&]+.*"), "unversioned resource URL " + path);
            Api.Reply resource = Api.anonymous(base).download(path).expect(200);
            assertEquals("public, max-age=31536000, immutable", resource.header("Cache-Control"), path);
            checked++;
        }
        assertTrue(checked >= 2, "the login page links Cadre's stylesheet and PrimeFaces' resources");
    }

    @Test
    void openApiDocumentPassesRedoclysRecommendedRules() throws IOException {
        // Also where the api-client profile finds the document to generate a client from.
        Path file = Path.of(System.getProperty("openapi.document", "target/openapi.json"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, Api.anonymous(base).get("openapi").expect(200).body());

        OpenApiLint.Result lint = OpenApiLint.run(file);

        System.out.println("OpenAPI lint: " + lint.errors() + " errors, " + lint.warnings() + " warnings "
                + lint.warningsByRule());
        assertEquals(0, lint.errors(), () -> String.join("\n", lint.problems()));
    }

    @Test
    void openApiNamesEachOperationOnceAndDeclaresItsProblems() {
        JsonObject api = Api.anonymous(base).get("openapi").expect(200).json();
        Set<String> operationIds = new HashSet<>();
        api.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            JsonObject operation = value.asJsonObject();
            String name = method + " " + path;
            assertTrue(operationIds.add(operation.getString("operationId")), "operationId used twice: " + name);
            assertFalse(operation.getString("summary", "").isBlank(), "no summary: " + name);
            JsonObject responses = operation.getJsonObject("responses");
            boolean anonymous = operation.containsKey("security")
                    && operation.getJsonArray("security").contains(JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(anonymous, !responses.containsKey("401"), "401 declared unless anonymous: " + name);
            if (path.contains("{")) {
                assertEquals("#/components/responses/NotFound", responses.getJsonObject("404").getString("$ref"), name);
            }
        }));
        assertFalse(api.getJsonObject("paths").containsKey("/api/feeds/{id: \\d+}"), "no regular expression in paths");
        assertTrue(api.getJsonObject("paths").containsKey("/api/feeds/{id}"));
        assertEquals("#/components/schemas/Problem", api.getJsonObject("components").getJsonObject("responses")
                .getJsonObject("Conflict").getJsonObject("content").getJsonObject("application/problem+json")
                .getJsonObject("schema").getString("$ref"));
        assertFalse(api.containsKey("endpoints"), "only standard OpenAPI properties");
        assertFalse(api.getJsonArray("servers").getJsonObject(0).getString("url").endsWith("/"));
    }

    @Test
    void openApiGivesDatesAndEnumsTheirTypes() {
        JsonObject schemas = Api.anonymous(base).get("openapi").expect(200).json()
                .getJsonObject("components").getJsonObject("schemas");
        JsonObject mission = schemas.getJsonObject("MissionDto").getJsonObject("properties");

        JsonObject date = referenced(schemas, mission.getJsonObject("startedOn"));
        assertEquals("string", date.getString("type"));
        assertEquals("date", date.getString("format"));
        JsonObject instant = referenced(schemas,
                schemas.getJsonObject("NoticeDto").getJsonObject("properties").getJsonObject("createdAt"));
        assertEquals("date-time", instant.getString("format"));
        JsonObject status = referenced(schemas, mission.getJsonObject("status"));
        assertEquals("string", status.getString("type"));
        assertEquals(Arrays.stream(MissionStatus.values()).map(Enum::name).toList(),
                status.getJsonArray("enum").getValuesAs(JsonString::getString));
        JsonObject roles = schemas.getJsonObject("AccountDto").getJsonObject("properties").getJsonObject("roles");
        assertEquals(Arrays.stream(Role.values()).map(Enum::name).toList(),
                referenced(schemas, roles.getJsonObject("items")).getJsonArray("enum").getValuesAs(JsonString::getString));
    }

    private static JsonObject referenced(JsonObject schemas, JsonObject property) {
        String ref = property.getString("$ref", null);
        assertTrue(ref != null && ref.startsWith("#/components/schemas/"), "not a named schema: " + property);
        return schemas.getJsonObject(ref.substring("#/components/schemas/".length()));
    }

    @Test
    void metricsAndWadlAreNotServedOnThePublicPort() {
        for (Api caller : List.of(Api.anonymous(base), admin)) {
            int metrics = caller.download("metrics").status();
            assertTrue(metrics == 401 || metrics == 403 || metrics == 404, "GET /metrics answered " + metrics);
            caller.download("api/application.wadl").expect(404);
        }
    }

    /**
     * Payara's data grid opens port 6900 and up even for a single instance; it must
     * listen on loopback only (the test server runs on this machine).
     */
    @Test
    void theDataGridIsNotReachableFromTheNetwork() throws Exception {
        List<InetAddress> external = NetworkInterface.networkInterfaces()
                .filter(nic -> { try { return nic.isUp() && !nic.isLoopback(); } catch (SocketException e) { return false; } })
                .flatMap(NetworkInterface::inetAddresses).filter(address -> address instanceof Inet4Address).toList();
        assertFalse(external.isEmpty(), "this machine has no network address to try");
        for (InetAddress address : external) {
            for (int port = 6900; port < 6910; port++) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 500);
                    throw new AssertionError("the data grid answers on " + address.getHostAddress() + ":" + port);
                } catch (IOException refused) {
                    // expected: nothing listens there
                }
            }
        }
        boolean loopback = false;
        for (int port = 6900; port < 6910 && !loopback; port++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                loopback = true;
            } catch (IOException refused) {
                // try the next port
            }
        }
        assertTrue(loopback, "the data grid should still serve the instance itself on loopback");
    }

    @Test
    void noAnswerNamesTheServerSoftware() throws Exception {
        String administrator = "admin:" + System.getProperty("it.admin.password");
        Map<String, HttpResponse<Void>> replies = new LinkedHashMap<>();
        replies.put("login page", http11("login.xhtml", null, 200));
        replies.put("page behind sign-in", http11("app/dashboard.xhtml", null, 302));
        replies.put("missing page", http11("no-such-page.xhtml", null, 404));
        replies.put("style sheet", http11("resources/cadre/css/cadre.css", null, 200));
        replies.put("Faces resource", http11("jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue", null, 200));
        replies.put("API signed in", http11("api/centres", administrator, 200));
        replies.put("API refused", http11("api/centres", null, 401));
        replies.put("API unknown", http11("api/no-such-thing", administrator, 404));
        replies.put("OpenAPI", http11("openapi", null, 200));
        replies.put("health", http11("health/ready", null, 200));
        replies.forEach((what, reply) -> {
            assertEquals(Optional.empty(), reply.headers().firstValue("Server"), what);
            assertEquals(Optional.empty(), reply.headers().firstValue("X-Powered-By"), what);
        });
    }

    /** A GET over HTTP/1.1, as browsers speak to Cadre over plain HTTP, with Basic credentials if given. */
    private HttpResponse<Void> http11(String path, String credentials, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<Void> reply = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(expectedStatus, reply.statusCode(), path);
        return reply;
    }

    // --- sign-in -----------------------------------------------------------------

    @Test
    void anonymousCallsAreAskedToSignIn() {
        Api.Reply reply = Api.anonymous(base).get("api/centres").expect(401);
        assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals("application/problem+json", reply.header("Content-Type").split(";")[0]);
        assertEquals(401, reply.json().getInt("status"));
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        String username = Fixtures.unique("intruder");
        Api.as(base, username, "not-the-password").get("api/centres").expect(401);
        JsonObject entry = admin.get("api/audit?actor=" + username).expect(200).items().getJsonObject(0);
        assertEquals("SIGN_IN", entry.getString("action"));
        assertEquals("DENIED", entry.getString("outcome"));
    }

    @Test
    void repeatedFailuresHoldTheUsernameFromThatSourceOnlyUntilAnAdministratorLiftsIt() {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        String username = Fixtures.unique("target");
        long id = admin.post("api/accounts", Fixtures.accountJson(username, "TRAINEE", centre).build())
                .expect(201).id();
        String attacker = "203.0.113.7";
        for (int attempt = 0; attempt < 10; attempt++) {
            Api.as(base, username, "guess-" + attempt).from(attacker).get("api/accounts/me").expect(401);
        }
        Api.as(base, username, Fixtures.PASSWORD).from(attacker).get("api/accounts/me").expect(401);
        Api.as(base, username, Fixtures.PASSWORD).from("198.51.100.9").get("api/accounts/me").expect(200);

        JsonArray audit = admin.get("api/audit?actor=" + username).expect(200).items();
        assertEquals(2, audit.size(), "the first refusal and the start of the hold, not each refusal: " + audit);
        assertTrue(audit.getJsonObject(0).getString("detail").contains("held from " + attacker));
        for (int attempt = 0; attempt < 5; attempt++) {
            Api.as(base, username, "more-" + attempt).from(attacker).get("api/accounts/me").expect(401);
        }
        assertEquals(2, admin.get("api/audit?actor=" + username).expect(200).items().size());

        fixtures.user("CENTRE_STAFF", centre).delete("api/accounts/" + id + "/sign-in-holds").expect(403);
        admin.delete("api/accounts/" + id + "/sign-in-holds").expect(204);
        Api.as(base, username, Fixtures.PASSWORD).from(attacker).get("api/accounts/me").expect(200);
        admin.delete("api/accounts/999999999/sign-in-holds").expect(404);
    }

    @Test
    void aSourceGuessingManyUsernamesIsHeldForAllAndWritesABoundedAuditTrail() {
        String sprayer = "192.0.2." + (1 + (int) (Math.random() * 250));
        String prefix = Fixtures.unique("spray");
        long before = admin.get("api/audit?limit=1").expect(200).json().getJsonNumber("total").longValue();
        for (int attempt = 0; attempt < 55; attempt++) {
            Api.as(base, prefix + attempt, "guess").from(sprayer).get("api/centres").expect(401);
        }
        long written = admin.get("api/audit?limit=1").expect(200).json().getJsonNumber("total").longValue() - before;
        assertTrue(written <= 51, "at most one row per username until the source is held, then none: " + written);
        Api.as(base, "admin", System.getProperty("it.admin.password")).from(sprayer).get("api/centres").expect(401);
        Api.as(base, "admin", System.getProperty("it.admin.password")).get("api/centres").expect(200);
    }

    @Test
    void apiCallsWithCredentialsOpenNoSession() {
        Api.Reply reply = admin.get("api/centres").expect(200);
        assertEquals(null, reply.header("Set-Cookie"), "a Basic-authenticated call must not open a session");
        assertEquals(null, admin.get("api/accounts/me").expect(200).header("Set-Cookie"));
    }

    @Test
    void aChangedPasswordTakesEffectAtOnceForApiClients() {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        String username = Fixtures.unique("rotated");
        long id = admin.post("api/accounts", Fixtures.accountJson(username, "TRAINEE", centre).build())
                .expect(201).id();
        Api old = Api.as(base, username, Fixtures.PASSWORD);
        old.get("api/accounts/me").expect(200);
        old.get("api/accounts/me").expect(200);
        JsonObject account = admin.get("api/accounts/" + id).expect(200).json();
        admin.put("api/accounts/" + id, Json.createObjectBuilder(account)
                .add("password", "a-brand-new-password").build()).expect(200);
        old.get("api/accounts/me").expect(401);
        Api.as(base, username, "a-brand-new-password").get("api/accounts/me").expect(200);
    }

    @Test
    void aSessionStaysSmallHoweverManyPagesItViews() {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        String username = Fixtures.unique("busy-staff");
        admin.post("api/accounts", Fixtures.accountJson(username, "CENTRE_STAFF", centre).build()).expect(201);
        Pages session = Pages.signedInAs(base, username);
        List<String> pages = List.of("app/dashboard.xhtml", "app/curriculum/list.xhtml", "app/course/list.xhtml",
                "app/offering/list.xhtml", "app/calendar.xhtml", "app/centre/rooms.xhtml", "app/people.xhtml");
        for (int view = 0; view < 30; view++) {
            assertEquals(200, session.get(pages.get(view % pages.size())).status());
        }
        long afterThirty = session.sessionBytes();
        for (int view = 0; view < 200; view++) {
            assertEquals(200, session.get(pages.get(view % pages.size())).status());
        }
        long afterTwoHundredThirty = session.sessionBytes();
        assertTrue(afterTwoHundredThirty < 100_000, "session of " + afterTwoHundredThirty + " bytes");
        assertTrue(afterTwoHundredThirty < afterThirty * 1.2,
                "the session keeps growing: " + afterThirty + " then " + afterTwoHundredThirty + " bytes");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        String username = Fixtures.unique("leaver");
        long id = admin.post("api/accounts", Fixtures.accountJson(username, "INSTRUCTOR", centre).build())
                .expect(201).id();
        Api.as(base, username, Fixtures.PASSWORD).get("api/accounts/me").expect(200);

        JsonObject account = admin.get("api/accounts/" + id).expect(200).json();
        admin.put("api/accounts/" + id, Json.createObjectBuilder(account).add("enabled", false).build()).expect(200);

        Api.as(base, username, Fixtures.PASSWORD).get("api/accounts/me").expect(401);
    }

    // --- roles -------------------------------------------------------------------

    @Test
    void onlyAdministratorsManageCentresAccountsAndMissions() {
        Api staff = fixtures.staffOfNewCentre();
        staff.post("api/centres", Fixtures.centreJson(Fixtures.unique("Rogue")).build()).expect(403);
        staff.get("api/accounts").expect(403);
        staff.get("api/audit").expect(403);
        staff.delete("api/missions/1").expect(403);
        staff.get("api/centres").expect(200);
        staff.get("api/missions?code=UNIFIL").expect(200);
    }

    @Test
    void instructorsSeeButDoNotChangeTheirCentresRoomsAndTraineesDoNotSeeThem() {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        fixtures.room(centre, "Hall", 30);
        Api instructor = fixtures.user("INSTRUCTOR", centre);
        assertEquals(1, instructor.get("api/rooms").expect(200).json().getInt("total"));
        instructor.post("api/rooms", room("Instructor room", 5)).expect(403);
        Api trainee = fixtures.user("TRAINEE", centre);
        trainee.get("api/rooms").expect(403);
        trainee.post("api/rooms", room("Trainee room", 5)).expect(403);
    }

    /**
     * Every endpoint of the OpenAPI document, tried by a trainee, an instructor,
     * an assessor and an anonymous caller, answers as {@link AccessTable} says;
     * an endpoint without a rule there fails here.
     */
    @Test
    void everyEndpointAnswersEachRoleAsItsAccessRuleSays() {
        List<String> endpoints = documentedEndpoints();
        Map<String, AccessTable.Rule> rules = AccessTable.rules();
        assertEquals(List.of(), endpoints.stream().filter(e -> !rules.containsKey(e)).toList(),
                "new endpoint without an access rule in AccessTable");
        assertEquals(List.of(), rules.keySet().stream().filter(e -> !endpoints.contains(e)).sorted().toList(),
                "access rule for an endpoint the API no longer has");

        AccessTable.World world = new AccessTable.World(base, fixtures);
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints) {
            AccessTable.Rule rule = rules.get(endpoint);
            for (AccessTable.Caller caller : AccessTable.Caller.values()) {
                Api.Reply reply = rule.call().on(world, world.client(caller, base));
                if (reply.status() != rule.expected(caller)) {
                    wrong.add(endpoint + " as " + caller + ": expected " + rule.expected(caller) + ", got "
                            + reply.status() + " " + reply.body().substring(0, Math.min(120, reply.body().length())));
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " answers differ from their rule:\n" + String.join("\n", wrong));
    }

    /** Every operation of the OpenAPI document as "METHOD /path", a parameter with a pattern written as {name}. */
    private List<String> documentedEndpoints() {
        JsonObject paths = Api.anonymous(base).get("openapi").expect(200).json().getJsonObject("paths");
        List<String> endpoints = new ArrayList<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(HTTP_METHODS::contains)
                .forEach(method -> endpoints.add(method.toUpperCase(Locale.ROOT) + " "
                        + path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}"))));
        return endpoints;
    }

    // --- tenancy -----------------------------------------------------------------

    @Test
    void anotherCentresRoomAnswersAsIfItDidNotExist() {
        Api staffA = fixtures.staffOfNewCentre();
        Api staffB = fixtures.staffOfNewCentre();
        JsonObject room = staffA.post("api/rooms", room("Briefing room", 20)).expect(201).json();
        String path = "api/rooms/" + room.getJsonNumber("id").longValue();

        staffB.get(path).expect(404);
        staffB.put(path, Json.createObjectBuilder(room).add("capacity", 1).build()).expect(404);
        staffB.delete(path).expect(404);
        assertEquals(0, staffB.get("api/rooms?name=Briefing").expect(200).json().getInt("total"));

        assertEquals(20, staffA.get(path).expect(200).json().getInt("capacity"));
        assertEquals(200, admin.get(path).status());
        String actor = staffB.get("api/accounts/me").expect(200).json().getString("username");
        JsonObject denied = admin.get("api/audit?outcome=DENIED&actor=" + actor).expect(200).items().getJsonObject(0);
        assertEquals("CROSS_CENTRE_ACCESS", denied.getString("action"));
    }

    @Test
    void staffCannotPlaceARoomInAnotherCentre() {
        long otherCentre = fixtures.centre(Fixtures.unique("Other"));
        Api staff = fixtures.staffOfNewCentre();
        JsonObject body = Json.createObjectBuilder().add("centreId", otherCentre).add("name", "Smuggled")
                .add("capacity", 10).build();
        staff.post("api/rooms", body).expect(404);
        assertEquals(0, admin.get("api/rooms?centre=Other&name=Smuggled").expect(200).json().getInt("total"));
    }

    @Test
    void administratorsNameTheCentreOfARoom() {
        Api.Reply reply = admin.post("api/rooms", room("No centre", 10)).expect(400);
        assertEquals("centreId", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    // --- validation and errors ------------------------------------------------------

    @Test
    void createReturnsLocationAndTheStoredCentre() {
        String name = Fixtures.unique("Centre");
        Api.Reply created = admin.post("api/centres", Fixtures.centreJson(name).build()).expect(201);
        JsonObject fetched = Api.as(base, "admin", System.getProperty("it.admin.password"))
                .get(created.header("Location").replaceFirst("^https?://[^/]+/", "")).expect(200).json();
        assertEquals(name, fetched.getString("name"));
        assertEquals("Africa/Nairobi", fetched.getString("timeZone"));
        JsonObject audit = admin.get("api/audit?entityType=TrainingCentre&action=CREATE").expect(200)
                .items().getJsonObject(0);
        assertEquals(name, audit.getString("detail"));
        assertEquals("admin", audit.getString("actor"));
    }

    @Test
    void invalidFieldsAreNamedInTheCallersLanguage() {
        JsonObject bad = Json.createObjectBuilder().add("name", "").add("countryCode", "XX").add("city", "Thiès")
                .add("timeZone", "Mars/Base").add("regionalAssociation", "APSTA").build();
        Api.Reply english = admin.post("api/centres", bad).expect(400);
        assertEquals(List.of("countryCode", "name", "timeZone"), fields(english.json()));

        Api.Reply french = Api.as(base, "admin", System.getProperty("it.admin.password")).inLanguage("fr")
                .post("api/centres", bad).expect(400);
        assertEquals("Saisie invalide", french.json().getString("title"));
        assertTrue(french.body().contains("fuseau horaire"), french.body());
        // the standard constraints read as the users' words, not the validation library's
        assertTrue(english.body().contains("is required") && !english.body().contains("must not be"), english.body());
        assertTrue(french.body().contains("est obligatoire") && !french.body().contains("ne doit pas"), french.body());
    }

    @Test
    void duplicateNamesAreRefusedBesideTheField() {
        String name = Fixtures.unique("Centre");
        fixtures.centre(name);
        Api.Reply reply = admin.post("api/centres", Fixtures.centreJson(name.toUpperCase()).build()).expect(400);
        assertEquals(List.of("name"), fields(reply.json()));
    }

    @Test
    void unreadableBodiesAreBadRequestsNotServerErrors() {
        admin.post("api/centres", "{not json").expect(400);
        Api.Reply wrongEnum = admin.post("api/centres",
                Fixtures.centreJson("X").add("regionalAssociation", "NOWHERE").build()).expect(400);
        assertEquals("application/problem+json", wrongEnum.header("Content-Type").split(";")[0]);
        admin.get("api/no-such-thing").expect(404);
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        long id = fixtures.centre(Fixtures.unique("Centre"));
        JsonObject read = admin.get("api/centres/" + id).expect(200).json();
        admin.put("api/centres/" + id, Json.createObjectBuilder(read).add("city", "Naivasha").build()).expect(200);

        admin.put("api/centres/" + id, Json.createObjectBuilder(read).add("city", "Eldoret").build()).expect(409);
        admin.put("api/centres/" + id, Json.createObjectBuilder(read).remove("version").build()).expect(400);
        assertEquals("Naivasha", admin.get("api/centres/" + id).expect(200).json().getString("city"));
    }

    @Test
    void aCentreInUseCannotBeDeleted() {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        long room = fixtures.room(centre, "Hall", 10);
        admin.delete("api/centres/" + centre).expect(409);
        admin.delete("api/rooms/" + room).expect(204);
        admin.delete("api/centres/" + centre).expect(204);
        admin.get("api/centres/" + centre).expect(404);
    }

    @Test
    void accountRulesOnRolesAndCentres() {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        Api.Reply noCentre = admin.post("api/accounts",
                Fixtures.accountJson(Fixtures.unique("staff"), "CENTRE_STAFF", null).build()).expect(400);
        assertEquals(List.of("centreId"), fields(noCentre.json()));
        Api.Reply adminWithCentre = admin.post("api/accounts",
                Fixtures.accountJson(Fixtures.unique("boss"), "ADMIN", centre).build()).expect(400);
        assertEquals(List.of("centreId"), fields(adminWithCentre.json()));
        Api.Reply shortPassword = admin.post("api/accounts", Fixtures.accountJson(Fixtures.unique("x"),
                "TRAINEE", centre).add("password", "short").build()).expect(400);
        assertEquals(List.of("password"), fields(shortPassword.json()));

        String username = Fixtures.unique("trainee");
        admin.post("api/accounts", Fixtures.accountJson(username, "TRAINEE", centre).build()).expect(201);
        admin.post("api/accounts", Fixtures.accountJson(username, "TRAINEE", centre).build()).expect(400);
        JsonObject me = Api.as(base, username, Fixtures.PASSWORD).get("api/accounts/me").expect(200).json();
        assertEquals(centre, me.getJsonNumber("centreId").longValue());
        assertFalse(admin.get("api/accounts?username=" + username).body().contains("password\":\""));
    }

    @Test
    void missionsAreReferenceDataAdministratorsKeep() {
        JsonObject unifil = admin.get("api/missions?code=UNIFIL").expect(200).items().getJsonObject(0);
        assertEquals("ACTIVE", unifil.getString("status"));
        String code = "TEST-" + Fixtures.unique("M").substring(2, 8).toUpperCase();
        JsonObject mission = Json.createObjectBuilder().add("code", code).add("name", "Test mission")
                .add("leadOrganisation", "AU").add("status", "PLANNED").add("startedOn", "2027-01-01")
                .add("endedOn", "2026-01-01").add("datesUnconfirmed", true).build();
        assertEquals(List.of("endedOnAfterStart"), fields(admin.post("api/missions", mission).expect(400).json()));
        long id = admin.post("api/missions", Json.createObjectBuilder(mission).remove("endedOn").build())
                .expect(201).id();
        admin.delete("api/missions/" + id).expect(204);
    }

    // --- paging --------------------------------------------------------------------

    @Test
    void listsArePagedSortedAndFilteredInTheDatabase() {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        for (String name : List.of("Alpha", "Bravo", "Charlie")) {
            fixtures.room(centre, name, 10);
        }
        Api staff = fixtures.user("CENTRE_STAFF", centre);
        JsonObject page = staff.get("api/rooms?limit=2&sort=-name").expect(200).json();
        assertEquals(3, page.getInt("total"));
        assertEquals(List.of("Charlie", "Bravo"), names(page));
        assertEquals(List.of("Alpha"), names(staff.get("api/rooms?limit=2&offset=2&sort=-name").expect(200).json()));
        assertEquals(List.of("Bravo"), names(staff.get("api/rooms?name=RAV").expect(200).json()));

        staff.get("api/rooms?limit=500").expect(400);
        assertEquals(List.of("sort"), fields(staff.get("api/rooms?sort=secret").expect(400).json()));
        assertEquals(List.of("capacity"), fields(staff.get("api/rooms?capacity=many").expect(400).json()));
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsWhateverTheDataSize() {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        Api staff = fixtures.user("CENTRE_STAFF", centre);
        fixtures.room(centre, "Room 0", 10);
        staff.get("api/rooms").expect(200);
        long small = fixtures.statementsFor(staff, "api/rooms?limit=100");
        for (int i = 1; i <= 40; i++) {
            fixtures.room(centre, "Room " + i, 10);
        }
        long large = fixtures.statementsFor(staff, "api/rooms?limit=100");
        assertEquals(small, large);
        assertTrue(large <= 5, "statements for a page of rooms: " + large);

        long accounts = fixtures.statementsFor(admin, "api/accounts?limit=100");
        assertTrue(accounts <= 6, "statements for a page of accounts: " + accounts);
    }

    // --- concurrency ---------------------------------------------------------------

    @Test
    void twoSimultaneousIdenticalRoomsMakeOneRoom() throws Exception {
        long centre = fixtures.centre(Fixtures.unique("Centre"));
        Api first = fixtures.user("CENTRE_STAFF", centre);
        Api second = fixtures.user("CENTRE_STAFF", centre);
        first.get("api/accounts/me").expect(200);
        second.get("api/accounts/me").expect(200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> addFirst = () -> first.post("api/rooms", room("Twin", 10)).status();
            Callable<Integer> addSecond = () -> second.post("api/rooms", room("Twin", 10)).status();
            List<Future<Integer>> results = pool.invokeAll(List.of(addFirst, addSecond));
            List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());
            assertTrue(statuses.contains(201), statuses.toString());
            assertTrue(statuses.stream().anyMatch(s -> s == 400 || s == 409), statuses.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, first.get("api/rooms?name=Twin").expect(200).json().getInt("total"));
    }

    // --- reference data --------------------------------------------------------------

    @Test
    void referenceDataIsNamedInTheCallersLanguage() {
        Api staff = fixtures.staffOfNewCentre().inLanguage("fr");
        String countries = staff.get("api/reference/countries").expect(200).body();
        assertTrue(countries.contains("\"name\":\"Allemagne\""), countries.substring(0, 200));
        JsonObject firstLanguage = staff.get("api/reference/languages").expect(200).array().getJsonObject(0);
        assertTrue(firstLanguage.getBoolean("unOfficial"));
    }

    private static JsonObject room(String name, int capacity) {
        return Json.createObjectBuilder().add("name", name).add("capacity", capacity).build();
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject).map(error -> error.getString("field")).sorted().toList();
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(item -> item.getString("name")).toList();
    }
}
