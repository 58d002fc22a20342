package org.peaceops.cadre.cohort;

/**
 * Where a person stands on one course of their cohort's plan, best first:
 * a person with several enrolments on the course stands where the best one
 * puts them.
 */
public enum ElementStatus {
    /** Completed the course. */
    DONE,
    /** On an offering that has started. */
    IN_PROGRESS,
    /** Holds a seat on an offering still to come. */
    ENROLLED,
    /** Waiting for a seat. */
    WAITLISTED,
    /** Took the course and did not complete it; needs another offering. */
    FAILED,
    /** Not on any offering of the course. */
    MISSING;

    /** Whether the person needs a seat on an offering of the course: nothing holds or promises one. */
    public boolean needsSeat() {
        return this == WAITLISTED || this == FAILED || this == MISSING;
    }
}
