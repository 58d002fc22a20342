package org.peaceops.cadre.curriculum.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.curriculum.Curriculum;
import org.peaceops.cadre.curriculum.CurriculumDetails;
import org.peaceops.cadre.curriculum.CurriculumDiff;
import org.peaceops.cadre.curriculum.CurriculumReports;
import org.peaceops.cadre.curriculum.CurriculumService;
import org.peaceops.cadre.curriculum.CurriculumVersion;
import org.peaceops.cadre.curriculum.VersionStatus;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.PageParameters;
import org.peaceops.cadre.platform.rest.Versions;

@Path("curricula")
@Tag(name = "Curricula")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CurriculumResource {

    @Inject
    CurriculumService curricula;

    @Inject
    CurriculumReports reports;

    @GET
    @Operation(operationId = "listCurricula",
            summary = "Your centre's curricula (every centre's for administrators), paged; filter by title, audience, centre")
    public Page<CurriculumDto> list(@BeanParam PageParameters page) {
        return curricula.page(page.toRequest()).map(CurriculumDto::of);
    }

    @POST
    @Operation(operationId = "createCurriculum",
            summary = "Start a curriculum with draft version 1 (staff: in their centre; administrators name centreId)")
    public Response create(@NotNull CurriculumDto body, @Context UriInfo uri) {
        Curriculum curriculum = curricula.create(body.centreId(), body.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(curriculum.getId())).build())
                .entity(CurriculumDto.of(curriculum)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCurriculum", summary = "A curriculum of your centre (any centre's for administrators)")
    public CurriculumDto get(@PathParam("id") long id) {
        return CurriculumDto.of(curricula.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeCurriculum", summary = "Describe a curriculum; send the version you read")
    public CurriculumDto change(@PathParam("id") long id, @NotNull CurriculumDto body) {
        return CurriculumDto.of(curricula.change(id, Versions.required(body.version()), body.details()));
    }

    @POST
    @Path("{id}/publish")
    @Operation(operationId = "publishDraft", summary = "Publish the draft: it becomes an immutable numbered version")
    public VersionDto publish(@PathParam("id") long id) {
        return VersionDto.of(curricula.publish(id));
    }

    @POST
    @Path("{id}/drafts")
    @Operation(operationId = "startDraft", summary = "Start the next draft from the latest published version")
    public Response newDraft(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(VersionDto.of(curricula.newDraft(id))).build();
    }

    @GET
    @Path("{id}/diff")
    @Operation(operationId = "diffVersions",
            summary = "What changed between two versions: nodes added, removed and changed")
    public CurriculumDiff.Result diff(@PathParam("id") long id, @QueryParam("from") Integer from,
                                      @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "error.diff.versions");
        }
        return reports.diff(id, from, to);
    }

    public record CurriculumDto(Long id, Long version, Long centreId, String centreName, String title,
                                String audience, List<String> languages, String summary) {
        static CurriculumDto of(Curriculum c) {
            return new CurriculumDto(c.getId(), c.getVersion(), c.getCentreId(), c.getCentre().getName(),
                    c.getTitle(), c.getAudience(), c.getLanguages(), c.getSummary());
        }

        CurriculumDetails details() {
            return new CurriculumDetails(title, audience, languages == null ? List.of() : languages, summary);
        }
    }

    /** A version as listed. */
    @Schema(name = "CurriculumVersionDto")
    public record VersionDto(int number, VersionStatus status, Instant publishedAt, String publishedBy) {
        public static VersionDto of(CurriculumVersion v) {
            return new VersionDto(v.getNumber(), v.getStatus(), v.getPublishedAt(), v.getPublishedBy());
        }
    }
}
