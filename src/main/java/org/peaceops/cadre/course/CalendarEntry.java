package org.peaceops.cadre.course;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One session as calendars show it: times both in UTC and in the centre's
 * local time, room, instructors, and what feeds need (UID, sequence).
 */
public record CalendarEntry(Long sessionId, long version, Long offeringId, String offeringLabel, String courseTitle,
                            String title, Instant start, Instant end, String timeZone,
                            LocalDateTime localStart, LocalDateTime localEnd,
                            Long roomId, String roomName, String building, List<String> instructors,
                            SessionStatus status, String uid, int sequence, Instant modifiedAt)
        implements java.io.Serializable {

    public CalendarEntry {
        instructors = List.copyOf(instructors);
    }
}
