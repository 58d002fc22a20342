package org.peaceops.cadre.course.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * A session as it would be saved, with what the rules need to know about its
 * offering and room. {@code instructors} maps each instructor's id to the name
 * messages show.
 *
 * @param sessionId null for a new session
 * @param roomCapacity null when no room is booked
 */
public record SessionPlan(Long sessionId, Long offeringId, Instant start, Instant end, ZoneId zone,
                          LocalDate offeringStartsOn, LocalDate offeringEndsOn, int seats,
                          Long roomId, String roomName, String building, Integer roomCapacity,
                          Map<Long, String> instructors) {

    public SessionPlan {
        instructors = Map.copyOf(instructors);
    }
}
