package org.peaceops.cadre.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A REST client of Cadre signed in as one user (HTTP Basic on the first call,
 * then the session cookie, as a real client would), speaking JSON.
 */
public final class Api {

    private final URI base;
    private final HttpClient client;
    private final String authorization;
    private String language = "en";
    private String forwardedFor;

    private Api(URL base, String authorization) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.authorization = authorization;
    }

    public static Api as(URL base, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token);
    }

    public static Api anonymous(URL base) {
        return new Api(base, null);
    }

    public Api inLanguage(String languageTag) {
        this.language = languageTag;
        return this;
    }

    /**
     * Sends requests as if relayed by a reverse proxy for a client at {@code address}
     * (the test server trusts X-Forwarded-For), so that tests can play several sources.
     */
    public Api from(String address) {
        this.forwardedFor = address;
        return this;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET that accepts whatever the resource produces (files: CSV, PDF). */
    public Reply download(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET());
    }

    public Reply post(String path, JsonStructure body) {
        return post(path, body.toString());
    }

    public Reply post(String path, String rawBody) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody)));
    }

    /** A POST of a file's bytes, as a program sends a roster. */
    public Reply upload(String path, String contentType, byte[] content) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    public Reply put(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Accept-Language", language);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        } else {
            // A program without credentials says it is one, as cross-site request checks expect.
            builder.header("X-Requested-With", "cadre-tests");
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    /** The body of a GET as bytes (a workbook, a PDF), failing unless it answers 200. */
    public byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = client.send(request(path).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, body, and the body read as JSON. */
    public record Reply(int status, String body, HttpResponse<String> response) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public JsonArray items() {
            return json().getJsonArray("items");
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }

        /** Fails with the body in the message when the status is not the expected one. */
        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
