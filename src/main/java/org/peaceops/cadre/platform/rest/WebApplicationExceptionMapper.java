package org.peaceops.cadre.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** The JAX-RS runtime's own refusals (unknown path, wrong method or media type) as problems too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Locale locale = CallerLanguage.of(headers);
        Response.Status status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
        if (status == null) {
            status = Response.Status.BAD_REQUEST;
        }
        String key = switch (status) {
            case NOT_FOUND -> "problem.not_found";
            case METHOD_NOT_ALLOWED -> "problem.method_not_allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "problem.unsupported_media_type";
            case NOT_ACCEPTABLE -> "problem.not_acceptable";
            default -> status.getFamily() == Response.Status.Family.SERVER_ERROR
                    ? "problem.internal_server_error" : "problem.bad_request";
        };
        return Problems.response(status, locale, key,
                org.peaceops.cadre.platform.i18n.Messages.format(locale, key + ".detail"), List.of());
    }
}
