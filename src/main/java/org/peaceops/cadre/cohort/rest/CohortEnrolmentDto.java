package org.peaceops.cadre.cohort.rest;

import org.peaceops.cadre.cohort.CohortRole;

/** Which offering to enrol the cohort on, and which part of it: one role (else everyone), only those missing it. */
public record CohortEnrolmentDto(Long offeringId, CohortRole role, Boolean onlyMissing) {
}
