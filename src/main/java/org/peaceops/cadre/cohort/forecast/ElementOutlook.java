package org.peaceops.cadre.cohort.forecast;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The forecast for one cohort on one course of its plan: of the people who
 * still need a seat, how many can have one in an offering that ends in time,
 * and on which offerings.
 *
 * @param cohortId the cohort
 * @param courseId the course
 * @param deadline the demand's deadline
 * @param needing people who still need a seat
 * @param seated people who can be seated, at most {@code needing}
 * @param seats offering id → people seated there, by offering id; the counts add up to {@code seated}
 */
public record ElementOutlook(long cohortId, long courseId, LocalDate deadline, int needing, int seated,
                             SortedMap<Long, Integer> seats) {

    public ElementOutlook {
        Objects.requireNonNull(deadline, "deadline");
        seats = Collections.unmodifiableSortedMap(new TreeMap<>(seats));
    }

    /** People who cannot be seated in time. */
    public int peopleShort() {
        return needing - seated;
    }

    /** Whether everyone who needs a seat can have one. */
    public boolean onTrack() {
        return seated == needing;
    }
}
