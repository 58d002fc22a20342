package org.peaceops.cadre.course.web;

import java.io.Serializable;
import org.peaceops.cadre.course.Enrolment;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.course.EnrolmentStatus;

/**
 * A person's place on the offering, as its page lists it; {@code reference}
 * is how staff tell namesakes apart: the sign-in name, else the service
 * number; {@code waitlistPosition} only while waitlisted.
 */
public record EnrolmentRow(Long traineeId, String name, String reference, EnrolmentStatus status,
                           Long waitlistPosition) implements Serializable {

    static EnrolmentRow of(Enrolment enrolment, Long waitlistPosition) {
        Person person = enrolment.getPerson();
        return new EnrolmentRow(person.getId(), person.getDisplayName(), person.reference(),
                enrolment.getStatus(), waitlistPosition);
    }

    /** Still holding a seat or waiting for one: staff may withdraw them. */
    public boolean isPlaced() {
        return status == EnrolmentStatus.ENROLLED || status == EnrolmentStatus.WAITLISTED;
    }

    public boolean isEnrolled() {
        return status == EnrolmentStatus.ENROLLED;
    }
}
