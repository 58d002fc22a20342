package org.peaceops.cadre.mission;

/** Where a mission is in its life: mandated but not deployed, deployed, or closed. */
public enum MissionStatus {
    PLANNED, ACTIVE, CLOSED
}
