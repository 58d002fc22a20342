package org.peaceops.cadre.people.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.ProfileDetails;
import org.peaceops.cadre.people.ProfileService;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.RecordNotFoundException;

/** People of a centre as prerequisites see them: their personnel profile. */
@Path("people")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

    static final String PROFILE = "PersonnelProfile";

    @Inject
    ProfileService profiles;

    @GET
    @Path("{accountId}/profile")
    @Operation(operationId = "getProfile",
            summary = "A person's category, rank band and languages (staff: their centre's people; "
            + "everyone: their own); 404 until one is recorded")
    public ProfileDto get(@PathParam("accountId") long accountId) {
        return profiles.of(accountId).map(details -> ProfileDto.of(accountId, details))
                .orElseThrow(() -> new RecordNotFoundException(PROFILE, accountId));
    }

    @PUT
    @Path("{accountId}/profile")
    @Operation(operationId = "putProfile", summary = "Record or replace a person's profile (staff)")
    public ProfileDto put(@PathParam("accountId") long accountId, @NotNull ProfileDto body) {
        return ProfileDto.of(accountId, profiles.put(accountId, body.details()));
    }

    /** A personnel profile; {@code accountId} is read from the path. */
    public record ProfileDto(Long accountId, PersonnelCategory category, RankBand rankBand, List<String> languages) {

        static ProfileDto of(long accountId, ProfileDetails details) {
            return new ProfileDto(accountId, details.category(), details.rankBand(), details.languages());
        }

        ProfileDetails details() {
            return new ProfileDetails(category, rankBand, languages);
        }
    }
}
