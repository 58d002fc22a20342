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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.centre.CentreDetails;
import org.peaceops.cadre.centre.CentreService;
import org.peaceops.cadre.centre.RegionalAssociation;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.platform.rest.Versions;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.PageParameters;

@Path("centres")
@Tag(name = "Training centres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CentreResource {

    @Inject
    CentreService centres;

    @GET
    @Operation(operationId = "listCentres",
            summary = "Training centres, paged; filter by name, countryCode, city, regionalAssociation")
    public Page<CentreDto> list(@BeanParam PageParameters page) {
        return centres.page(page.toRequest()).map(CentreDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCentre", summary = "A training centre")
    public CentreDto get(@PathParam("id") long id) {
        return CentreDto.of(centres.get(id));
    }

    @POST
    @Operation(operationId = "createCentre", summary = "Create a training centre (administrators)")
    public Response create(@NotNull CentreDto body, @Context UriInfo uri) {
        TrainingCentre centre = centres.create(body.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(centre.getId())).build())
                .entity(CentreDto.of(centre)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeCentre",
            summary = "Change a training centre (administrators); send the version you read")
    public CentreDto change(@PathParam("id") long id, @NotNull CentreDto body) {
        return CentreDto.of(centres.change(id, Versions.required(body.version()), body.details()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteCentre",
            summary = "Delete a training centre that has no rooms or accounts (administrators)")
    public Response delete(@PathParam("id") long id) {
        centres.delete(id);
        return Response.noContent().build();
    }

    /** A training centre as the API shows and takes it; {@code id} is ignored, {@code version} needed on change. */
    public record CentreDto(Long id, Long version, String name, String countryCode, String city, String timeZone,
                            RegionalAssociation regionalAssociation) {

        static CentreDto of(TrainingCentre centre) {
            return new CentreDto(centre.getId(), centre.getVersion(), centre.getName(), centre.getCountryCode(),
                    centre.getCity(), centre.getTimeZone(), centre.getRegionalAssociation());
        }

        CentreDetails details() {
            return new CentreDetails(name, countryCode, city, timeZone, regionalAssociation);
        }
    }
}
