package org.peaceops.cadre.course.schedule;

/**
 * The timetable rules checked on every save. Hard conflicts block the save;
 * soft ones are warnings the user may accept.
 */
public enum ConflictRule {
    ROOM_DOUBLE_BOOKED(true),
    INSTRUCTOR_DOUBLE_BOOKED(true),
    ROOM_TOO_SMALL(true),
    INSTRUCTOR_UNQUALIFIED(true),
    OUTSIDE_OFFERING_DATES(true),
    INSTRUCTOR_LONG_DAY(false),
    BACK_TO_BACK_BUILDINGS(false);

    private final boolean hard;

    ConflictRule(boolean hard) {
        this.hard = hard;
    }

    public boolean isHard() {
        return hard;
    }

    /** The message key of the explanation, e.g. {@code conflict.ROOM_DOUBLE_BOOKED}. */
    public String messageKey() {
        return "conflict." + name();
    }
}
