package org.peaceops.cadre.platform.rest;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.peaceops.cadre.platform.i18n.Messages;

/** Builds problem answers; the one place that knows their media type and shape. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String REALM = "Basic realm=\"Cadre\", charset=\"UTF-8\"";

    private Problems() {
    }

    public static Response response(Response.Status status, Locale locale, String titleKey, String detail,
                                    List<Problem.FieldError> errors) {
        String title = Messages.format(locale, titleKey);
        Response.ResponseBuilder builder = Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status.getStatusCode(), detail, errors));
        if (status == Response.Status.UNAUTHORIZED) {
            builder.header("WWW-Authenticate", REALM);
        }
        return builder.build();
    }

    /** The answer to wrong Basic credentials, written before JAX-RS is reached. */
    public static void writeUnauthorized(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = Messages.supported(request.getLocale());
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Messages.format(locale, "problem.unauthorized"))
                .add("status", 401)
                .add("detail", Messages.format(locale, "error.badCredentials"))
                .build().toString();
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", REALM);
            response.setContentType(MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MediaType mediaType() {
        return MediaType.valueOf(MEDIA_TYPE);
    }
}
