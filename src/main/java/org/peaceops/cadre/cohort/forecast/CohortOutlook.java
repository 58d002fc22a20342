package org.peaceops.cadre.cohort.forecast;

import java.util.List;

/**
 * Whether one cohort will be trained in time: on track when nobody is short on
 * any course of its plan, otherwise the courses where people are short.
 *
 * @param cohortId the cohort
 * @param shortfalls the cohort's courses with people short, by course id; empty when on track
 */
public record CohortOutlook(long cohortId, List<ElementOutlook> shortfalls) {

    public CohortOutlook {
        shortfalls = List.copyOf(shortfalls);
    }

    /** Whether everyone of the cohort can be seated on every course in time. */
    public boolean onTrack() {
        return shortfalls.isEmpty();
    }

    /** People short, added up over the cohort's courses (a person short on two courses counts twice). */
    public int peopleShort() {
        return shortfalls.stream().mapToInt(ElementOutlook::peopleShort).sum();
    }
}
