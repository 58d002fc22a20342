package org.peaceops.cadre.training;

/** How a person attended a session. Late still counts as attended; excused does not, but is not held against them. */
public enum AttendanceMark {
    PRESENT, LATE, ABSENT, EXCUSED;

    /** Whether the person was there (on time or late). */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
