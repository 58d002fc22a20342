package org.peaceops.cadre.course.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.course.CourseSession;
import org.peaceops.cadre.course.ScheduleService;
import org.peaceops.cadre.course.SessionDetails;
import org.peaceops.cadre.course.SessionStatus;
import org.peaceops.cadre.course.schedule.ScheduleConflict;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.rest.CallerLanguage;
import org.peaceops.cadre.platform.rest.Versions;

/** One session of a timetable: read, change, move, cancel. Sessions are added through their offering. */
@Path("sessions")
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    ScheduleService schedule;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}")
    @Operation(operationId = "getSession", summary = "A session, its times in the centre's local time and in UTC")
    public SessionDto get(@PathParam("id") long id) {
        return SessionDto.of(schedule.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeSession",
            summary = "Change a session; hard conflicts answer 409 with every conflict in errors, "
            + "soft ones come back as warnings; send the version you read")
    public SavedDto change(@PathParam("id") long id, @NotNull SessionDto body) {
        return SavedDto.of(schedule.change(id, Versions.required(body.version()), body.details()),
                CallerLanguage.of(headers));
    }

    @POST
    @Path("{id}/move")
    @Operation(operationId = "moveSession",
            summary = "Move a session to another time (local to the centre), room and instructors unchanged; "
            + "the timetable rules are checked again")
    public SavedDto move(@PathParam("id") long id, @NotNull MoveDto body) {
        if (body.startsAt() == null || body.endsAt() == null) {
            throw new InvalidInputException(body.startsAt() == null ? "startsAt" : "endsAt", "courseApi.timeRequired");
        }
        return SavedDto.of(schedule.move(id, Versions.required(body.version()), body.startsAt(), body.endsAt()),
                CallerLanguage.of(headers));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "cancelSession",
            summary = "Cancel a session (?version= the version you read); it stays in calendars as cancelled")
    public SessionDto cancel(@PathParam("id") long id, @QueryParam("version") Long version) {
        return SessionDto.of(schedule.cancel(id, Versions.required(version)));
    }

    /**
     * A session as the API shows and takes it. {@code startsAt} and
     * {@code endsAt} are the centre's local time (what staff plan in);
     * {@code startsAtUtc} and {@code endsAtUtc} the same instants in UTC, for
     * reading only.
     */
    public record SessionDto(Long id, Long version, Long offeringId, String title, Long lessonId,
                             LocalDateTime startsAt, LocalDateTime endsAt, Instant startsAtUtc, Instant endsAtUtc,
                             String timeZone, Long roomId, String roomName, String building, Long leadInstructorId,
                             List<Long> assistingInstructorIds, SessionStatus status, String uid, Integer sequence) {

        static SessionDto of(CourseSession s) {
            String zoneId = s.getOffering().getCentre().getTimeZone();
            ZoneId zone = ZoneId.of(zoneId);
            return new SessionDto(s.getId(), s.getVersion(), s.getOffering().getId(), s.getTitle(),
                    s.getLesson() == null ? null : s.getLesson().getId(),
                    s.getStartsAt().atZone(zone).toLocalDateTime(), s.getEndsAt().atZone(zone).toLocalDateTime(),
                    s.getStartsAt(), s.getEndsAt(), zoneId,
                    s.getRoom() == null ? null : s.getRoom().getId(),
                    s.getRoom() == null ? null : s.getRoom().getName(),
                    s.getRoom() == null ? null : s.getRoom().getBuilding(),
                    s.leadInstructorId().orElse(null), s.assistingInstructorIds(), s.getStatus(), s.getUid(),
                    s.getSequence());
        }

        SessionDetails details() {
            return new SessionDetails(title, lessonId, startsAt, endsAt, roomId, leadInstructorId,
                    assistingInstructorIds);
        }
    }

    /** A move on the calendar: the new local start and end. */
    public record MoveDto(Long version, LocalDateTime startsAt, LocalDateTime endsAt) {
    }

    /** A conflict of the timetable rules, explained in the caller's language; {@code code} names the rule. */
    public record ConflictDto(String code, boolean hard, String message) {

        static ConflictDto of(ScheduleConflict conflict, Locale locale) {
            return new ConflictDto(conflict.rule().name(), conflict.isHard(), conflict.reason().localized(locale));
        }

        static List<ConflictDto> of(List<ScheduleConflict> conflicts, Locale locale) {
            return conflicts.stream().map(c -> of(c, locale)).toList();
        }
    }

    /** A saved session and the warnings (soft conflicts) the user accepted by saving. */
    public record SavedDto(SessionDto session, List<WarningDto> warnings) {

        static SavedDto of(ScheduleService.Saved saved, Locale locale) {
            return new SavedDto(SessionDto.of(saved.session()), saved.warnings().stream()
                    .map(w -> new WarningDto(w.rule().name(), w.reason().localized(locale))).toList());
        }
    }

    /** A soft conflict: {@code code} names the rule, {@code message} explains it. */
    public record WarningDto(String code, String message) {
    }
}
