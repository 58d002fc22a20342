package org.peaceops.cadre.training.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.peaceops.cadre.course.CourseSession;
import org.peaceops.cadre.course.SessionStatus;
import org.peaceops.cadre.platform.web.LocalFormats;

/**
 * What the roll call shows of its session: title, course, day and times in
 * the centre's zone, room; and why marks cannot be given yet or any more
 * ({@code closedKey}, null while they can).
 */
public record RollCallHeader(long sessionId, String title, String courseTitle, long offeringId, String day,
                             String times, String room, String closedKey, boolean correcting)
        implements Serializable {

    static RollCallHeader of(CourseSession session, LocalDate today, boolean teaches) {
        ZoneId zone = session.getCentre().zone();
        var start = session.getStartsAt().atZone(zone);
        var end = session.getEndsAt().atZone(zone);
        String closed = null;
        if (session.getStatus() == SessionStatus.CANCELLED) {
            closed = "error.attendance.sessionCancelled";
        } else if (session.getOffering().getStatus().isClosed()) {
            closed = "error.attendance.offeringClosed";
        } else if (start.toLocalDate().isAfter(today)) {
            closed = "error.attendance.notYet";
        }
        return new RollCallHeader(session.getId(), session.getTitle(), session.getOffering().getCourse().getTitle(),
                session.getOffering().getId(), LocalFormats.date(start.toLocalDate()),
                LocalFormats.time(start.toLocalTime()) + " – " + LocalFormats.time(end.toLocalTime()),
                session.getRoom() == null ? null : session.getRoom().getName(), closed, !teaches);
    }

    public boolean isOpen() {
        return closedKey == null;
    }
}
