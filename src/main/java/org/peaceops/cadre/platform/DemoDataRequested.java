package org.peaceops.cadre.platform;

/**
 * Fired once at start-up, inside one transaction and acting as the system,
 * when the demo data is switched on. Each slice that has demo data observes it
 * and writes its own through its services; observers run in the order of
 * their priority, so that a slice finds what the slices it builds on wrote:
 * {@link #CENTRES} first, then {@link #TRAINING}, then {@link #COHORTS}.
 */
public final class DemoDataRequested {

    /** Centres, rooms and the demo accounts. */
    public static final int CENTRES = 100;
    /** Curricula, courses, offerings and what hangs on them. */
    public static final int TRAINING = 200;
    /** Cohorts and the people on their rosters. */
    public static final int COHORTS = 300;

    private boolean alreadyPresent;

    /** Said by the first writer when an earlier start-up wrote the demo data: the rest leave it alone. */
    public void alreadyPresent() {
        alreadyPresent = true;
    }

    public boolean isAlreadyPresent() {
        return alreadyPresent;
    }
}
