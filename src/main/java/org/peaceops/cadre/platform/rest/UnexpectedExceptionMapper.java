package org.peaceops.cadre.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * Everything nobody planned for. A body that is not the JSON expected is the
 * client's fault (400); a write that a database constraint refused lost a race
 * with an identical write (409); anything else is logged with an incident
 * number and answered 500 with that number, never with a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        Locale locale = CallerLanguage.of(headers);
        if (isUnreadableBody(exception)) {
            return Problems.response(Response.Status.BAD_REQUEST, locale, "problem.bad_request",
                    Messages.format(locale, "error.unreadableBody"), List.of());
        }
        if (causedBy(exception, org.hibernate.exception.ConstraintViolationException.class)) {
            return Problems.response(Response.Status.CONFLICT, locale, "problem.conflict",
                    Messages.format(locale, "error.duplicate"), List.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, exception);
        return Problems.response(Response.Status.INTERNAL_SERVER_ERROR, locale, "problem.internal_server_error",
                Messages.format(locale, "error.incident", incident), List.of());
    }

    private static boolean isUnreadableBody(Throwable exception) {
        return causedBy(exception, JsonbException.class)
                || causedBy(exception, jakarta.json.stream.JsonParsingException.class);
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
