package org.peaceops.cadre.course;

/** What a course may require of a trainee before enrolment. */
public enum PrerequisiteKind {
    COURSE_COMPLETED, QUALIFICATION, PERSONNEL_CATEGORY, MINIMUM_RANK, LANGUAGE
}
