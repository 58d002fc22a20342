package org.peaceops.cadre.course;

import java.time.LocalDate;

/** The date arithmetic of qualifications, kept apart so that it is tested on its own. */
public final class QualificationRules {

    /** Instructors' qualifications expiring within this many days are flagged on the instructors page. */
    public static final int EXPIRY_WARNING_DAYS = 90;

    /** Validity given by a master-trainer course that names none. */
    public static final int DEFAULT_VALIDITY_MONTHS = 36;

    private QualificationRules() {
    }

    /** Issue and expiry days both count: a qualification expiring on the 30th is still valid on the 30th. */
    public static boolean validOn(LocalDate issuedOn, LocalDate expiresOn, LocalDate date) {
        return !date.isBefore(issuedOn) && (expiresOn == null || !date.isAfter(expiresOn));
    }

    /** Valid today but expiring within the warning window. */
    public static boolean expiringSoon(LocalDate issuedOn, LocalDate expiresOn, LocalDate today) {
        return expiresOn != null && validOn(issuedOn, expiresOn, today)
                && !expiresOn.isAfter(today.plusDays(EXPIRY_WARNING_DAYS));
    }

    /**
     * The expiry of a qualification granted on {@code completedOn}: the day
     * before the same date {@code months} later, so that "valid for 36 months"
     * means exactly that; null months means no expiry.
     */
    public static LocalDate expiryAfter(LocalDate completedOn, Integer months) {
        return months == null ? null : completedOn.plusMonths(months).minusDays(1);
    }
}
