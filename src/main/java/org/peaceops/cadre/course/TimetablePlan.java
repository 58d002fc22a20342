package org.peaceops.cadre.course;

import java.time.LocalTime;
import java.util.List;
import org.peaceops.cadre.centre.WorkingDay;

/**
 * What staff choose when they lay a timetable out from the curriculum: the
 * room and the lead instructor of every session, and optionally other hours
 * or breaks than the centre's for this offering (null keeps the centre's).
 */
public record TimetablePlan(Long roomId, Long leadInstructorId, LocalTime dayStarts, LocalTime dayEnds,
                            List<WorkingDay.Break> breaks) {

    /** The centre's working day with this plan's changes. */
    WorkingDay workingDay(WorkingDay centres) {
        return centres.overriddenBy(dayStarts, dayEnds, breaks);
    }
}
