package org.peaceops.cadre.course;

/** An enrolment holds a seat while ENROLLED; the other states record how it ended. */
public enum EnrolmentStatus {
    ENROLLED, COMPLETED, NOT_COMPLETED, CANCELLED
}
