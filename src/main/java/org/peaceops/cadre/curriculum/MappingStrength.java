package org.peaceops.cadre.curriculum;

/**
 * How much of an ITS item a lesson or outcome of a curriculum covers. RELATED
 * records a link worth knowing that does not count as coverage.
 */
public enum MappingStrength {
    FULL, PARTIAL, RELATED
}
