package org.peaceops.cadre.people;

/**
 * Rank bands in ascending order, broad enough to hold military and police
 * ranks of every contributing country; a prerequisite asks for a minimum band.
 */
public enum RankBand {
    ENLISTED, NON_COMMISSIONED, JUNIOR_OFFICER, FIELD_OFFICER, SENIOR_OFFICER;

    public boolean atLeast(RankBand minimum) {
        return compareTo(minimum) >= 0;
    }
}
