package org.peaceops.cadre.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One HTTP request with exactly the headers given and nothing else (no cookie
 * jar, no credentials of its own): what a browser sends on another site's
 * behalf, or what a page or file request looks like to the server.
 */
public final class RawRequest {

    /**
     * HTTP/1.1, as browsers speak to a plain-HTTP server. (Offered HTTP/2 in clear text, Payara Micro
     * loses the session cookie of every other request on the upgraded connection.)
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private RawRequest() {
    }

    /** Sends {@code method path} with the headers given as name, value, name, value…; {@code body} may be null. */
    public static HttpResponse<String> send(URL base, String method, String path, String body, String... headers) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root).resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
