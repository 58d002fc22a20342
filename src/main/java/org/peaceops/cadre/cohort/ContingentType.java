package org.peaceops.cadre.cohort;

/** What kind of contingent a cohort is, in the words of force generation. */
public enum ContingentType {
    INFANTRY_BATTALION, FORMED_POLICE_UNIT, STAFF_OFFICERS, MILITARY_OBSERVERS, INDIVIDUAL_POLICE, ENGINEERS,
    MEDICAL, SIGNALS, AVIATION, LOGISTICS, OTHER
}
