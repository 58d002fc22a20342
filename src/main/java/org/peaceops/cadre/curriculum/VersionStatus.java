package org.peaceops.cadre.curriculum;

/** A curriculum version is edited as a draft, then published, then superseded by a newer publication. */
public enum VersionStatus {
    DRAFT, PUBLISHED, SUPERSEDED
}
