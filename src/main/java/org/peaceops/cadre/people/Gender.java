package org.peaceops.cadre.people;

/**
 * A person's gender as contributing countries report it in their rosters; the
 * UN tracks the share of women deployed, so readiness reports count it.
 */
public enum Gender {
    FEMALE, MALE
}
