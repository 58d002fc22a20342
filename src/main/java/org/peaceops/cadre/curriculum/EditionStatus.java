package org.peaceops.cadre.curriculum;

/** Whether an edition is the one to train to, or has a successor. */
public enum EditionStatus {
    CURRENT, SUPERSEDED
}
