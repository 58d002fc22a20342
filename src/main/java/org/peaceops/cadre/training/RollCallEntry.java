package org.peaceops.cadre.training;

import org.peaceops.cadre.people.Person;

/** A person on a session's roll call, with their mark (null until someone marks them). */
public record RollCallEntry(Person person, Attendance attendance) implements java.io.Serializable {

    public AttendanceMark mark() {
        return attendance == null ? null : attendance.getMark();
    }
}
