package org.peaceops.cadre.cohort.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.cohort.Readiness;
import org.peaceops.cadre.cohort.ReadinessService;

/** The readiness of every cohort of the caller's centre, for its staff. */
@Path("readiness")
@Tag(name = "Cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class CentreReadinessResource {

    @Inject
    ReadinessService readiness;

    @GET
    @Operation(operationId = "listCohortsReadiness", summary = "Every cohort of the centre still to deploy, the "
            + "riskiest first (forecast short, then fewest on track, then soonest to deploy), with its readiness "
            + "and forecast in figures")
    public List<CohortReadinessDto> centre() {
        return readiness.centre().stream().map(CohortReadinessDto::of).toList();
    }

    /** One cohort's readiness and forecast in figures. */
    public record CohortReadinessDto(Long cohortId, String country, String contingentName, int rotation,
                                     String missionCode, LocalDate deploysOn, long daysLeft, int people,
                                     int percentFullyTrained, int percentOnTrack, int atRisk, boolean forecastOnTrack,
                                     int peopleShort) {

        static CohortReadinessDto of(ReadinessService.CohortReadiness c) {
            Readiness r = c.readiness();
            var cohort = c.cohort();
            return new CohortReadinessDto(cohort.getId(), cohort.getCountry(), cohort.getContingentName(),
                    cohort.getRotation(), cohort.getMission().getCode(), cohort.getDeploysOn(), c.daysLeft(),
                    r.people(), r.percentFullyTrained(), r.percentOnTrack(), r.atRisk(), c.forecastOnTrack(),
                    c.outlook().peopleShort());
        }
    }
}
