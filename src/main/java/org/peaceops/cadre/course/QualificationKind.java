package org.peaceops.cadre.course;

/** What a qualification allows: to deliver as a master trainer, or to be recognised as a commander course graduate. */
public enum QualificationKind {
    MASTER_TRAINER, COMMANDER_GRADUATE
}
