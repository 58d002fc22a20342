package org.peaceops.cadre.course;

/** A session stays in feeds when cancelled, so that subscribed calendars remove it. */
public enum SessionStatus {
    SCHEDULED, CANCELLED
}
