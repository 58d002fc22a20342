package org.peaceops.cadre.course.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.centre.WorkingDay;
import org.peaceops.cadre.course.TimetablePlan;
import org.peaceops.cadre.course.TimetableService;
import org.peaceops.cadre.course.rest.SessionResource.ConflictDto;
import org.peaceops.cadre.course.rest.SessionResource.SessionDto;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.rest.CallerLanguage;
import org.peaceops.cadre.platform.rest.Versions;

/**
 * An offering's timetable laid out from its course's curriculum: first as a
 * proposal with every conflict, then saved whole. Its own root class: the
 * {@code timetable} prefix has nothing else under {@link OfferingResource}.
 */
@Path("offerings/{id}/timetable")
@Tag(name = "Offerings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimetableResource {

    @Inject
    TimetableService timetables;

    @Context
    HttpHeaders headers;

    @POST
    @Path("layout")
    @Operation(operationId = "previewTimetableLayout",
            summary = "Lay the course's curriculum out over the offering's days (lessons in order, the centre's "
            + "working hours and breaks unless overridden) in one room with one lead instructor; answers the "
            + "proposed sessions with their conflicts and saves nothing")
    public List<ProposedDto> preview(@PathParam("id") long id, @NotNull LayoutDto body) {
        Locale locale = CallerLanguage.of(headers);
        return timetables.preview(id, body.plan()).stream().map(p -> new ProposedDto(p.details().title(),
                p.details().lessonId(), p.details().startsAt(), p.details().endsAt(), p.blocked(),
                ConflictDto.of(p.conflicts(), locale))).toList();
    }

    @POST
    @Path("layout/apply")
    @Operation(operationId = "applyTimetableLayout",
            summary = "Save the laid-out timetable: every session or none; any hard conflict answers 409 with "
            + "every conflict in errors; send the offering's version you read")
    public List<SessionDto> apply(@PathParam("id") long id, @NotNull LayoutDto body) {
        return timetables.apply(id, Versions.required(body.version()), body.plan()).stream()
                .map(SessionDto::of).toList();
    }

    /**
     * Room and lead instructor of every session; {@code dayStarts} and
     * {@code dayEnds} (HH:MM) and {@code breaks} ("10:30-10:45, 12:30-13:30")
     * override the centre's working day for this layout; {@code version} is the
     * offering's, read when applying.
     */
    public record LayoutDto(Long roomId, Long leadInstructorId, String dayStarts, String dayEnds, String breaks,
                            Long version) {

        TimetablePlan plan() {
            return new TimetablePlan(roomId, leadInstructorId, time("dayStarts", dayStarts), time("dayEnds", dayEnds),
                    breaks == null ? null : WorkingDay.parseBreaks(breaks));
        }

        private static LocalTime time(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
            } catch (DateTimeParseException unreadable) {
                throw new InvalidInputException(field, "error.workingDay.timeUnreadable", value);
            }
        }
    }

    /** A proposed session (local times), whether a hard conflict blocks it, and every conflict explained. */
    public record ProposedDto(String title, Long lessonId, LocalDateTime startsAt, LocalDateTime endsAt,
                              boolean blocked, List<ConflictDto> conflicts) {
    }
}
