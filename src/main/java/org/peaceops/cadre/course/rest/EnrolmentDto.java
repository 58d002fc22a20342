package org.peaceops.cadre.course.rest;

import java.time.Instant;
import java.time.LocalDate;
import org.peaceops.cadre.course.Enrolment;
import org.peaceops.cadre.course.EnrolmentStatus;
import org.peaceops.cadre.people.Person;

/**
 * A person's place on an offering ({@code traineeId} is the person's id;
 * {@code traineeUsername} is empty for people who do not sign in;
 * {@code waitlistPosition}, 1 for the first, only while waitlisted); on
 * creation only {@code traineeId} is read.
 */
public record EnrolmentDto(Long id, Long offeringId, Long traineeId, String traineeName, String traineeUsername,
                           EnrolmentStatus status, Long waitlistPosition, Instant enrolledAt, LocalDate completedOn) {

    static EnrolmentDto of(Enrolment e, Long waitlistPosition) {
        Person person = e.getPerson();
        return new EnrolmentDto(e.getId(), e.getOffering().getId(), person.getId(), person.getDisplayName(),
                person.getAccount() == null ? null : person.getAccount().getUsername(), e.getStatus(),
                waitlistPosition, e.getEnrolledAt(), e.getCompletedOn());
    }
}
