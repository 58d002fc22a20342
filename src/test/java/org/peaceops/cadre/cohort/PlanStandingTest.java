package org.peaceops.cadre.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.course.EnrolmentStatus;
import org.peaceops.cadre.course.OfferingStatus;

class PlanStandingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 4, 24);

    @Test
    void nobodyOnAnyOfferingIsMissingAndAWithdrawalDoesNotCount() {
        assertEquals(ElementStatus.MISSING, PlanStanding.of(List.of(), TODAY, DEADLINE).status());
        PlanStanding withdrawn = PlanStanding.of(List.of(attempt(1, EnrolmentStatus.CANCELLED, OfferingStatus.OPEN,
                TODAY.plusDays(7))), TODAY, DEADLINE);
        assertEquals(ElementStatus.MISSING, withdrawn.status());
        assertNull(withdrawn.attempt());
        assertFalse(withdrawn.onTrack());
    }

    @Test
    void aCompletionCountsWhateverElseThePersonIsOn() {
        PlanStanding standing = PlanStanding.of(List.of(
                attempt(1, EnrolmentStatus.WAITLISTED, OfferingStatus.OPEN, TODAY.plusDays(30)),
                attempt(2, EnrolmentStatus.COMPLETED, OfferingStatus.COMPLETED, TODAY.minusDays(60))), TODAY, DEADLINE);
        assertEquals(ElementStatus.DONE, standing.status());
        assertEquals(2, standing.attempt().enrolmentId());
        assertTrue(standing.onTrack());
    }

    @Test
    void aSeatIsEnrolledUntilTheOfferingStartsThenInProgress() {
        assertEquals(ElementStatus.ENROLLED, PlanStanding.of(List.of(
                attempt(1, EnrolmentStatus.ENROLLED, OfferingStatus.OPEN, TODAY.plusDays(1))), TODAY, DEADLINE).status());
        assertEquals(ElementStatus.IN_PROGRESS, PlanStanding.of(List.of(
                attempt(1, EnrolmentStatus.ENROLLED, OfferingStatus.OPEN, TODAY)), TODAY, DEADLINE).status());
        assertEquals(ElementStatus.IN_PROGRESS, PlanStanding.of(List.of(
                attempt(1, EnrolmentStatus.ENROLLED, OfferingStatus.RUNNING, TODAY.plusDays(3))), TODAY, DEADLINE)
                .status(), "staff started it early");
    }

    @Test
    void aSeatOnAnOfferingEndingAfterTheDeadlineIsTooLate() {
        PlanStanding late = PlanStanding.of(List.of(attempt(1, EnrolmentStatus.ENROLLED, OfferingStatus.OPEN,
                DEADLINE.minusDays(2))), TODAY, DEADLINE);
        assertEquals(ElementStatus.ENROLLED, late.status());
        assertTrue(late.tooLate(), "starts before, ends four days after the deadline");
        assertFalse(late.onTrack());
        PlanStanding justInTime = PlanStanding.of(List.of(attempt(1, EnrolmentStatus.ENROLLED, OfferingStatus.OPEN,
                DEADLINE.minusDays(4))), TODAY, DEADLINE);
        assertFalse(justInTime.tooLate(), "ends on the deadline");
        assertTrue(justInTime.onTrack());
    }

    @Test
    void aFailureNeedsAnotherSeatAndAWaitlistPlaceIsBetterThanNone() {
        PlanStanding failed = PlanStanding.of(List.of(attempt(1, EnrolmentStatus.NOT_COMPLETED,
                OfferingStatus.COMPLETED, TODAY.minusDays(30))), TODAY, DEADLINE);
        assertEquals(ElementStatus.FAILED, failed.status());
        assertTrue(failed.status().needsSeat());
        PlanStanding waiting = PlanStanding.of(List.of(
                attempt(1, EnrolmentStatus.NOT_COMPLETED, OfferingStatus.COMPLETED, TODAY.minusDays(30)),
                attempt(2, EnrolmentStatus.WAITLISTED, OfferingStatus.OPEN, TODAY.plusDays(10))), TODAY, DEADLINE);
        assertEquals(ElementStatus.WAITLISTED, waiting.status());
        assertFalse(waiting.onTrack());
    }

    @Test
    void ofTwoSeatsTheOneEndingFirstCounts() {
        PlanStanding standing = PlanStanding.of(List.of(
                attempt(1, EnrolmentStatus.ENROLLED, OfferingStatus.OPEN, DEADLINE.plusDays(10)),
                attempt(2, EnrolmentStatus.ENROLLED, OfferingStatus.OPEN, TODAY.plusDays(10))), TODAY, DEADLINE);
        assertEquals(2, standing.attempt().enrolmentId());
        assertTrue(standing.onTrack());
    }

    @Test
    void aCancelledOfferingCountsForNothing() {
        assertEquals(ElementStatus.MISSING, PlanStanding.of(List.of(attempt(1, EnrolmentStatus.ENROLLED,
                OfferingStatus.CANCELLED, TODAY.plusDays(3))), TODAY, DEADLINE).status());
    }

    /** An attempt at a five-day offering starting on {@code startsOn}. */
    private static PlanStanding.Attempt attempt(long id, EnrolmentStatus enrolment, OfferingStatus offering,
                                                LocalDate startsOn) {
        return new PlanStanding.Attempt(id, 100 + id, enrolment, offering, startsOn, startsOn.plusDays(4));
    }
}
