/** The cohort API: cohorts, rosters, training plans, roster import and cohort enrolment. */
package org.peaceops.cadre.cohort.rest;
