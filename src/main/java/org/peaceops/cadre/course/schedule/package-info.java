/**
 * Scheduling rules without the database: the conflict rules over planned
 * sessions (double-booked rooms and instructors, rooms too small, unqualified
 * instructors, sessions outside the offering's dates, and the warnings of long
 * days and building changes), and the layout of a timetable from a curriculum
 * within a centre's working day. Plain Java, unit tested.
 */
package org.peaceops.cadre.course.schedule;
