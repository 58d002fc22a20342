package org.peaceops.cadre.course;

/** Whose sessions a calendar feed carries. */
public enum FeedScope {
    CENTRE, ROOM, INSTRUCTOR, TRAINEE
}
