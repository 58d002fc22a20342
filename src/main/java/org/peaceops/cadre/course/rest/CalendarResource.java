package org.peaceops.cadre.course.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.course.CalendarEntry;
import org.peaceops.cadre.course.CalendarService;
import org.peaceops.cadre.course.FeedScope;
import org.peaceops.cadre.platform.InvalidInputException;

@Path("calendar")
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    CalendarService calendar;

    @GET
    @Operation(operationId = "listCalendarEntries",
            summary = "Sessions of a centre, room, instructor or trainee (scope and target) from one day to "
            + "another (YYYY-MM-DD, the centre's calendar, at most 100 days); cancelled=true includes cancelled ones")
    public List<CalendarEntry> entries(@QueryParam("scope") String scope, @QueryParam("target") Long target,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("cancelled") boolean cancelled) {
        FeedScope which = scope(scope, "scope");
        if (target == null) {
            throw new InvalidInputException("target", "courseApi.calendar.target");
        }
        return calendar.entries(which, target, date(from, "from"), date(to, "to"), cancelled);
    }

    /**
     * Read here rather than by JAX-RS, which answers a value it cannot convert
     * with 404: a wrong scope is the client's mistake on a named field.
     */
    static FeedScope scope(String value, String field) {
        try {
            return FeedScope.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "courseApi.calendar.scope");
        }
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "courseApi.calendar.date");
        }
    }
}
