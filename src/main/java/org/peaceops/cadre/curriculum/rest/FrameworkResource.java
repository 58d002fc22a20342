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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.peaceops.cadre.curriculum.FrameworkExchange;
import org.peaceops.cadre.curriculum.exchange.CasePackage;
import org.peaceops.cadre.curriculum.exchange.CaseWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.curriculum.EditionDetails;
import org.peaceops.cadre.curriculum.EditionFamily;
import org.peaceops.cadre.curriculum.EditionStatus;
import org.peaceops.cadre.curriculum.FrameworkEdition;
import org.peaceops.cadre.curriculum.FrameworkItem;
import org.peaceops.cadre.curriculum.FrameworkService;
import org.peaceops.cadre.curriculum.ItemLevel;
import org.peaceops.cadre.curriculum.ItemSuccession;
import org.peaceops.cadre.curriculum.SuccessionRelation;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.PageParameters;
import org.peaceops.cadre.platform.rest.Versions;

@Path("frameworks")
@Tag(name = "ITS frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkResource {

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkExchange exchange;

    @GET
    @Operation(operationId = "listEditions",
            summary = "Framework editions, paged; filter by code, title, family, status")
    public Page<EditionDto> list(@BeanParam PageParameters page) {
        return frameworks.page(page.toRequest()).map(EditionDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEdition", summary = "An ITS framework edition")
    public EditionDto get(@PathParam("id") long id) {
        return EditionDto.of(frameworks.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeEdition",
            summary = "Describe an edition (administrators); send the version you read")
    public EditionDto change(@PathParam("id") long id, @NotNull EditionDto body) {
        return EditionDto.of(frameworks.change(id, Versions.required(body.version()), body.details()));
    }

    @GET
    @Path("{id}/case")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportCase", summary = "The edition as a 1EdTech CASE 1.0 CFPackage")
    public Response exportCase(@PathParam("id") long id) {
        CasePackage casePackage = exchange.export(id);
        StreamingOutput body = out -> new CaseWriter().write(casePackage, out);
        return Response.ok(body).header("Content-Disposition",
                "attachment; filename=\"" + casePackage.document().version() + ".case.json\"").build();
    }

    @POST
    @Path("case")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importCase",
            summary = "Import a CASE 1.0 CFPackage (administrators): checked at once, written in the background; "
            + "follow the job at the Location given. Importing the same package again updates it.")
    public Response importCase(InputStream body, @Context UriInfo uri) {
        long job = exchange.startImport(body);
        return Response.accepted(new JobLink(job, "QUEUED"))
                .location(uri.getBaseUriBuilder().path("jobs").path(String.valueOf(job)).build()).build();
    }

    @GET
    @Path("{id}/items")
    @Operation(operationId = "listEditionItems",
            summary = "Items of an edition, paged; filter by code, title (words), level")
    public Page<ItemDto> items(@PathParam("id") long id, @BeanParam PageParameters page) {
        return frameworks.items(id, page.toRequest()).map(ItemDto::of);
    }

    @GET
    @Path("{id}/tree")
    @Operation(operationId = "getEditionTree",
            summary = "All items of an edition in tree order (parents first, siblings in order)")
    public List<ItemDto> tree(@PathParam("id") long id) {
        return frameworks.tree(id).stream().map(ItemDto::of).toList();
    }

    @GET
    @Path("{id}/successions")
    @Operation(operationId = "listSuccessions", summary = "Where the edition's items live on in newer editions")
    public List<SuccessionDto> successions(@PathParam("id") long id) {
        return frameworks.successions(id).stream().map(SuccessionDto::of).toList();
    }

    @POST
    @Path("successions")
    @Operation(operationId = "linkSuccessor",
            summary = "Link an item to its successor in a newer edition (administrators)")
    public Response link(@NotNull SuccessionDto body) {
        if (body.relation() == null) {
            throw new org.peaceops.cadre.platform.InvalidInputException("relation", "error.succession.relation");
        }
        ItemSuccession succession = frameworks.link(body.fromItemId(), body.toItemId(), body.relation());
        return Response.status(Response.Status.CREATED).entity(SuccessionDto.of(succession)).build();
    }

    public record JobLink(long jobId, String status) {
    }

    public record EditionDto(Long id, Long version, String code, String title, EditionFamily family,
                             String publisher, String language, String description, EditionStatus status,
                             boolean unconfirmed, String caseIdentifier) {
        static EditionDto of(FrameworkEdition e) {
            return new EditionDto(e.getId(), e.getVersion(), e.getCode(), e.getTitle(), e.getFamily(),
                    e.getPublisher(), e.getLanguage(), e.getDescription(), e.getStatus(), e.isUnconfirmed(),
                    e.getCaseIdentifier());
        }

        EditionDetails details() {
            return new EditionDetails(code, title, family, publisher, language, description, status, unconfirmed);
        }
    }

    public record ItemDto(Long id, Long parentId, ItemLevel level, String code, String title, Integer recommendedMinutes,
                          String audience, String themes, boolean unconfirmed, String caseIdentifier) {
        static ItemDto of(FrameworkItem i) {
            return new ItemDto(i.getId(), i.getParentId(), i.getLevel(), i.getCode(), i.getTitle(),
                    i.getRecommendedMinutes(), i.getAudience(), i.getThemes(), i.isUnconfirmed(),
                    i.getCaseIdentifier());
        }
    }

    public record SuccessionDto(long fromItemId, String fromCode, long toItemId, String toCode, String toEdition,
                                SuccessionRelation relation) {
        static SuccessionDto of(ItemSuccession s) {
            return new SuccessionDto(s.getFrom().getId(), s.getFrom().getCode(), s.getTo().getId(),
                    s.getTo().getCode(), s.getTo().getEdition().getCode(), s.getRelation());
        }
    }
}
