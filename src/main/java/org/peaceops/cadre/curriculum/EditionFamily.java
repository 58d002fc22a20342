package org.peaceops.cadre.curriculum;

/** The kind of ITS material an edition belongs to. */
public enum EditionFamily {
    /** Core Pre-Deployment Training Materials, for all personnel. */
    CPTM,
    /** Specialized Training Materials for a function (military observers, staff officers, police…). */
    STM,
    /** Reinforcement Training Package on a priority theme. */
    RTP,
    /** A manual such as the UN Infantry Battalion Manual. */
    MANUAL,
    /** Any other framework, e.g. one imported from a CASE package. */
    OTHER
}
