package org.peaceops.cadre.cohort.forecast;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The free seats of one offering, a run of a course. A quota caps how many
 * people of a country may hold seats on it; it reserves nothing, so the
 * country's people still compete with everyone else for the free seats. A
 * country without a quota is bounded by the free seats alone.
 *
 * @param offeringId the offering
 * @param courseId the course it teaches
 * @param endsOn its last day: it serves a demand whose deadline is this day or later
 * @param freeSeats seats nobody holds yet
 * @param quotaLeft places each country with a quota may still take, by ISO 3166-1 alpha-2 code; countries
 *                  without a quota are absent
 */
public record Opening(long offeringId, long courseId, LocalDate endsOn, int freeSeats, Map<String, Integer> quotaLeft) {

    public Opening {
        Objects.requireNonNull(endsOn, () -> "offering " + offeringId + " has no end date");
        Demand.requireCount(freeSeats, "free seats of offering " + offeringId);
        Objects.requireNonNull(quotaLeft, () -> "offering " + offeringId + " has no quota map (use an empty one)");
        SortedMap<String, Integer> quotas = new TreeMap<>();
        quotaLeft.forEach((country, left) -> {
            Demand.requireCountry(country, "quota of offering " + offeringId);
            if (left == null) {
                throw new IllegalArgumentException("the quota of " + country + " on offering " + offeringId
                        + " has no places left given");
            }
            Demand.requireCount(left, "quota left for " + country + " on offering " + offeringId);
            quotas.put(country, left);
        });
        quotaLeft = Collections.unmodifiableSortedMap(quotas);
    }

    /** An offering without quotas. */
    public Opening(long offeringId, long courseId, LocalDate endsOn, int freeSeats) {
        this(offeringId, courseId, endsOn, freeSeats, Map.of());
    }

    /** Whether people of the demand may take a seat here: the same course, over by their deadline. */
    boolean serves(Demand demand) {
        return courseId == demand.courseId() && !endsOn.isAfter(demand.deadline());
    }

    /** The most people of the country who may hold seats here: its quota, or all free seats without one. */
    int seatsFor(String country) {
        return Math.min(freeSeats, quotaLeft.getOrDefault(country, freeSeats));
    }
}
