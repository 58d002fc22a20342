/**
 * The course screens: courses, offerings and an offering's page (timetable,
 * enrolments, completion), the calendar, instructors and their
 * qualifications, calendar feeds and the trainee's own training.
 */
package org.peaceops.cadre.course.web;
