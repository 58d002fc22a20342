package org.peaceops.cadre.cohort.rest;

import java.util.List;
import java.util.Locale;
import org.peaceops.cadre.course.BulkEnrolment;

/** What enrolling a cohort did: the counts, then each person's outcome in roster order. */
public record EnrolmentResultDto(long enrolled, long waitlisted, long refused, long alreadyPlaced,
                                 List<PlacementDto> people) {

    /** One person's outcome; {@code reasons} (in the caller's language) only when refused. */
    public record PlacementDto(long personId, String name, BulkEnrolment.Outcome outcome, Long waitlistPosition,
                               List<String> reasons) {
    }

    static EnrolmentResultDto of(List<BulkEnrolment.Placement> placements, Locale locale) {
        List<PlacementDto> people = placements.stream().map(p -> new PlacementDto(p.personId(), p.name(), p.outcome(),
                p.waitlistPosition(), p.reasons().stream().map(reason -> reason.localized(locale)).toList())).toList();
        return new EnrolmentResultDto(count(placements, BulkEnrolment.Outcome.ENROLLED),
                count(placements, BulkEnrolment.Outcome.WAITLISTED), count(placements, BulkEnrolment.Outcome.REFUSED),
                count(placements, BulkEnrolment.Outcome.ALREADY_PLACED), people);
    }

    private static long count(List<BulkEnrolment.Placement> placements, BulkEnrolment.Outcome outcome) {
        return placements.stream().filter(p -> p.outcome() == outcome).count();
    }
}
