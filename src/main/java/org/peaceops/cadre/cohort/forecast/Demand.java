package org.peaceops.cadre.cohort.forecast;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The people of one cohort who still need a seat on one course of its training
 * plan: neither done nor enrolled already on an offering that ends in time.
 * They all come from the cohort's country, whose quotas they count against, and
 * must all be trained by the same deadline. A cohort's demands usually share
 * both; the forecast takes each demand as given, so a plan element that must
 * be done earlier than the rest may have a deadline of its own.
 *
 * @param cohortId the cohort
 * @param courseId the course of the plan element
 * @param country the contributing country, ISO 3166-1 alpha-2 in capitals ("KE"), as quotas name it
 * @param deadline the last day on which an offering may end for these people to be ready; see
 *                 {@link #deadline(LocalDate)}
 * @param people how many still need a seat, at most {@link #MAX_PEOPLE}
 */
public record Demand(long cohortId, long courseId, String country, LocalDate deadline, int people) {

    /** Days between the end of the last course and deployment, unless the centre says otherwise. */
    public static final int DEFAULT_MARGIN_DAYS = 7;

    /**
     * More people than this on one course of one cohort is taken for an input error: it is far beyond any
     * contingent, and it keeps the fairness arithmetic exact in {@code long}.
     */
    public static final int MAX_PEOPLE = 1_000_000;

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Demand {
        requireCountry(country, "demand of cohort " + cohortId + " on course " + courseId);
        Objects.requireNonNull(deadline, () -> "the demand of cohort " + cohortId + " on course " + courseId
                + " has no deadline");
        String what = "people needing a seat (cohort " + cohortId + ", course " + courseId + ")";
        requireCount(people, what);
        if (people > MAX_PEOPLE) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_PEOPLE + ": " + people);
        }
    }

    /** The deadline of a cohort deploying on {@code deployment}, with the default margin of a week. */
    public static LocalDate deadline(LocalDate deployment) {
        return deadline(deployment, DEFAULT_MARGIN_DAYS);
    }

    /** The deadline of a cohort deploying on {@code deployment}: training must end {@code marginDays} before. */
    public static LocalDate deadline(LocalDate deployment, int marginDays) {
        Objects.requireNonNull(deployment, "deployment date");
        requireCount(marginDays, "margin days before deployment");
        return deployment.minusDays(marginDays);
    }

    static void requireCountry(String country, String whose) {
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("the " + whose + " names country \"" + country
                    + "\": expected two capital letters (ISO 3166-1 alpha-2), such as KE");
        }
    }

    static void requireCount(int count, String what) {
        if (count < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + count);
        }
    }
}
