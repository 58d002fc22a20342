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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The screens over plain HTTP, signed in through the sign-in page with a
 * session cookie: fast for checking what a page answers (status and text) to
 * addresses and form posts that no browser would send, e.g. a mangled field.
 */
public final class Pages {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** The script nonce of PrimeFaces' CSP mode, which its scripts post back with every form. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

    private final URI base;
    private final HttpClient client;
    /** The nonce of the page last fetched at each address, sent back with its forms as a browser does. */
    private final Map<String, String> nonces = new java.util.HashMap<>();

    private Pages(URL base, HttpClient.Redirect redirects) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(redirects).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the sign-in form, as a browser does (password {@link Fixtures#PASSWORD}). */
    public static Pages signedInAs(URL base, String username) {
        Pages pages = new Pages(base, HttpClient.Redirect.NORMAL);
        Reply dashboard = pages.post("login.xhtml", pages.signInForm(username), false);
        if (dashboard.body().contains("id=\"login:username\"")) {
            throw new AssertionError("could not sign in as " + username);
        }
        return pages;
    }

    /** A visitor who has not signed in and sees every answer as sent, redirects included (not followed). */
    public static Pages anonymous(URL base) {
        return new Pages(base, HttpClient.Redirect.NEVER);
    }

    /** The fields the sign-in form posts, read from a fresh sign-in page. */
    public Map<String, String> signInForm(String username) {
        Reply login = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", Fixtures.PASSWORD);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", login.viewState());
        return form;
    }

    public Reply get(String path) {
        Reply reply = send(HttpRequest.newBuilder(resolve(path)).GET());
        Matcher nonce = NONCE.matcher(reply.body());
        if (nonce.find()) {
            nonces.put(resolve(path).getPath(), nonce.group(1));
        }
        return reply;
    }

    /**
     * Posts a form as the page would, or as its ajax calls do
     * ({@code ajax}: a partial request whose answer is a partial-response document).
     */
    public Reply post(String path, Map<String, String> fields, boolean ajax) {
        Map<String, String> posted = new LinkedHashMap<>(fields);
        String nonce = nonces.get(resolve(path).getPath());
        if (nonce != null) {
            posted.putIfAbsent("primefaces.nonce", nonce);
        }
        String body = posted.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return send(request);
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.timeout(Duration.ofSeconds(60))
                    .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The session's serialized size in bytes, as a server with the session-size probe on reports it. */
    public long sessionBytes() {
        return Long.parseLong(get("app/dashboard.xhtml").headers().firstValue("X-Cadre-Session-Bytes")
                .orElseThrow(() -> new AssertionError("the server does not report session sizes")));
    }

    /** A page's answer: its status, its text and its headers. */
    public record Reply(int status, String body, java.net.http.HttpHeaders headers) {

        /** The session cookie this answer sets, as the server wrote it; null when it sets none. */
        public String sessionCookie() {
            return headers.allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                    .findFirst().orElse(null);
        }

        /** The page's view state, to post one of its forms. */
        public String viewState() {
            Matcher found = VIEW_STATE.matcher(body);
            if (!found.find()) {
                throw new AssertionError("no view state in " + body);
            }
            return found.group(1);
        }

        /** The text of the page's error heading (the error pages' {@code errorTitle}), or null on other pages. */
        public String errorTitle() {
            Matcher found = Pattern.compile("<h1 id=\"errorTitle\">([^<]*)</h1>").matcher(body);
            return found.find() ? found.group(1).strip() : null;
        }
    }
}
