/**
 * The REST API of courses, offerings, sessions, enrolments, qualifications,
 * personnel profiles, calendars, calendar feeds and notices. One root resource
 * per path prefix; the services check roles and the caller's centre.
 */
package org.peaceops.cadre.course.rest;
