package org.peaceops.cadre.course;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A session as staff plan it: a lesson of the course's curriculum or a titled
 * block, start and end in the centre's local time, a room and instructors.
 * The title may stay empty when a lesson is chosen (the lesson's is used).
 */
public record SessionDetails(
        @Size(max = 200) String title,
        Long lessonId,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        Long roomId,
        Long leadInstructorId,
        @Size(max = 10) List<@NotNull Long> assistingInstructorIds) {

    public SessionDetails {
        assistingInstructorIds = assistingInstructorIds == null ? List.of() : List.copyOf(assistingInstructorIds);
    }

    /** The same session at another time, as a drag on the calendar asks. */
    public SessionDetails movedTo(LocalDateTime start, LocalDateTime end) {
        return new SessionDetails(title, lessonId, start, end, roomId, leadInstructorId, assistingInstructorIds);
    }
}
