package org.peaceops.cadre.cohort.forecast;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Will everyone be trained in time? Seats the people of every cohort who still
 * need a course on the free seats of the offerings that end by the cohort's
 * deadline, within country quotas, and tells per cohort and course who can be
 * seated, who is short, and per course what extra offering would close the
 * gap.
 * <p>
 * The seating is an assignment, not a first-come guess: cohorts compete for
 * the same seats and quotas, and a cohort that could also use a later
 * offering must not take the seats of one that can use only the early one.
 * It is solved as a maximum flow on a network per course ({@link SeatNetwork}:
 * courses do not share seats), so as many people are seated as can be seated
 * at all. When that is not everyone, the shortage is shared fairly between the
 * cohorts, as {@link FairShare} defines: in proportion to their size, as far as
 * the offerings they can use allow. Where people go among the offerings open
 * to them, the earliest-ending are preferred.
 * <p>
 * The answer depends only on the input, not on its order: demands and offerings
 * are taken by id.
 */
public final class SeatForecast {

    private static final Comparator<Demand> BY_COURSE_THEN_COHORT = Comparator.comparingLong(Demand::courseId)
            .thenComparingLong(Demand::cohortId);
    private static final Comparator<ElementOutlook> BY_COHORT_THEN_COURSE = Comparator
            .comparingLong(ElementOutlook::cohortId).thenComparingLong(ElementOutlook::courseId);

    private SeatForecast() {
    }

    /**
     * The forecast for these demands on these offerings.
     *
     * @param demands at most one per cohort and course
     * @param openings at most one per offering; offerings of courses nobody needs are left aside
     * @throws IllegalArgumentException when a cohort's course or an offering is given twice
     */
    public static Forecast forecast(Collection<Demand> demands, Collection<Opening> openings) {
        SortedMap<Long, List<Demand>> demandsByCourse = demandsByCourse(demands);
        Map<Long, List<Opening>> openingsByCourse = openingsByCourse(openings);
        List<ElementOutlook> elements = new ArrayList<>();
        List<OfferingSuggestion> suggestions = new ArrayList<>();
        demandsByCourse.forEach((courseId, courseDemands) -> {
            List<Opening> courseOpenings = openingsByCourse.getOrDefault(courseId, List.of());
            List<ElementOutlook> outlooks = seat(courseDemands, courseOpenings);
            elements.addAll(outlooks);
            if (outlooks.stream().anyMatch(outlook -> !outlook.onTrack())) {
                suggestions.add(ExtraOffering.suggest(courseDemands, courseOpenings, outlooks));
            }
        });
        elements.sort(BY_COHORT_THEN_COURSE);
        SortedMap<Long, List<ElementOutlook>> shortfalls = new TreeMap<>();
        for (ElementOutlook element : elements) {
            List<ElementOutlook> cohortShortfalls = shortfalls.computeIfAbsent(element.cohortId(), id -> new ArrayList<>());
            if (!element.onTrack()) {
                cohortShortfalls.add(element);
            }
        }
        List<CohortOutlook> cohorts = shortfalls.entrySet().stream()
                .map(entry -> new CohortOutlook(entry.getKey(), entry.getValue())).toList();
        return new Forecast(elements, cohorts, suggestions);
    }

    /** The outlooks of one course's demands, fairly seated on its offerings. */
    private static List<ElementOutlook> seat(List<Demand> demands, List<Opening> openings) {
        SeatNetwork network = new SeatNetwork(demands, openings);
        int[] seats = FairShare.seats(network, demands.stream().mapToInt(Demand::people).toArray());
        List<SortedMap<Long, Integer>> assignment = network.assign(seats);
        List<ElementOutlook> outlooks = new ArrayList<>();
        for (int d = 0; d < demands.size(); d++) {
            Demand demand = demands.get(d);
            outlooks.add(new ElementOutlook(demand.cohortId(), demand.courseId(), demand.deadline(), demand.people(),
                    seats[d], assignment.get(d)));
        }
        return outlooks;
    }

    private static SortedMap<Long, List<Demand>> demandsByCourse(Collection<Demand> demands) {
        List<Demand> sorted = new ArrayList<>(demands);
        sorted.forEach(demand -> Objects.requireNonNull(demand, "a demand is missing (null)"));
        sorted.sort(BY_COURSE_THEN_COHORT);
        SortedMap<Long, List<Demand>> byCourse = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Demand demand = sorted.get(i);
            if (i > 0 && BY_COURSE_THEN_COHORT.compare(sorted.get(i - 1), demand) == 0) {
                throw new IllegalArgumentException("cohort " + demand.cohortId() + " needs course "
                        + demand.courseId() + " twice: give one demand per cohort and course");
            }
            byCourse.computeIfAbsent(demand.courseId(), id -> new ArrayList<>()).add(demand);
        }
        return byCourse;
    }

    private static Map<Long, List<Opening>> openingsByCourse(Collection<Opening> openings) {
        List<Opening> sorted = new ArrayList<>(openings);
        sorted.forEach(opening -> Objects.requireNonNull(opening, "an offering is missing (null)"));
        sorted.sort(Comparator.comparingLong(Opening::offeringId));
        Set<Long> seen = new HashSet<>();
        Map<Long, List<Opening>> byCourse = new TreeMap<>();
        for (Opening opening : sorted) {
            if (!seen.add(opening.offeringId())) {
                throw new IllegalArgumentException("offering " + opening.offeringId() + " is given twice");
            }
            byCourse.computeIfAbsent(opening.courseId(), id -> new ArrayList<>()).add(opening);
        }
        return byCourse;
    }
}
