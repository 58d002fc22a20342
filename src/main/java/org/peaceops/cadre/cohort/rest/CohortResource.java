package org.peaceops.cadre.cohort.rest;

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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.cohort.Cohort;
import org.peaceops.cadre.cohort.CohortDetails;
import org.peaceops.cadre.cohort.CohortEnrolment;
import org.peaceops.cadre.cohort.CohortMember;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.cohort.CohortService;
import org.peaceops.cadre.cohort.ContingentType;
import org.peaceops.cadre.cohort.PlanCourse;
import org.peaceops.cadre.cohort.RosterService;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.PageParameters;
import org.peaceops.cadre.platform.rest.Versions;

/** A centre's cohorts, their rosters and training plans (staff of the centre). */
@Path("cohorts")
@Tag(name = "Cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortResource {

    @Inject
    CohortService cohorts;

    @Inject
    RosterService rosters;

    @Inject
    CohortEnrolment enrolment;

    @GET
    @Operation(operationId = "listCohorts", summary = "Your centre's cohorts, soonest deployment first, paged; "
            + "filter by country, contingentName, contingentType, mission (code), rotation, "
            + "deploysFrom and deploysUntil (ISO dates)")
    public Page<CohortDto> list(@BeanParam PageParameters page) {
        return cohorts.page(page.toRequest()).map(CohortDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCohort", summary = "A cohort, with its strength by role")
    public CohortDto get(@PathParam("id") long id) {
        return CohortDto.of(cohorts.get(id), rosters.strength(id));
    }

    @POST
    @Operation(operationId = "createCohort", summary = "Add a cohort; country, contingent name and rotation "
            + "are unique within your centre")
    public Response create(@NotNull CohortDto body, @Context UriInfo uri) {
        Cohort cohort = cohorts.create(body.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(cohort.getId())).build())
                .entity(CohortDto.of(cohort)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeCohort", summary = "Change a cohort; send the version you read")
    public CohortDto change(@PathParam("id") long id, @NotNull CohortDto body) {
        return CohortDto.of(cohorts.change(id, Versions.required(body.version()), body.details()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteCohort", summary = "Delete a cohort with its roster and plan; "
            + "the people and their enrolments stay")
    public Response delete(@PathParam("id") long id) {
        cohorts.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/members")
    @Operation(operationId = "listCohortMembers", summary = "The cohort's roster in roster order (the order "
            + "people joined it), paged; sort by familyName, givenNames, serviceNumber, role; ?search= a name or "
            + "service number; filter by role, nationality")
    public Page<MemberDto> roster(@PathParam("id") long id, @BeanParam PageParameters page) {
        return rosters.roster(id, page.toRequest()).map(MemberDto::of);
    }

    @POST
    @Path("{id}/members")
    @Operation(operationId = "addCohortMember", summary = "Put one of your centre's people on the roster")
    public Response add(@PathParam("id") long id, @NotNull MemberDto body) {
        CohortMember member = rosters.add(id, required(body.personId()), role(body.role()));
        return Response.status(Response.Status.CREATED).entity(MemberDto.of(member)).build();
    }

    @PUT
    @Path("{id}/members/{personId}")
    @Operation(operationId = "assignCohortRole", summary = "Change a member's role in the cohort")
    public MemberDto assign(@PathParam("id") long id, @PathParam("personId") long personId, @NotNull MemberDto body) {
        return MemberDto.of(rosters.assign(id, personId, role(body.role())));
    }

    @DELETE
    @Path("{id}/members/{personId}")
    @Operation(operationId = "removeCohortMember", summary = "Take a person off the roster; their record stays")
    public Response remove(@PathParam("id") long id, @PathParam("personId") long personId) {
        rosters.remove(id, personId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/plan")
    @Operation(operationId = "getCohortPlan", summary = "The required training plan: courses for everyone "
            + "(no role) and each role's extras")
    public List<PlanDto> plan(@PathParam("id") long id) {
        return cohorts.plan(id).stream().map(PlanDto::of).toList();
    }

    @PUT
    @Path("{id}/plan")
    @Operation(operationId = "replaceCohortPlan", summary = "Replace the required training plan")
    public List<PlanDto> replacePlan(@PathParam("id") long id, @NotNull List<@NotNull PlanDto> body) {
        return cohorts.replacePlan(id, body.stream()
                .map(entry -> new CohortService.PlanEntry(entry.courseId(), entry.role())).toList())
                .stream().map(PlanDto::of).toList();
    }

    @POST
    @Path("{id}/enrolments")
    @Operation(operationId = "enrolCohort", summary = "Enrol the cohort, or one role of it, on an open offering "
            + "in one action; onlyMissing leaves out those who completed the offering's course. People go in "
            + "roster order, commanders first: each is enrolled while seats and their country's quota last, "
            + "then waitlisted; refused people come with every unmet prerequisite")
    public EnrolmentResultDto enrol(@PathParam("id") long id, @NotNull CohortEnrolmentDto body,
                                    @Context jakarta.ws.rs.core.HttpHeaders headers) {
        if (body.offeringId() == null) {
            throw new org.peaceops.cadre.platform.InvalidInputException("offeringId", "error.enrolment.offeringRequired");
        }
        java.util.Locale locale = org.peaceops.cadre.platform.rest.CallerLanguage.of(headers);
        return EnrolmentResultDto.of(enrolment.enrol(id, body.offeringId(),
                new CohortEnrolment.Selection(body.role(), Boolean.TRUE.equals(body.onlyMissing()))), locale);
    }

    private static long required(Long personId) {
        if (personId == null) {
            throw new org.peaceops.cadre.platform.InvalidInputException("personId", "error.cohort.personUnknown");
        }
        return personId;
    }

    private static CohortRole role(CohortRole role) {
        return role == null ? CohortRole.MEMBER : role;
    }

    /** A cohort as the API shows and takes it; {@code strength} (people by role) is read-only. */
    public record CohortDto(Long id, Long version, String country, String contingentName,
                            ContingentType contingentType, Long missionId, String missionCode, int rotation,
                            LocalDate deploysOn, String workingLanguage, String coordinator,
                            Map<CohortRole, Long> strength) {

        static CohortDto of(Cohort c) {
            return of(c, null);
        }

        static CohortDto of(Cohort c, Map<CohortRole, Long> strength) {
            return new CohortDto(c.getId(), c.getVersion(), c.getCountry(), c.getContingentName(),
                    c.getContingentType(), c.getMission().getId(), c.getMission().getCode(), c.getRotation(),
                    c.getDeploysOn(), c.getWorkingLanguage(), c.getCoordinator(), strength);
        }

        CohortDetails details() {
            return new CohortDetails(country, contingentName, contingentType, missionId, rotation, deploysOn,
                    workingLanguage, coordinator);
        }
    }

    /** A person on the roster; on creation only {@code personId} and {@code role} (default MEMBER) are read. */
    public record MemberDto(Long personId, CohortRole role, String displayName, String serviceNumber,
                            String nationality, String username) {

        static MemberDto of(CohortMember m) {
            Person p = m.getPerson();
            return new MemberDto(p.getId(), m.getRole(), p.getDisplayName(), p.getServiceNumber(), p.getNationality(),
                    p.getAccount() == null ? null : p.getAccount().getUsername());
        }
    }

    /** One course of the plan; {@code role} empty means everyone in the cohort. */
    public record PlanDto(Long courseId, String courseCode, String courseTitle, CohortRole role) {

        static PlanDto of(PlanCourse p) {
            return new PlanDto(p.getCourse().getId(), p.getCourse().getCode(), p.getCourse().getTitle(), p.getRole());
        }
    }
}
