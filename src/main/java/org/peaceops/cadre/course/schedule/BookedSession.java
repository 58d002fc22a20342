package org.peaceops.cadre.course.schedule;

import java.time.Instant;
import java.util.Set;

/** Another scheduled session near the planned one in time, as the conflict query returns it. */
public record BookedSession(Long id, Long offeringId, String label, Instant start, Instant end,
                            Long roomId, String building, Set<Long> instructorIds) {

    public BookedSession {
        instructorIds = Set.copyOf(instructorIds);
    }

    boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && end.isAfter(otherStart);
    }
}
