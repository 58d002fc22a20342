package org.peaceops.cadre.course;

import java.util.List;

/**
 * An offering was completed: the enrolments given completed the course. Fired
 * inside the completing transaction, so that what observers write (the
 * certificates) stands or falls with the completion itself.
 */
public record OfferingCompleted(Offering offering, List<Enrolment> completed) {

    public OfferingCompleted {
        completed = List.copyOf(completed);
    }
}
