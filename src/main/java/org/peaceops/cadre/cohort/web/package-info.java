/** The cohort screens: the list of cohorts and a cohort's page with its roster and plan. */
package org.peaceops.cadre.cohort.web;
