package org.peaceops.cadre.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * Refuses changes that another web site makes a signed-in person's browser
 * send to the API (cross-site request forgery). A browser adds the session
 * cookie, and HTTP Basic credentials once typed into its sign-in prompt, to
 * every request it sends to Cadre, whichever site's page made it send it.
 * So a POST, PUT, PATCH or DELETE must show that it comes from Cadre's own
 * pages or from a program rather than another site:
 * <ol>
 * <li>a Bearer token is enough, since no browser adds one by itself;</li>
 * <li>otherwise, if the browser says where the request comes from
 * ({@code Sec-Fetch-Site}), it must be {@code same-origin} (or {@code none}:
 * typed by the person);</li>
 * <li>otherwise an {@code Origin} header must name this host (the host and port
 * the request was sent to, as the reverse proxy passes them on);</li>
 * <li>with neither header (programs, very old browsers) the request must carry
 * credentials, an {@code X-Requested-With} header or a JSON body: a plain HTML
 * form on another site can send none of these.</li>
 * </ol>
 * GET, HEAD and OPTIONS change nothing and always pass. The screens themselves
 * post back to JSF, whose view state guards them.
 */
@Provider
@PreMatching
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!allowed(request.getMethod(), request::getHeaderString)) {
            Locale locale = CallerLanguage.of(request.getAcceptableLanguages());
            request.abortWith(Problems.response(Status.FORBIDDEN, locale, "problem.forbidden",
                    Messages.format(locale, "error.crossSite"), List.of()));
        }
    }

    /** Whether a request with this method and these headers may go on; {@code header} answers null when absent. */
    static boolean allowed(String method, UnaryOperator<String> header) {
        if (SAFE_METHODS.contains(method)) {
            return true;
        }
        String authorization = header.apply("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return true;
        }
        String site = header.apply("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = header.apply("Origin");
        if (origin != null) {
            return sameHost(origin, header.apply("Host"));
        }
        return authorization != null || header.apply("X-Requested-With") != null
                || isJson(header.apply("Content-Type"));
    }

    /** Whether the origin (scheme://host[:port]) names the host the request was sent to. */
    private static boolean sameHost(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            URI to = URI.create(from.getScheme() + "://" + host);
            return from.getHost() != null && from.getHost().equalsIgnoreCase(to.getHost())
                    && port(from) == port(to);
        } catch (IllegalArgumentException unreadable) {
            return false; // "null" (an opaque origin), or nonsense
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }
}
