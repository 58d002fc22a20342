package org.peaceops.cadre.cohort;

/**
 * A person's part in their cohort. The training plan asks extra courses of
 * some roles (a commander also completes the commander course).
 */
public enum CohortRole {
    COMMANDER, STAFF_OFFICER, MASTER_TRAINER, MEMBER
}
