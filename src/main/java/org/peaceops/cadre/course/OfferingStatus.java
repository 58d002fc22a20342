package org.peaceops.cadre.course;

/** The life of an offering; completed and cancelled offerings no longer change. */
public enum OfferingStatus {
    PLANNED, OPEN, RUNNING, COMPLETED, CANCELLED;

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
