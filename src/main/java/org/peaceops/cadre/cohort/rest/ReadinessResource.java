package org.peaceops.cadre.cohort.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.cohort.ElementStatus;
import org.peaceops.cadre.cohort.Readiness;
import org.peaceops.cadre.cohort.ReadinessService;
import org.peaceops.cadre.cohort.ReadinessWorkbook;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.rest.CallerLanguage;
import org.peaceops.cadre.platform.rest.PageParameters;

/** A cohort's readiness to deploy, for its centre's staff. */
@Path("cohorts/{id}/readiness")
@Tag(name = "Cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class ReadinessResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReadinessService readiness;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "getCohortReadiness", summary = "How ready the cohort is: people fully trained and on "
            + "track, overall, on each course of the plan, by role and by gender; days left and the training "
            + "deadline (the deployment date less the centre's margin)")
    public ReadinessDto get(@PathParam("id") long id) {
        return ReadinessDto.of(readiness.of(id));
    }

    @GET
    @Path("risks")
    @Operation(operationId = "listCohortRisks", summary = "The people not on track, one row per person and course, "
            + "with the reason: MISSING (no seat), FAILED, WAITLISTED, or a seat that ends after the deadline")
    public Page<RiskDto> risks(@PathParam("id") long id, @BeanParam PageParameters parameters) {
        PageRequest page = parameters.toRequest();
        return readiness.risks(readiness.of(id), page.offset(), page.limit()).map(RiskDto::of);
    }

    @GET
    @Path("workbook")
    @Produces(XLSX)
    @Operation(operationId = "downloadCohortReadiness", summary = "The cohort's readiness as an .xlsx workbook: a "
            + "sheet of the plan's courses, a sheet of the people at risk with the reason; lang=en|fr, else the "
            + "caller's language")
    public Response workbook(@PathParam("id") long id, @QueryParam("lang") String lang) {
        ReadinessService.CohortReadiness computed = readiness.of(id);
        List<ReadinessService.NamedRisk> risks = readiness.risks(computed, 0,
                Math.max(1, computed.readiness().risks().size())).items();
        Locale reader = lang == null ? CallerLanguage.of(headers) : Messages.supported(Locale.forLanguageTag(lang));
        StreamingOutput body = out -> ReadinessWorkbook.write(computed, risks, reader, out);
        return Response.ok(body, XLSX).header("Content-Disposition",
                "attachment; filename=\"readiness-" + id + ".xlsx\"").build();
    }

    /** The cohort's readiness as a whole, and its forecast. */
    public record ReadinessDto(Long cohortId, LocalDate deploysOn, LocalDate deadline, long daysLeft, int people,
                               int fullyTrained, int onTrack, int atRisk, int percentFullyTrained, int percentOnTrack,
                               List<ElementReadinessDto> elements, Map<CohortRole, GroupDto> byRole,
                               Map<Gender, GroupDto> byGender, ForecastDto forecast) {

        static ReadinessDto of(ReadinessService.CohortReadiness c) {
            Readiness r = c.readiness();
            return new ReadinessDto(c.cohort().getId(), c.cohort().getDeploysOn(), c.deadline(), c.daysLeft(),
                    r.people(), r.fullyTrained(), r.onTrack(), r.atRisk(), r.percentFullyTrained(), r.percentOnTrack(),
                    r.elements().stream().map(e -> ElementReadinessDto.of(e, c.courses().get(e.courseId()))).toList(),
                    groups(r.byRole()), groups(r.byGender()), ForecastDto.of(c));
        }

        private static <K> Map<K, GroupDto> groups(Map<K, Readiness.Group> groups) {
            Map<K, GroupDto> dtos = new TreeMap<>();
            groups.forEach((key, g) -> dtos.put(key, new GroupDto(g.people(), g.fullyTrained(), g.onTrack())));
            return dtos;
        }
    }

    /** One course of the plan: the people it applies to and where they stand. */
    public record ElementReadinessDto(Long courseId, String courseCode, String courseTitle, int required, int done,
                                      int onTrack, int needingSeat, int tooLate, int percentDone,
                                      Map<ElementStatus, Integer> byStatus) {

        static ElementReadinessDto of(Readiness.Element e, Course course) {
            return new ElementReadinessDto(e.courseId(), course.getCode(), course.getTitle(), e.required(), e.done(),
                    e.onTrack(), e.needingSeat(), e.tooLate(), e.percentDone(), new TreeMap<>(e.byStatus()));
        }
    }

    /**
     * Whether everyone can still be trained in time: the people without a
     * seat in time, seated on the free seats of offerings ending by the
     * deadline (quotas kept, seats shared with the centre's other cohorts);
     * for each course where some are left over, the offering to add.
     */
    public record ForecastDto(boolean onTrack, int peopleShort, List<ShortfallDto> shortfalls,
                              List<SuggestionDto> suggestions) {

        static ForecastDto of(ReadinessService.CohortReadiness c) {
            return new ForecastDto(c.forecastOnTrack(), c.outlook().peopleShort(), c.outlook().shortfalls().stream()
                    .map(e -> new ShortfallDto(e.courseId(), c.courses().get(e.courseId()).getCode(), e.needing(),
                            e.seated(), e.peopleShort(), e.seats())).toList(),
                    c.suggestions().stream().map(s -> new SuggestionDto(s.courseId(),
                            c.courses().get(s.courseId()).getCode(), s.seats(), s.endBy(), s.cohortIds())).toList());
        }
    }

    /** A course where not everyone can be seated in time: how many need a seat, could have one, are left over. */
    public record ShortfallDto(Long courseId, String courseCode, int needing, int seated, int peopleShort,
                               Map<Long, Integer> seatsByOffering) {
    }

    /** An offering to add: this many seats, ending by this date, for these cohorts. */
    public record SuggestionDto(Long courseId, String courseCode, int seats, LocalDate endBy, List<Long> cohortIds) {
    }

    /** A group of people (a role, a gender). */
    public record GroupDto(int people, int fullyTrained, int onTrack) {
    }

    /** A person not on track on one course, and why. */
    public record RiskDto(Long personId, String displayName, String serviceNumber, String nationality, Long courseId,
                          String courseCode, ElementStatus status, boolean tooLate) {

        static RiskDto of(ReadinessService.NamedRisk r) {
            return new RiskDto(r.person().getId(), r.person().getDisplayName(), r.person().getServiceNumber(),
                    r.person().getNationality(), r.course().getId(), r.course().getCode(), r.risk().status(),
                    r.risk().tooLate());
        }
    }
}
