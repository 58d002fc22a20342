package org.peaceops.cadre.cohort.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One extra offering of a course that would seat everyone left short on it:
 * "{@code seats} people short on course {@code courseId}: add an offering of
 * {@code seats} seats ending by {@code endBy}".
 * <p>
 * One offering per course is enough: a new offering has no quotas, and one
 * that ends by the earliest deadline of the short cohorts is open to all of
 * them, so it takes everyone short. {@code endBy} is often later than that
 * earliest deadline: it is the latest deadline of a cohort on the course by
 * which such an offering still seats everybody, counting on cohorts with a
 * later deadline to move to it and leave the existing seats to the earlier
 * ones. A later date gives the centre more time to run it.
 *
 * @param courseId the course
 * @param seats the seats the offering needs: everyone short on the course, and no fewer would do
 * @param endBy the latest day on which it may end
 * @param cohortIds the cohorts short on the course, by id
 */
public record OfferingSuggestion(long courseId, int seats, LocalDate endBy, List<Long> cohortIds) {

    public OfferingSuggestion {
        Objects.requireNonNull(endBy, "endBy");
        cohortIds = List.copyOf(cohortIds);
    }
}
