package org.peaceops.cadre.course.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.course.Enrolment;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.course.EnrolmentService;
import org.peaceops.cadre.course.QuotaService;
import org.peaceops.cadre.course.EnrolmentStatus;
import org.peaceops.cadre.course.Offering;
import org.peaceops.cadre.course.OfferingDetails;
import org.peaceops.cadre.course.OfferingService;
import org.peaceops.cadre.course.OfferingStatus;
import org.peaceops.cadre.course.PrerequisiteCheck;
import org.peaceops.cadre.course.ScheduleService;
import org.peaceops.cadre.course.TimetableService;
import org.peaceops.cadre.course.rest.SessionResource.ConflictDto;
import org.peaceops.cadre.course.rest.SessionResource.SavedDto;
import org.peaceops.cadre.course.rest.SessionResource.SessionDto;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.CallerLanguage;
import org.peaceops.cadre.platform.rest.PageParameters;
import org.peaceops.cadre.platform.rest.Versions;

/**
 * Offerings (runs of a course) and everything under them: status, cancellation,
 * completion, the timetable and the enrolments. One root class for the whole
 * {@code offerings} prefix, so that no other class shadows these paths.
 */
@Path("offerings")
@Tag(name = "Offerings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferingResource {

    @Inject
    OfferingService offerings;

    @Inject
    ScheduleService schedule;

    @Inject
    EnrolmentService enrolments;

    @Inject
    QuotaService quotas;

    @Inject
    TimetableService timetables;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listOfferings",
            summary = "Offerings of your centre (every centre's for administrators), newest first, paged; "
            + "filter by status, language, course (code), courseTitle, startsOn, endsOn, centre")
    public Page<OfferingDto> list(@BeanParam PageParameters page) {
        return offerings.page(page.toRequest()).map(OfferingDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOffering", summary = "An offering of your centre (any centre's for administrators)")
    public OfferingDto get(@PathParam("id") long id) {
        return OfferingDto.of(offerings.get(id));
    }

    @POST
    @Operation(operationId = "addOffering",
            summary = "Plan an offering of one of your centre's courses (staff); dates are the centre's calendar days")
    public Response add(@NotNull OfferingDto body, @Context UriInfo uri) {
        Offering offering = offerings.add(body.courseId(), body.details());
        // Read again: the new offering's centre is still a lazy reference once the service has returned.
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(offering.getId())).build())
                .entity(OfferingDto.of(offerings.get(offering.getId()))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeOffering",
            summary = "Change dates, language, seats or note; planned sessions must still fit; send the version you read")
    public OfferingDto change(@PathParam("id") long id, @NotNull OfferingDto body) {
        return OfferingDto.of(offerings.change(id, Versions.required(body.version()), body.details()));
    }

    @POST
    @Path("{id}/status")
    @Operation(operationId = "advanceOffering",
            summary = "Move a planned offering to OPEN (enrolment) or an open one to RUNNING")
    public OfferingDto advance(@PathParam("id") long id, @NotNull StatusDto body) {
        if (body.status() == null) {
            throw new InvalidInputException("status", "courseApi.statusRequired");
        }
        return OfferingDto.of(offerings.advance(id, Versions.required(body.version()), body.status()));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(operationId = "cancelOffering",
            summary = "Cancel the offering: its sessions are cancelled, every enrolled trainee is told and their seat freed")
    public OfferingDto cancel(@PathParam("id") long id, @NotNull VersionDto body) {
        return OfferingDto.of(offerings.cancel(id, Versions.required(body.version())));
    }

    @POST
    @Path("{id}/completion")
    @Operation(operationId = "completeOffering",
            summary = "Complete the offering: the trainees named as passed complete it (and gain what the course "
            + "qualifies for), the other enrolled trainees do not")
    public OfferingDto complete(@PathParam("id") long id, @NotNull CompletionDto body) {
        List<Long> passed = body.passedTraineeIds() == null ? List.of() : body.passedTraineeIds();
        return OfferingDto.of(offerings.complete(id, Versions.required(body.version()), passed));
    }

    @POST
    @Path("{id}/copy")
    @Operation(operationId = "copyOffering",
            summary = "Copy the offering to a new first day: a planned offering of the same course, language and "
            + "seats, its sessions shifted by as many days; any hard conflict answers 409 and nothing is copied")
    public Response copy(@PathParam("id") long id, @NotNull CopyDto body, @Context UriInfo uri) {
        if (body.startsOn() == null) {
            throw new InvalidInputException("startsOn", "courseApi.startsOnRequired");
        }
        Offering copy = timetables.copy(id, body.startsOn());
        return Response.created(uri.getBaseUriBuilder().path("offerings").path(String.valueOf(copy.getId())).build())
                .entity(OfferingDto.of(offerings.get(copy.getId()))).build();
    }

    // --- timetable ---------------------------------------------------------------------

    @GET
    @Path("{id}/sessions")
    @Operation(operationId = "listOfferingSessions",
            summary = "The offering's sessions in time order, cancelled ones included")
    public List<SessionDto> sessions(@PathParam("id") long id) {
        return schedule.sessions(id).stream().map(SessionDto::of).toList();
    }

    @POST
    @Path("{id}/sessions")
    @Operation(operationId = "addSession",
            summary = "Add a session (times local to the centre); hard conflicts answer 409 with every conflict "
            + "in errors, soft ones come back as warnings in the caller's language")
    public Response addSession(@PathParam("id") long id, @NotNull SessionDto body, @Context UriInfo uri) {
        ScheduleService.Saved saved = schedule.add(id, body.details());
        return Response.created(uri.getBaseUriBuilder().path("sessions")
                        .path(String.valueOf(saved.session().getId())).build())
                .entity(SavedDto.of(saved, locale())).build();
    }

    @POST
    @Path("{id}/sessions/check")
    @Operation(operationId = "checkSession",
            summary = "The conflicts a session would meet, hard and soft, without saving it; "
            + "name id to check a change of an existing session")
    public List<ConflictDto> check(@PathParam("id") long id, @NotNull SessionDto body) {
        return ConflictDto.of(schedule.check(id, body.id(), body.details()), locale());
    }

    // --- enrolments --------------------------------------------------------------------

    @GET
    @Path("{id}/enrolments")
    @Operation(operationId = "listEnrolments",
            summary = "The offering's enrolments in enrolment order, ended ones included")
    public List<EnrolmentDto> enrolments(@PathParam("id") long id) {
        List<Enrolment> list = enrolments.of(id);
        Map<Long, Long> positions = enrolments.waitlistPositions(list);
        return list.stream().map(e -> EnrolmentDto.of(e, positions.get(e.getId()))).toList();
    }

    @POST
    @Path("{id}/enrolments")
    @Operation(operationId = "enrolTrainee",
            summary = "Enrol a person of your centre on an open offering (traineeId is the person's id); unmet "
            + "prerequisites answer 409 with every reason in errors; on a full offering, or when their country's "
            + "quota is full, the person joins the waitlist (status WAITLISTED, with their position)")
    public Response enrol(@PathParam("id") long id, @NotNull EnrolmentDto body, @Context UriInfo uri) {
        if (body.traineeId() == null) {
            throw new InvalidInputException("traineeId", "courseApi.traineeRequired");
        }
        Enrolment enrolment = enrolments.enrol(id, body.traineeId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(body.traineeId())).build())
                .entity(EnrolmentDto.of(enrolment, enrolments.waitlistPosition(enrolment))).build();
    }

    @DELETE
    @Path("{id}/enrolments/{traineeId}")
    @Operation(operationId = "withdrawTrainee",
            summary = "Withdraw a person before the offering closes, or take them off its waitlist; a seat freed "
            + "goes to the first on the waitlist at once")
    public Response withdraw(@PathParam("id") long id, @PathParam("traineeId") long traineeId) {
        enrolments.withdraw(id, traineeId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/eligibility/{traineeId}")
    @Operation(operationId = "checkEligibility",
            summary = "Whether a trainee meets the course's prerequisites on the offering's first day, and if not why")
    public EligibilityDto eligibility(@PathParam("id") long id, @PathParam("traineeId") long traineeId) {
        Locale locale = locale();
        List<ReasonDto> unmet = enrolments.unmetPrerequisites(id, traineeId).stream()
                .map(u -> ReasonDto.of(u, locale)).toList();
        return new EligibilityDto(traineeId, unmet.isEmpty(), unmet);
    }

    @GET
    @Path("{id}/quotas")
    @Operation(operationId = "listQuotas", summary = "The offering's seat quotas per contributing country")
    public List<QuotaDto> quotas(@PathParam("id") long id) {
        return quotas.of(id).stream().map(QuotaDto::of).toList();
    }

    @PUT
    @Path("{id}/quotas")
    @Operation(operationId = "replaceQuotas", summary = "Replace the offering's seat quotas (staff): at most "
            + "seats people of each country listed hold seats; countries left out lose their quota")
    public List<QuotaDto> replaceQuotas(@PathParam("id") long id, @NotNull List<@NotNull QuotaDto> body) {
        Map<String, Integer> wanted = new java.util.LinkedHashMap<>();
        body.forEach(quota -> wanted.put(quota.country(), quota.seats()));
        return quotas.replace(id, wanted).stream().map(QuotaDto::of).toList();
    }

    private Locale locale() {
        return CallerLanguage.of(headers);
    }

    /** An offering as the API shows and takes it; {@code courseId} is read on creation only, {@code version} on change. */
    public record OfferingDto(Long id, Long version, Long courseId, String courseCode, String courseTitle,
                              Long centreId, String centreName, LocalDate startsOn, LocalDate endsOn,
                              OfferingStatus status, String language, Integer seats, Integer enrolled, String note) {

        static OfferingDto of(Offering o) {
            return new OfferingDto(o.getId(), o.getVersion(), o.getCourse().getId(), o.getCourse().getCode(),
                    o.getCourse().getTitle(), o.getCentre().getId(), o.getCentre().getName(), o.getStartsOn(),
                    o.getEndsOn(), o.getStatus(), o.getLanguage(), o.getSeats(), o.getEnrolled(), o.getNote());
        }

        OfferingDetails details() {
            return new OfferingDetails(startsOn, endsOn, language, seats == null ? 0 : seats, note);
        }
    }

    /** The first day of a copy. */
    public record CopyDto(LocalDate startsOn) {
    }

    /** The status to move to, and the version read. */
    public record StatusDto(OfferingStatus status, Long version) {
    }

    /** Only the version read, for actions that take nothing else. */
    public record VersionDto(Long version) {
    }

    /** The version read and the trainees who passed. */
    public record CompletionDto(Long version, List<Long> passedTraineeIds) {
    }

    /** Whether the trainee may enrol, and every unmet prerequisite. */
    public record EligibilityDto(long traineeId, boolean eligible, List<ReasonDto> unmet) {
    }

    /** An unmet prerequisite: {@code code} is its kind, {@code message} explains it in the caller's language. */
    public record ReasonDto(String code, String message) {

        static ReasonDto of(PrerequisiteCheck.Unmet unmet, Locale locale) {
            return new ReasonDto(unmet.kind().name(), unmet.reason().localized(locale));
        }
    }
}
