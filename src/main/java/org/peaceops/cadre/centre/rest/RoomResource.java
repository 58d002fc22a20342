package org.peaceops.cadre.centre.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.centre.Room;
import org.peaceops.cadre.centre.RoomDetails;
import org.peaceops.cadre.centre.RoomService;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.PageParameters;
import org.peaceops.cadre.platform.rest.Versions;

@Path("rooms")
@Tag(name = "Rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomResource {

    @Inject
    RoomService rooms;

    @GET
    @Operation(operationId = "listRooms",
            summary = "Rooms of your centre (every centre's for administrators), paged; filter by name, building, capacity, centre")
    public Page<RoomDto> list(@BeanParam PageParameters page) {
        return rooms.page(page.toRequest()).map(RoomDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRoom", summary = "A room of your centre (any centre's for administrators)")
    public RoomDto get(@PathParam("id") long id) {
        return RoomDto.of(rooms.get(id));
    }

    @POST
    @Operation(operationId = "addRoom",
            summary = "Add a room to your centre (staff); administrators name the centre in centreId")
    public Response add(@NotNull RoomDto body, @Context UriInfo uri) {
        Room room = rooms.add(body.centreId(), body.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(room.getId())).build())
                .entity(RoomDto.of(room)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeRoom", summary = "Change a room of your centre; send the version you read")
    public RoomDto change(@PathParam("id") long id, @NotNull RoomDto body) {
        return RoomDto.of(rooms.change(id, Versions.required(body.version()), body.details()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeRoom", summary = "Remove a room of your centre (staff, administrators)")
    public Response remove(@PathParam("id") long id) {
        rooms.remove(id);
        return Response.noContent().build();
    }

    /** A room as the API shows and takes it. */
    public record RoomDto(Long id, Long version, Long centreId, String centreName, String name, String building,
                          Integer capacity) {

        static RoomDto of(Room room) {
            return new RoomDto(room.getId(), room.getVersion(), room.getCentre().getId(), room.getCentre().getName(),
                    room.getName(), room.getBuilding(), room.getCapacity());
        }

        RoomDetails details() {
            return new RoomDetails(name, building, capacity == null ? 0 : capacity);
        }
    }
}
