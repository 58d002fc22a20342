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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.course.Qualification;
import org.peaceops.cadre.course.QualificationDetails;
import org.peaceops.cadre.course.QualificationKind;
import org.peaceops.cadre.course.QualificationRules;
import org.peaceops.cadre.course.QualificationService;
import org.peaceops.cadre.course.QualificationSource;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.rest.Versions;

@Path("qualifications")
@Tag(name = "Qualifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualificationResource {

    @Inject
    QualificationService qualifications;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "listQualificationsOfHolder",
            summary = "Every qualification one person of your centre holds (?holderId=), valid or not, newest first")
    public List<QualificationDto> of(@QueryParam("holderId") Long holderId) {
        if (holderId == null) {
            throw new InvalidInputException("holderId", "courseApi.holderRequired");
        }
        LocalDate today = LocalDate.now(clock);
        return qualifications.of(holderId).stream().map(q -> QualificationDto.of(q, today)).toList();
    }

    @GET
    @Path("expiring")
    @Operation(operationId = "listExpiringQualifications",
            summary = "Your centre's qualifications expiring within the warning window, soonest first")
    public List<QualificationDto> expiring() {
        LocalDate today = LocalDate.now(clock);
        return qualifications.expiringSoon().stream().map(q -> QualificationDto.of(q, today)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getQualification", summary = "A qualification of your centre")
    public QualificationDto get(@PathParam("id") long id) {
        return QualificationDto.of(qualifications.get(id), LocalDate.now(clock));
    }

    @POST
    @Operation(operationId = "recordQualification",
            summary = "Record a qualification gained elsewhere, with its evidence (staff)")
    public Response record(@NotNull QualificationDto body, @Context UriInfo uri) {
        Qualification qualification = qualifications.record(body.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(qualification.getId())).build())
                .entity(QualificationDto.of(qualifications.get(qualification.getId()), LocalDate.now(clock)))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeQualification",
            summary = "Correct the dates or the evidence (what it qualifies for stays); send the version you read")
    public QualificationDto change(@PathParam("id") long id, @NotNull QualificationDto body) {
        Qualification qualification = qualifications.change(id, Versions.required(body.version()), body.details());
        return QualificationDto.of(qualification, LocalDate.now(clock));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeQualification", summary = "Remove a qualification of your centre (staff)")
    public Response remove(@PathParam("id") long id) {
        qualifications.remove(id);
        return Response.noContent().build();
    }

    /**
     * A qualification as the API shows and takes it. {@code validToday} and
     * {@code expiringSoon} are worked out for today's date (UTC); the codes and
     * names are shown for reading and ignored on input.
     */
    public record QualificationDto(Long id, Long version, Long holderId, String holderName, QualificationKind kind,
                                   Long frameworkEditionId, String frameworkEditionCode, Long courseId,
                                   String courseCode, LocalDate issuedOn, LocalDate expiresOn,
                                   QualificationSource source, String evidence, Long offeringId, Boolean validToday,
                                   Boolean expiringSoon) {

        static QualificationDto of(Qualification q, LocalDate today) {
            return new QualificationDto(q.getId(), q.getVersion(), q.getHolder().getId(),
                    q.getHolder().getDisplayName(), q.getKind(),
                    q.getFrameworkEdition() == null ? null : q.getFrameworkEdition().getId(),
                    q.getFrameworkEdition() == null ? null : q.getFrameworkEdition().getCode(),
                    q.getCourse() == null ? null : q.getCourse().getId(),
                    q.getCourse() == null ? null : q.getCourse().getCode(),
                    q.getIssuedOn(), q.getExpiresOn(), q.getSource(), q.getEvidence(), q.getOfferingId(),
                    QualificationRules.validOn(q.getIssuedOn(), q.getExpiresOn(), today),
                    QualificationRules.expiringSoon(q.getIssuedOn(), q.getExpiresOn(), today));
        }

        QualificationDetails details() {
            return new QualificationDetails(holderId, kind, frameworkEditionId, courseId, issuedOn, expiresOn,
                    evidence);
        }
    }
}
