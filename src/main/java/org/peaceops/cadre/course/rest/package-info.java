/**
 * The REST API of courses, offerings, sessions, timetables, enrolments,
 * qualifications, calendars and calendar feeds. One root resource per path
 * prefix; the services check roles and the caller's centre.
 */
package org.peaceops.cadre.course.rest;
