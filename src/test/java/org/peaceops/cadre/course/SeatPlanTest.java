package org.peaceops.cadre.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.platform.CadreException;

class SeatPlanTest {

    private static final Function<SeatPlan.Candidate, List<CadreException.Reason>> NONE_UNMET = c -> List.of();

    private static List<SeatPlan.Candidate> people(String country, long... ids) {
        return LongStream.of(ids).mapToObj(id -> new SeatPlan.Candidate(id, "Person " + id, country)).toList();
    }

    private static List<BulkEnrolment.Outcome> outcomes(SeatPlan plan) {
        return plan.placements().stream().map(BulkEnrolment.Placement::outcome).toList();
    }

    @Test
    void seatsGoInTheGroupsOrderAndTheRestWaitInThatOrderBehindThoseWaitingAlready() {
        SeatPlan plan = new SeatPlan(people("KE", 1, 2, 3, 4, 5), 2, Map.of(), Set.of(), 7, NONE_UNMET);
        assertEquals(List.of(1L, 2L), plan.enrolled());
        assertEquals(List.of(3L, 4L, 5L), plan.waitlisted());
        assertEquals(List.of(8L, 9L, 10L), plan.placements().stream().skip(2)
                .map(BulkEnrolment.Placement::waitlistPosition).toList(), "behind the seven waiting");
    }

    @Test
    void aFullQuotaSendsThatCountrysPeopleToTheWaitlistWhileOthersStillTakeSeats() {
        List<SeatPlan.Candidate> group = new java.util.ArrayList<>(people("KE", 1, 2, 3));
        group.addAll(people("RW", 4, 5));
        group.addAll(people(null, 6));
        SeatPlan plan = new SeatPlan(group, 10, Map.of("KE", 1, "RW", 0), Set.of(), 0, NONE_UNMET);
        assertEquals(List.of(1L, 6L), plan.enrolled(), "one Kenyan, nobody from Rwanda, the stateless record");
        assertEquals(List.of(2L, 3L, 4L, 5L), plan.waitlisted());
        assertEquals(Map.of("KE", 1), plan.quotaTaken());
    }

    @Test
    void peopleAlreadyPlacedOrNamedTwiceAreLeftAloneAndThoseMissingAPrerequisiteAreRefusedWithTheirReasons() {
        CadreException.Reason noFrench = new CadreException.Reason("LANGUAGE", "prerequisite.unmet.LANGUAGE", List.of("fr"));
        List<SeatPlan.Candidate> group = new java.util.ArrayList<>(people("SN", 1, 2, 3));
        group.add(new SeatPlan.Candidate(3, "Person 3", "SN"));
        SeatPlan plan = new SeatPlan(group, 5, Map.of(), Set.of(1L), 0,
                candidate -> candidate.personId() == 2 ? List.of(noFrench) : List.of());
        assertEquals(List.of(BulkEnrolment.Outcome.ALREADY_PLACED, BulkEnrolment.Outcome.REFUSED,
                BulkEnrolment.Outcome.ENROLLED, BulkEnrolment.Outcome.ALREADY_PLACED), outcomes(plan));
        assertEquals(List.of(noFrench), plan.placements().get(1).reasons());
        assertEquals(List.of(3L), plan.enrolled());
    }

    @Test
    void noSeatLeftWaitlistsEveryoneAndNobodyIsLeftOut() {
        SeatPlan plan = new SeatPlan(people("GH", 1, 2, 3), 0, Map.of(), Set.of(), 0, NONE_UNMET);
        assertEquals(List.of(), plan.enrolled());
        assertEquals(List.of(1L, 2L, 3L), plan.waitlisted());
    }
}
