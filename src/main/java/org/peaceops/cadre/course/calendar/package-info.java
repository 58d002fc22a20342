/**
 * iCalendar output (RFC 5545) of calendar feeds, written with ical4j.
 */
package org.peaceops.cadre.course.calendar;
