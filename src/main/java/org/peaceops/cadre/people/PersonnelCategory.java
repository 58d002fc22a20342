package org.peaceops.cadre.people;

/** The three categories of personnel the ITS standards distinguish. */
public enum PersonnelCategory {
    MILITARY, POLICE, CIVILIAN
}
