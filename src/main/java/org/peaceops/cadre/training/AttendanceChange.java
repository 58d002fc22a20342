package org.peaceops.cadre.training;

/** One mark to give on a roll call: the person, the mark, and a note if there is one. */
public record AttendanceChange(Long personId, AttendanceMark mark, String note) {
}
