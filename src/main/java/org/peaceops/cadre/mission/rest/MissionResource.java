package org.peaceops.cadre.mission.rest;

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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.mission.LeadOrganisation;
import org.peaceops.cadre.mission.Mission;
import org.peaceops.cadre.mission.MissionDetails;
import org.peaceops.cadre.mission.MissionService;
import org.peaceops.cadre.mission.MissionStatus;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.PageParameters;
import org.peaceops.cadre.platform.rest.Versions;

@Path("missions")
@Tag(name = "Missions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MissionResource {

    @Inject
    MissionService missions;

    @GET
    @Operation(operationId = "listMissions",
            summary = "Peace operations, paged; filter by code, name, leadOrganisation, status")
    public Page<MissionDto> list(@BeanParam PageParameters page) {
        return missions.page(page.toRequest()).map(MissionDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMission", summary = "A mission")
    public MissionDto get(@PathParam("id") long id) {
        return MissionDto.of(missions.get(id));
    }

    @POST
    @Operation(operationId = "createMission", summary = "Add a mission (administrators)")
    public Response create(@NotNull MissionDto body, @Context UriInfo uri) {
        Mission mission = missions.create(body.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(mission.getId())).build())
                .entity(MissionDto.of(mission)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeMission", summary = "Change a mission (administrators); send the version you read")
    public MissionDto change(@PathParam("id") long id, @NotNull MissionDto body) {
        return MissionDto.of(missions.change(id, Versions.required(body.version()), body.details()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteMission", summary = "Delete a mission (administrators)")
    public Response delete(@PathParam("id") long id) {
        missions.delete(id);
        return Response.noContent().build();
    }

    /** A mission as the API shows and takes it. */
    public record MissionDto(Long id, Long version, String code, String name, LeadOrganisation leadOrganisation,
                             MissionStatus status, LocalDate startedOn, LocalDate endedOn, boolean datesUnconfirmed) {

        static MissionDto of(Mission m) {
            return new MissionDto(m.getId(), m.getVersion(), m.getCode(), m.getName(), m.getLeadOrganisation(),
                    m.getStatus(), m.getStartedOn(), m.getEndedOn(), m.isDatesUnconfirmed());
        }

        MissionDetails details() {
            return new MissionDetails(code, name, leadOrganisation, status, startedOn, endedOn, datesUnconfirmed);
        }
    }
}
