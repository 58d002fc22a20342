/**
 * Cohorts of troop- and police-contributing countries: the contingent, its
 * mission and deployment date, its roster of people and their roles, the
 * training plan every member must complete, roster import, and enrolment of
 * the cohort on offerings with country quotas and waitlists.
 */
package org.peaceops.cadre.cohort;
