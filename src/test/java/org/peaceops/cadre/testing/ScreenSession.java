package org.peaceops.cadre.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using the screens without a browser: signs in through the login form
 * and opens pages with the session cookie, as a browser would. For tests about
 * sessions themselves (their size, their cost), where a real browser adds nothing.
 */
public final class ScreenSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String SIZE_HEADER = "X-Cadre-Session-Bytes";

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

    private ScreenSession(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    /** Signs in through the login page; fails if the form does not lead to the dashboard. */
    public static ScreenSession signIn(URL base, String username, String password) {
        ScreenSession session = new ScreenSession(base);
        Matcher state = VIEW_STATE.matcher(session.open("login.xhtml").body());
        if (!state.find()) {
            throw new AssertionError("the login page has no view state");
        }
        String form = Map.of("login", "login", "login:username", username, "login:password", password,
                        "login:submit", "", "jakarta.faces.ViewState", state.group(1)).entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> landed = session.send(HttpRequest.newBuilder(session.base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (!landed.uri().getPath().endsWith("/app/dashboard.xhtml")) {
            throw new AssertionError("sign-in as " + username + " ended at " + landed.uri());
        }
        return session;
    }

    /** Opens a page (path relative to the application) and answers the response. */
    public HttpResponse<String> open(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** The session's serialized size in bytes, as the server reports it. */
    public long sessionBytes() {
        String size = open("app/dashboard.xhtml").headers().firstValue(SIZE_HEADER)
                .orElseThrow(() -> new AssertionError("the server does not report session sizes"));
        return Long.parseLong(size);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
