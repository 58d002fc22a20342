/**
 * Courses and their delivery: course templates on a curriculum version (type,
 * prerequisites), offerings and their status, sessions and the conflicts that
 * refuse them, enrolments, instructors' qualifications, the training calendar
 * and iCalendar feeds. Enrolments stay here until the cohort slice takes them
 * over with cohorts and waitlists.
 */
package org.peaceops.cadre.course;
