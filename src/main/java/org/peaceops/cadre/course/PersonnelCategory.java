package org.peaceops.cadre.course;

/** The three categories of personnel the ITS standards distinguish. */
public enum PersonnelCategory {
    MILITARY, POLICE, CIVILIAN
}
