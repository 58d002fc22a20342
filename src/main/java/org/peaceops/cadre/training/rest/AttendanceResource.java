package org.peaceops.cadre.training.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.PageParameters;
import org.peaceops.cadre.training.AttendanceChange;
import org.peaceops.cadre.training.AttendanceMark;
import org.peaceops.cadre.training.AttendanceService;
import org.peaceops.cadre.training.RollCallCounts;
import org.peaceops.cadre.training.RollCallEntry;

/** A session's roll call: its instructors take it, the centre's staff may take or correct it. */
@Path("sessions/{sessionId}/attendance")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    AttendanceService attendance;

    @GET
    @Operation(operationId = "listAttendance", summary = "The session's roll: the offering's enrolled people by "
            + "family name, each with their mark (none until marked); search= a name or service number")
    public Page<RollCallEntryDto> roll(@PathParam("sessionId") long sessionId, @BeanParam PageParameters page) {
        return attendance.roll(sessionId, page.toRequest()).map(RollCallEntryDto::of);
    }

    @GET
    @Path("counts")
    @Operation(operationId = "countAttendance", summary = "How many people are on the roll, and how many have each mark")
    public RollCallCountsDto counts(@PathParam("sessionId") long sessionId) {
        return RollCallCountsDto.of(attendance.counts(sessionId));
    }

    @PUT
    @Operation(operationId = "recordAttendance", summary = "Give marks (all or none, at most 500 at once); "
            + "changing a mark already given is a correction when not made by the session's instructors, "
            + "and needs a reason")
    public RollCallCountsDto record(@PathParam("sessionId") long sessionId, @NotNull AttendanceMarksDto body) {
        if (body.marks() == null) {
            throw new InvalidInputException("marks", "error.attendance.markCount", AttendanceService.MAX_MARKS);
        }
        List<AttendanceChange> changes = body.marks().stream()
                .map(m -> m == null ? null : new AttendanceChange(m.personId(), m.mark(), m.note())).toList();
        return RollCallCountsDto.of(attendance.record(sessionId, changes, body.reason()));
    }

    @POST
    @Path("present")
    @Operation(operationId = "markUnmarkedPresent", summary = "Mark everyone not yet marked as present, "
            + "the first step of a roll call; then mark the exceptions")
    public RollCallCountsDto markUnmarkedPresent(@PathParam("sessionId") long sessionId) {
        return RollCallCountsDto.of(attendance.markUnmarkedPresent(sessionId));
    }

    /** A person on the roll and their mark. */
    public record RollCallEntryDto(Long personId, String displayName, String serviceNumber, String nationality,
                                   AttendanceMark mark, String note, String recordedBy, Instant recordedAt) {

        static RollCallEntryDto of(RollCallEntry entry) {
            Person p = entry.person();
            var a = entry.attendance();
            return new RollCallEntryDto(p.getId(), p.getDisplayName(), p.getServiceNumber(), p.getNationality(),
                    entry.mark(), a == null ? null : a.getNote(), a == null ? null : a.getRecordedBy(),
                    a == null ? null : a.getRecordedAt());
        }
    }

    /** One mark to give. */
    public record AttendanceMarkDto(Long personId, AttendanceMark mark, String note) {
    }

    /** The marks to give, and the reason when they correct marks already given. */
    public record AttendanceMarksDto(List<AttendanceMarkDto> marks, String reason) {
    }

    /** How the roll call stands. */
    public record RollCallCountsDto(long roll, long present, long late, long absent, long excused, long unmarked) {

        static RollCallCountsDto of(RollCallCounts c) {
            return new RollCallCountsDto(c.roll(), c.count(AttendanceMark.PRESENT), c.count(AttendanceMark.LATE),
                    c.count(AttendanceMark.ABSENT), c.count(AttendanceMark.EXCUSED), c.unmarked());
        }
    }
}
