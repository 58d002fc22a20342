package org.peaceops.cadre.people.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.people.AccountRequest;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.people.PersonDetails;
import org.peaceops.cadre.people.PersonService;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.ProfileDetails;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.PageParameters;
import org.peaceops.cadre.platform.rest.Versions;
import org.peaceops.cadre.platform.security.Role;

/**
 * The people of a centre: those in training or teaching, whether or not they
 * sign in. Their id is what enrolments ({@code traineeId}) and qualifications
 * ({@code holderId}) name.
 */
@Path("people")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

    static final String PROFILE = "PersonnelProfile";

    @Inject
    PersonService people;

    @GET
    @Operation(operationId = "listPeople", summary = "Your centre's people by family name, paged (staff); "
            + "?search= matches part of a name or sign-in name or the start of a service number; "
            + "filter by familyName, givenNames, serviceNumber, nationality, category, username")
    public Page<PersonDto> list(@BeanParam PageParameters page) {
        return people.page(page.toRequest()).map(PersonDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPerson", summary = "A person (staff: their centre's people; everyone: their own record)")
    public PersonDto get(@PathParam("id") long id) {
        return PersonDto.of(people.get(id));
    }

    @POST
    @Operation(operationId = "registerPerson", summary = "Register a person at your centre (staff); "
            + "a service number is unique per country within the centre")
    public Response register(@NotNull PersonDto body, @Context UriInfo uri) {
        Person person = people.register(body.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(person.getId())).build())
                .entity(PersonDto.of(person)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changePerson", summary = "Correct a person (staff); send the version you read")
    public PersonDto change(@PathParam("id") long id, @NotNull PersonDto body) {
        return PersonDto.of(people.change(id, Versions.required(body.version()), body.details()));
    }

    @POST
    @Path("{id}/account")
    @Operation(operationId = "openAccountForPerson", summary = "Open a sign-in account for a person of your centre "
            + "(staff), as TRAINEE or INSTRUCTOR; their record and history stay theirs. 409 when they have one")
    public PersonDto openAccount(@PathParam("id") long id, @NotNull OpenAccountDto body) {
        return PersonDto.of(people.openAccount(id, new AccountRequest(body.username(), body.password(), body.role(),
                body.preferredLanguage())));
    }

    /** A sign-in account to open for a person: role TRAINEE or INSTRUCTOR, preferredLanguage en (default) or fr. */
    public record OpenAccountDto(String username, String password, Role role, String preferredLanguage) {
    }

    @GET
    @Path("{id}/profile")
    @Operation(operationId = "getProfile",
            summary = "A person's category, rank band and languages, as prerequisites read them (staff: their "
            + "centre's people; everyone: their own); 404 until a category is recorded")
    public ProfileDto profile(@PathParam("id") long id) {
        ProfileDetails profile = people.get(id).profile();
        if (profile == null) {
            throw new RecordNotFoundException(PROFILE, id);
        }
        return ProfileDto.of(id, profile);
    }

    @PUT
    @Path("{id}/profile")
    @Operation(operationId = "putProfile", summary = "Record or replace a person's category, rank band and "
            + "languages (staff)")
    public ProfileDto putProfile(@PathParam("id") long id, @NotNull ProfileDto body) {
        return ProfileDto.of(id, people.putProfile(id, body.details()).profile());
    }

    /** A person as the API shows and takes them; {@code username} is read-only and empty without an account. */
    public record PersonDto(Long id, Long version, String familyName, String givenNames, String displayName,
                            String rank, RankBand rankBand, String serviceNumber, String nationality,
                            PersonnelCategory category, Gender gender, List<String> languages, LocalDate dateOfBirth,
                            String email, String username) {

        static PersonDto of(Person p) {
            return new PersonDto(p.getId(), p.getVersion(), p.getFamilyName(), p.getGivenNames(), p.getDisplayName(),
                    p.getRank(), p.getRankBand(), p.getServiceNumber(), p.getNationality(), p.getCategory(),
                    p.getGender(), p.getLanguages(), p.getDateOfBirth(), p.getEmail(),
                    p.getAccount() == null ? null : p.getAccount().getUsername());
        }

        PersonDetails details() {
            return new PersonDetails(familyName, givenNames, rank, rankBand, serviceNumber, nationality, category,
                    gender, languages, dateOfBirth, email);
        }
    }

    /** A personnel profile; {@code personId} is read from the path. */
    public record ProfileDto(Long personId, PersonnelCategory category, RankBand rankBand, List<String> languages) {

        static ProfileDto of(long personId, ProfileDetails details) {
            return new ProfileDto(personId, details.category(), details.rankBand(), details.languages());
        }

        ProfileDetails details() {
            return new ProfileDetails(category, rankBand, languages);
        }
    }
}
