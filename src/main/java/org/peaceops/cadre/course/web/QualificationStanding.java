package org.peaceops.cadre.course.web;

import java.time.LocalDate;
import org.peaceops.cadre.course.Qualification;
import org.peaceops.cadre.course.QualificationRules;

/**
 * The badge beside a qualification on a given day, by the same rules the
 * scheduler applies: valid, valid but expiring within the warning window,
 * expired, or not yet valid (issued on a later day).
 */
public enum QualificationStanding {
    VALID("success"), EXPIRING("warning"), EXPIRED("danger"), NOT_YET_VALID("info");

    private final String severity;

    QualificationStanding(String severity) {
        this.severity = severity;
    }

    public static QualificationStanding on(LocalDate issuedOn, LocalDate expiresOn, LocalDate today) {
        if (QualificationRules.expiringSoon(issuedOn, expiresOn, today)) {
            return EXPIRING;
        }
        if (QualificationRules.validOn(issuedOn, expiresOn, today)) {
            return VALID;
        }
        return today.isBefore(issuedOn) ? NOT_YET_VALID : EXPIRED;
    }

    public static QualificationStanding of(Qualification qualification, LocalDate today) {
        return on(qualification.getIssuedOn(), qualification.getExpiresOn(), today);
    }

    /** The p:tag severity that colours the badge. */
    public String getSeverity() {
        return severity;
    }

    /** The badge's message key. */
    public String getLabelKey() {
        return "qualification.standing." + name();
    }
}
