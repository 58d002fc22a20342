package org.peaceops.cadre.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.peaceops.cadre.platform.CadreException;

/**
 * Who of a group gets a seat, in the group's order: someone already placed on
 * the offering is left as they are; someone missing a prerequisite is refused;
 * the rest are enrolled while seats and their country's quota last, and
 * waitlisted after that, behind whoever waits already. A pure decision, made
 * before anything is written.
 */
final class SeatPlan {

    /** Someone to place: an id, a name for the result, and the country their quota counts against (or none). */
    record Candidate(long personId, String name, String country) {
    }

    private final List<BulkEnrolment.Placement> placements = new ArrayList<>();
    private final List<Long> enrolled = new ArrayList<>();
    private final List<Long> waitlisted = new ArrayList<>();
    private final Map<String, Integer> quotaTaken = new HashMap<>();

    /**
     * @param seatsFree seats left on the offering
     * @param quotaFree places left in each country's quota; countries without a quota are absent
     * @param placed people enrolled or waitlisted already
     * @param waiting how many wait already: the first waitlisted here comes after them
     * @param unmet the unmet prerequisites of a candidate, empty when they may enrol
     */
    SeatPlan(List<Candidate> candidates, int seatsFree, Map<String, Integer> quotaFree, Set<Long> placed, long waiting,
             Function<Candidate, List<CadreException.Reason>> unmet) {
        Set<Long> seen = new HashSet<>(placed);
        Map<String, Integer> quotaLeft = new HashMap<>(quotaFree);
        int seatsLeft = seatsFree;
        for (Candidate candidate : candidates) {
            if (!seen.add(candidate.personId())) {
                placements.add(placement(candidate, BulkEnrolment.Outcome.ALREADY_PLACED, null, List.of()));
                continue;
            }
            List<CadreException.Reason> reasons = unmet.apply(candidate);
            if (!reasons.isEmpty()) {
                placements.add(placement(candidate, BulkEnrolment.Outcome.REFUSED, null, reasons));
                continue;
            }
            Integer quota = candidate.country() == null ? null : quotaLeft.get(candidate.country());
            if (seatsLeft > 0 && (quota == null || quota > 0)) {
                seatsLeft--;
                if (quota != null) {
                    quotaLeft.put(candidate.country(), quota - 1);
                    quotaTaken.merge(candidate.country(), 1, Integer::sum);
                }
                enrolled.add(candidate.personId());
                placements.add(placement(candidate, BulkEnrolment.Outcome.ENROLLED, null, List.of()));
            } else {
                waitlisted.add(candidate.personId());
                placements.add(placement(candidate, BulkEnrolment.Outcome.WAITLISTED, waiting + waitlisted.size(),
                        List.of()));
            }
        }
    }

    private static BulkEnrolment.Placement placement(Candidate candidate, BulkEnrolment.Outcome outcome, Long position,
                                                     List<CadreException.Reason> reasons) {
        return new BulkEnrolment.Placement(candidate.personId(), candidate.name(), outcome, position, reasons);
    }

    /** Each candidate's outcome, in the candidates' order. */
    List<BulkEnrolment.Placement> placements() {
        return placements;
    }

    /** Who gets a seat, in order. */
    List<Long> enrolled() {
        return enrolled;
    }

    /** Who waits, in the order they join the waitlist. */
    List<Long> waitlisted() {
        return waitlisted;
    }

    /** Seats taken from each country's quota. */
    Map<String, Integer> quotaTaken() {
        return quotaTaken;
    }
}
