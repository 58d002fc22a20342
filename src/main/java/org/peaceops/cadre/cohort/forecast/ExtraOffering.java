package org.peaceops.cadre.cohort.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one extra offering that would seat everyone short on a course, and the
 * latest day it may end.
 * <p>
 * It needs as many seats as there are people short: one more seat raises the
 * most that can be seated by one at most. An offering without quotas that
 * ends by the earliest deadline among the short cohorts is open to all of
 * them and takes them all. It may end later if cohorts with later deadlines
 * can move to it and leave their current seats to those short: so the
 * deadlines of the course's cohorts from the latest down to that earliest one
 * are tried, each with one maximum flow, and the first that seats everyone is
 * the day. No day between two deadlines serves anyone a later one does not.
 */
final class ExtraOffering {

    private ExtraOffering() {
    }

    /**
     * @param demands the course's demands, in the order of their outlooks
     * @param openings the course's offerings
     * @param outlooks the forecast of each demand, some of them short
     */
    static OfferingSuggestion suggest(List<Demand> demands, List<Opening> openings, List<ElementOutlook> outlooks) {
        int seats = outlooks.stream().mapToInt(ElementOutlook::peopleShort).sum();
        LocalDate earliestShort = outlooks.stream().filter(outlook -> !outlook.onTrack())
                .map(ElementOutlook::deadline).min(Comparator.naturalOrder()).orElseThrow();
        long courseId = demands.get(0).courseId();
        int[] needs = demands.stream().mapToInt(Demand::people).toArray();
        List<LocalDate> days = demands.stream().filter(demand -> demand.people() > 0).map(Demand::deadline)
                .filter(deadline -> !deadline.isBefore(earliestShort)).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        LocalDate endBy = days.stream().filter(day -> seatsEveryone(demands, openings, courseId, day, seats, needs))
                .findFirst().orElse(earliestShort);
        List<Long> cohortIds = outlooks.stream().filter(outlook -> !outlook.onTrack()).map(ElementOutlook::cohortId)
                .sorted().toList();
        return new OfferingSuggestion(courseId, seats, endBy, cohortIds);
    }

    private static boolean seatsEveryone(List<Demand> demands, List<Opening> openings, long courseId, LocalDate day,
                                         int seats, int[] needs) {
        List<Opening> withExtra = new ArrayList<>(openings);
        // The network tells offerings apart by position, so the id of the one proposed does not matter.
        withExtra.add(new Opening(0, courseId, day, seats));
        return new SeatNetwork(demands, withExtra).canSeat(needs);
    }
}
