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
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.cohort.ElementStatus;
import org.peaceops.cadre.cohort.PlanStanding;
import org.peaceops.cadre.cohort.ProgressService;

/** A trainee's own way to deployment: their cohorts' plans and where they stand on each course. */
@Path("my/progress")
@Tag(name = "My training")
@Produces(MediaType.APPLICATION_JSON)
public class MyProgressResource {

    @Inject
    ProgressService progress;

    @GET
    @Operation(operationId = "getMyProgress", summary = "The caller's cohorts still to deploy, soonest first: days "
            + "left, the deadline for training (the deployment date less the centre's margin), and each course of "
            + "the caller's plan with their standing (DONE, IN_PROGRESS, ENROLLED, WAITLISTED with position, FAILED, "
            + "MISSING); trainees only, and only their own")
    public List<MyCohortDto> mine() {
        return progress.mine().stream().map(MyCohortDto::of).toList();
    }

    /** One cohort of the caller and their plan in it. */
    public record MyCohortDto(Long cohortId, String country, String contingentName, int rotation, String missionCode,
                              CohortRole role, LocalDate deploysOn, LocalDate deadline, long daysLeft, boolean onTrack,
                              long done, List<MyElementDto> elements) {

        static MyCohortDto of(ProgressService.CohortProgress p) {
            var c = p.cohort();
            return new MyCohortDto(c.getId(), c.getCountry(), c.getContingentName(), c.getRotation(),
                    c.getMission().getCode(), p.role(), c.getDeploysOn(), p.deadline(), p.daysLeft(), p.onTrack(),
                    p.done(), p.elements().stream().map(MyElementDto::of).toList());
        }
    }

    /** One course of the plan; the offering is the one the standing rests on, if any. */
    public record MyElementDto(Long courseId, String courseCode, String courseTitle, ElementStatus status,
                               Long offeringId, LocalDate startsOn, LocalDate endsOn, Long waitlistPosition,
                               boolean tooLate, boolean onTrack) {

        static MyElementDto of(ProgressService.ElementProgress e) {
            PlanStanding s = e.standing();
            PlanStanding.Attempt a = s.attempt();
            return new MyElementDto(e.course().getId(), e.course().getCode(), e.course().getTitle(), s.status(),
                    a == null ? null : a.offeringId(), a == null ? null : a.startsOn(), a == null ? null : a.endsOn(),
                    e.waitlistPosition(), s.tooLate(), s.onTrack());
        }
    }
}
