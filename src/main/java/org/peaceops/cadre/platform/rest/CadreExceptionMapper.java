package org.peaceops.cadre.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.peaceops.cadre.platform.AccessDeniedException;
import org.peaceops.cadre.platform.CadreException;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.NotSignedInException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.TooManyRequestsException;
import org.peaceops.cadre.platform.i18n.Messages;

/** Cadre's own failures as problem details with the matching HTTP status. */
@Provider
public class CadreExceptionMapper implements ExceptionMapper<CadreException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(CadreException exception) {
        Locale locale = CallerLanguage.of(headers);
        String detail = exception.localizedMessage(locale);
        if (exception instanceof InvalidInputException invalid) {
            return Problems.response(Status.BAD_REQUEST, locale, "problem.invalid", detail,
                    List.of(new Problem.FieldError(invalid.field(), detail)));
        }
        if (exception instanceof TooManyRequestsException tooMany) {
            return Response.fromResponse(Problems.response(Status.TOO_MANY_REQUESTS, locale,
                    "problem.too_many_requests", detail, List.of()))
                    .header("Retry-After", tooMany.retryAfterSeconds()).build();
        }
        Status status = exception instanceof RecordNotFoundException ? Status.NOT_FOUND
                : exception instanceof ConflictException ? Status.CONFLICT
                : exception instanceof AccessDeniedException ? Status.FORBIDDEN
                : exception instanceof NotSignedInException ? Status.UNAUTHORIZED
                : Status.BAD_REQUEST;
        List<Problem.FieldError> reasons = exception.reasons().stream()
                .map(reason -> new Problem.FieldError(reason.code(), reason.localized(locale))).toList();
        return Problems.response(status, locale, "problem." + status.name().toLowerCase(Locale.ROOT), detail,
                reasons);
    }

}
