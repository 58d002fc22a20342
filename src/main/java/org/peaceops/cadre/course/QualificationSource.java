package org.peaceops.cadre.course;

/** Where a qualification came from: completing a course here, or recorded by staff with evidence. */
public enum QualificationSource {
    COMPLETION, RECORDED
}
