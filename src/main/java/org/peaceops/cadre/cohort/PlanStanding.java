package org.peaceops.cadre.cohort;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.peaceops.cadre.course.EnrolmentStatus;
import org.peaceops.cadre.course.OfferingStatus;

/**
 * Where one person stands on one course of their plan, from their
 * enrolments on that course's offerings: the rule shared by a trainee's own
 * page and their cohort's readiness. A place on an offering that ends after
 * the deadline (the deployment date less the margin the centre keeps) still
 * counts as enrolled, but is flagged as too late (a waitlist place is a risk
 * of its own, however late the offering).
 */
public record PlanStanding(ElementStatus status, Attempt attempt, boolean tooLate) {

    /** One enrolment of the person on an offering of the course, as the rule reads it. */
    public record Attempt(long enrolmentId, long offeringId, EnrolmentStatus enrolment, OfferingStatus offering,
                          LocalDate startsOn, LocalDate endsOn) {
    }

    /** The person's standing given their attempts at the course (cancelled ones are ignored). */
    public static PlanStanding of(Collection<Attempt> attempts, LocalDate today, LocalDate deadline) {
        Optional<Attempt> best = attempts.stream().filter(a -> statusOf(a, today) != null)
                .min(Comparator.comparing((Attempt a) -> statusOf(a, today))
                        .thenComparing(Attempt::endsOn).thenComparing(Attempt::enrolmentId));
        if (best.isEmpty()) {
            return new PlanStanding(ElementStatus.MISSING, null, false);
        }
        Attempt attempt = best.get();
        ElementStatus status = statusOf(attempt, today);
        boolean holdsSeat = status == ElementStatus.IN_PROGRESS || status == ElementStatus.ENROLLED;
        return new PlanStanding(status, attempt, holdsSeat && attempt.endsOn().isAfter(deadline));
    }

    private static ElementStatus statusOf(Attempt attempt, LocalDate today) {
        if (attempt.offering() == OfferingStatus.CANCELLED) {
            return null;
        }
        return switch (attempt.enrolment()) {
            case COMPLETED -> ElementStatus.DONE;
            case NOT_COMPLETED -> ElementStatus.FAILED;
            case WAITLISTED -> ElementStatus.WAITLISTED;
            case ENROLLED -> attempt.offering() == OfferingStatus.RUNNING || !attempt.startsOn().isAfter(today)
                    ? ElementStatus.IN_PROGRESS : ElementStatus.ENROLLED;
            case CANCELLED -> null;
        };
    }

    /** Whether the person is, or will be, trained on the course in time. */
    public boolean onTrack() {
        return status == ElementStatus.DONE
                || (!tooLate && (status == ElementStatus.IN_PROGRESS || status == ElementStatus.ENROLLED));
    }
}
