package org.peaceops.cadre.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QualificationRulesTest {

    static final LocalDate ISSUED = LocalDate.of(2025, 6, 15);
    static final LocalDate EXPIRES = LocalDate.of(2028, 6, 14);

    @Test
    void validFromTheIssueDayToTheExpiryDayInclusive() {
        assertFalse(QualificationRules.validOn(ISSUED, EXPIRES, ISSUED.minusDays(1)));
        assertTrue(QualificationRules.validOn(ISSUED, EXPIRES, ISSUED));
        assertTrue(QualificationRules.validOn(ISSUED, EXPIRES, EXPIRES));
        assertFalse(QualificationRules.validOn(ISSUED, EXPIRES, EXPIRES.plusDays(1)));
    }

    @Test
    void withoutExpiryValidForEverAfterIssue() {
        assertTrue(QualificationRules.validOn(ISSUED, null, LocalDate.of(2090, 1, 1)));
        assertFalse(QualificationRules.validOn(ISSUED, null, ISSUED.minusDays(1)));
    }

    @Test
    void expiringSoonWithinNinetyDaysOnly() {
        assertTrue(QualificationRules.expiringSoon(ISSUED, EXPIRES, EXPIRES.minusDays(90)));
        assertFalse(QualificationRules.expiringSoon(ISSUED, EXPIRES, EXPIRES.minusDays(91)));
        assertTrue(QualificationRules.expiringSoon(ISSUED, EXPIRES, EXPIRES));
    }

    @Test
    void anExpiredOrOpenEndedOneIsNotExpiringSoon() {
        assertFalse(QualificationRules.expiringSoon(ISSUED, EXPIRES, EXPIRES.plusDays(1)));
        assertFalse(QualificationRules.expiringSoon(ISSUED, null, ISSUED));
    }

    @Test
    void aGrantForThirtySixMonthsEndsTheDayBeforeTheAnniversary() {
        assertEquals(EXPIRES, QualificationRules.expiryAfter(ISSUED, 36));
        assertEquals(LocalDate.of(2027, 2, 27), QualificationRules.expiryAfter(LocalDate.of(2024, 2, 29), 36));
        assertNull(QualificationRules.expiryAfter(ISSUED, null));
    }

    @Test
    void masterTrainerAndCommanderCoursesGrantTheirQualification() {
        assertEquals(QualificationKind.MASTER_TRAINER, CourseType.MASTER_TRAINER.grants());
        assertEquals(QualificationKind.COMMANDER_GRADUATE, CourseType.COMMANDER.grants());
        assertEquals(QualificationKind.COMMANDER_GRADUATE, CourseType.SENIOR_MISSION_LEADERS.grants());
        assertNull(CourseType.INDIVIDUAL_PREDEPLOYMENT.grants());
    }
}
