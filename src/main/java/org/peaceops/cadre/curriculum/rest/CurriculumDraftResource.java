package org.peaceops.cadre.curriculum.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.curriculum.CurriculumDraftService;
import org.peaceops.cadre.curriculum.CurriculumDraftService.MappingRequest;
import org.peaceops.cadre.curriculum.CurriculumNode;
import org.peaceops.cadre.platform.InvalidInputException;

/** Editing the draft of a curriculum: its modules, lessons and outcomes and their mappings onto ITS items. */
@Path("curricula/{id}/draft")
@Tag(name = "Curricula")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CurriculumDraftResource {

    @Inject
    CurriculumDraftService contents;

    @POST
    @Path("nodes")
    @Operation(operationId = "addDraftNode",
            summary = "Add a module (top level), lesson (in a module) or outcome (in a lesson) to the draft")
    public Response add(@PathParam("id") long id, @NotNull CurriculumVersionResource.NodeDto body) {
        if (body.kind() == null) {
            throw new InvalidInputException("kind", "error.node.kindRequired");
        }
        CurriculumNode node = contents.add(id, body.parentId(), body.kind(), body.details());
        return Response.status(Response.Status.CREATED).entity(CurriculumVersionResource.NodeDto.of(node, List.of())).build();
    }

    @PUT
    @Path("nodes/{nodeId}")
    @Operation(operationId = "changeDraftNode",
            summary = "Change a draft node's code, title, minutes or delivery method")
    public CurriculumVersionResource.NodeDto change(@PathParam("id") long id, @PathParam("nodeId") long nodeId, @NotNull CurriculumVersionResource.NodeDto body) {
        return CurriculumVersionResource.NodeDto.of(contents.change(id, nodeId, body.details()), List.of());
    }

    @POST
    @Path("nodes/{nodeId}/move")
    @Operation(operationId = "moveDraftNode",
            summary = "Move a node under another parent (null: top level) at a position (1-based)")
    public CurriculumVersionResource.NodeDto move(@PathParam("id") long id, @PathParam("nodeId") long nodeId, @NotNull CurriculumVersionResource.MoveDto body) {
        return CurriculumVersionResource.NodeDto.of(contents.move(id, nodeId, body.parentId(), body.position() == null ? 1 : body.position()),
                List.of());
    }

    @DELETE
    @Path("nodes/{nodeId}")
    @Operation(operationId = "removeDraftNode", summary = "Remove a node from the draft")
    public Response remove(@PathParam("id") long id, @PathParam("nodeId") long nodeId) {
        contents.remove(id, nodeId);
        return Response.noContent().build();
    }

    @PUT
    @Path("nodes/{nodeId}/mappings")
    @Operation(operationId = "mapDraftNode",
            summary = "Replace the node's mappings onto ITS items (FULL, PARTIAL or RELATED)")
    public List<CurriculumVersionResource.MappingDto> map(@PathParam("id") long id, @PathParam("nodeId") long nodeId,
                                @NotNull MappingRequest[] mappings) {
        // An array, not a List: the element type must survive to the JSON binding.
        return contents.map(id, nodeId, java.util.Arrays.asList(mappings)).stream().map(CurriculumVersionResource.MappingDto::of).toList();
    }
}
