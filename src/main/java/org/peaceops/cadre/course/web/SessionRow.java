package org.peaceops.cadre.course.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peaceops.cadre.course.CourseSession;
import org.peaceops.cadre.course.SessionStatus;

/**
 * A session as the offering page lists it: times in the centre's zone,
 * instructors by name, lead first, and whether the reader teaches it (and so
 * takes its roll call).
 */
public record SessionRow(Long id, long version, LocalDateTime start, LocalDateTime end, String title, String lesson,
                         String room, String lead, List<String> assisting, SessionStatus status, boolean taughtByReader)
        implements Serializable {

    public SessionRow {
        assisting = List.copyOf(assisting);
    }

    static SessionRow of(CourseSession session, ZoneId zone, Map<Long, String> instructorNames, Long readerId) {
        return new SessionRow(session.getId(), session.getVersion(),
                session.getStartsAt().atZone(zone).toLocalDateTime(), session.getEndsAt().atZone(zone).toLocalDateTime(),
                session.getTitle(),
                session.getLesson() == null ? null : session.getLesson().getCode() + " · " + session.getLesson().getTitle(),
                session.getRoom() == null ? null : session.getRoom().getName(),
                session.leadInstructorId().map(instructorNames::get).orElse(null),
                session.assistingInstructorIds().stream().map(instructorNames::get).filter(Objects::nonNull).toList(),
                session.getStatus(), session.getInstructors().stream()
                        .anyMatch(i -> i.getInstructorId().equals(readerId)));
    }

    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }

    public String assistingNames() {
        return String.join(", ", assisting);
    }
}
