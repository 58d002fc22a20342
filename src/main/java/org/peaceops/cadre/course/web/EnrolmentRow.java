package org.peaceops.cadre.course.web;

import java.io.Serializable;
import org.peaceops.cadre.course.Enrolment;
import org.peaceops.cadre.course.EnrolmentStatus;

/** A trainee's place on the offering, as its page lists it. */
public record EnrolmentRow(Long traineeId, String name, String username, EnrolmentStatus status)
        implements Serializable {

    static EnrolmentRow of(Enrolment enrolment) {
        return new EnrolmentRow(enrolment.getTrainee().getId(), enrolment.getTrainee().getDisplayName(),
                enrolment.getTrainee().getUsername(), enrolment.getStatus());
    }

    public boolean isEnrolled() {
        return status == EnrolmentStatus.ENROLLED;
    }
}
