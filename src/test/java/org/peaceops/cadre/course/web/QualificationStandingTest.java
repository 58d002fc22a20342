package org.peaceops.cadre.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The badge follows the qualification rules at their edges: issue and expiry days count, 90 days warn. */
class QualificationStandingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @Test
    void aQualificationWithoutExpiryStaysValid() {
        assertEquals(QualificationStanding.VALID, QualificationStanding.on(TODAY.minusYears(5), null, TODAY));
    }

    @Test
    void expiringWithinNinetyDaysWarnsAndTheDayAfterDoesNot() {
        assertEquals(QualificationStanding.EXPIRING,
                QualificationStanding.on(TODAY.minusYears(1), TODAY.plusDays(90), TODAY));
        assertEquals(QualificationStanding.VALID,
                QualificationStanding.on(TODAY.minusYears(1), TODAY.plusDays(91), TODAY));
    }

    @Test
    void theExpiryDayIsStillValidAndTheNextIsExpired() {
        assertEquals(QualificationStanding.EXPIRING, QualificationStanding.on(TODAY.minusYears(1), TODAY, TODAY));
        assertEquals(QualificationStanding.EXPIRED,
                QualificationStanding.on(TODAY.minusYears(1), TODAY.minusDays(1), TODAY));
    }

    @Test
    void aQualificationIssuedLaterIsNotYetValidRatherThanExpired() {
        assertEquals(QualificationStanding.NOT_YET_VALID,
                QualificationStanding.on(TODAY.plusDays(1), TODAY.plusYears(3), TODAY));
    }

    @Test
    void eachStandingHasItsOwnSeverity() {
        assertEquals("danger", QualificationStanding.EXPIRED.getSeverity());
        assertEquals("qualification.standing.EXPIRING", QualificationStanding.EXPIRING.getLabelKey());
    }
}
