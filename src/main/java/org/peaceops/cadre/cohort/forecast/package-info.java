/**
 * Readiness forecast: will every cohort be trained in time for its
 * deployment? Given how many people of each cohort still need a seat on each
 * course of its training plan, and the free seats and country quotas of the
 * offerings planned, {@link org.peaceops.cadre.cohort.forecast.SeatForecast}
 * seats as many of them as can be seated at all, shares any shortage fairly
 * between the cohorts that compete for the same seats, and suggests for each
 * course left short one extra offering that would close the gap.
 * <p>
 * A pure calculation on plain records, with no database and no container:
 * whoever uses it reads the counts and hands them in. People of one cohort
 * share a country and a deadline, so demand is counted per cohort and course
 * and the calculation's size does not grow with the number of people.
 */
package org.peaceops.cadre.cohort.forecast;
