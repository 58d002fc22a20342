package org.peaceops.cadre.course.web;

import java.io.Serializable;
import org.peaceops.cadre.course.Enrolment;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.course.EnrolmentStatus;

/**
 * A person's place on the offering, as its page lists it; {@code reference}
 * is how staff tell namesakes apart: the sign-in name, else the service number.
 */
public record EnrolmentRow(Long traineeId, String name, String reference, EnrolmentStatus status)
        implements Serializable {

    static EnrolmentRow of(Enrolment enrolment) {
        Person person = enrolment.getPerson();
        return new EnrolmentRow(person.getId(), person.getDisplayName(), person.reference(),
                enrolment.getStatus());
    }

    public boolean isEnrolled() {
        return status == EnrolmentStatus.ENROLLED;
    }
}
