package org.peaceops.cadre.course;

/**
 * An enrolment holds a seat while ENROLLED; a WAITLISTED one waits for a seat
 * in its place in the queue; the other states record how it ended.
 */
public enum EnrolmentStatus {
    WAITLISTED, ENROLLED, COMPLETED, NOT_COMPLETED, CANCELLED
}
