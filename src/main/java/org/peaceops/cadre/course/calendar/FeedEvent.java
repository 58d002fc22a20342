package org.peaceops.cadre.course.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * One session as a calendar feed shows it.
 *
 * @param uid          stays the same for the life of the session, so subscribers update it in place
 * @param sequence     goes up each time the session changes in a way attendees should notice
 * @param summary      the title shown in the calendar
 * @param location     where it takes place, or {@code null}
 * @param description  free text, or {@code null}
 * @param start        when it starts
 * @param end          when it ends, not before {@code start}
 * @param cancelled    whether it was called off (it stays in the feed so subscribers see that)
 * @param lastModified when the session was last changed
 */
public record FeedEvent(String uid, int sequence, String summary, String location, String description,
                        Instant start, Instant end, boolean cancelled, Instant lastModified) {

    public FeedEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(lastModified, "lastModified");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }
}
