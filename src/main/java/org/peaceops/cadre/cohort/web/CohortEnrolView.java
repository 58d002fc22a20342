package org.peaceops.cadre.cohort.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.cohort.CohortEnrolment;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.course.BulkEnrolment;
import org.peaceops.cadre.course.Offering;
import org.peaceops.cadre.course.OfferingService;
import org.peaceops.cadre.course.OfferingStatus;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.LocalFormats;

/**
 * Enrolling the cohort, or part of it, on an open offering from its page. The
 * page keeps the counts of the last run and the first people not enrolled
 * (waitlisted or refused, with why), not the whole result: a battalion's
 * result would make every later request of the page heavy.
 */
@Named
@ViewScoped(saveInViewState = true)
public class CohortEnrolView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "cohortEnrolForm";
    private static final int SHOWN = 50;
    private static final int OFFERINGS = 200;

    @Inject
    CohortView page;

    @Inject
    CohortEnrolment enrolment;

    @Inject
    OfferingService offerings;

    /** One person not enrolled, as the page lists them. */
    public record Row(String name, BulkEnrolment.Outcome outcome, Long waitlistPosition, String reasons)
            implements Serializable {
    }

    private Long offeringId;
    private CohortRole role;
    private boolean onlyMissing;
    private Map<BulkEnrolment.Outcome, Long> counts;
    private List<Row> notEnrolled = List.of();

    public void enrol() {
        FormErrors.attempt(FORM, () -> {
            if (offeringId == null) {
                throw new InvalidInputException("offeringId", "error.enrolment.offeringRequired");
            }
            List<BulkEnrolment.Placement> placements = enrolment.enrol(page.getId(), offeringId,
                    new CohortEnrolment.Selection(role, onlyMissing));
            Locale locale = LocalFormats.locale();
            counts = new LinkedHashMap<>();
            for (BulkEnrolment.Outcome outcome : BulkEnrolment.Outcome.values()) {
                counts.put(outcome, placements.stream().filter(p -> p.outcome() == outcome).count());
            }
            notEnrolled = placements.stream().filter(p -> p.outcome() != BulkEnrolment.Outcome.ENROLLED)
                    .limit(SHOWN).map(p -> new Row(p.name(), p.outcome(), p.waitlistPosition(),
                            String.join(" ", p.reasons().stream().map(r -> r.localized(locale)).toList())))
                    .toList();
            FormErrors.info("cohort.enrolled", counts.get(BulkEnrolment.Outcome.ENROLLED).intValue(),
                    counts.get(BulkEnrolment.Outcome.WAITLISTED).intValue(),
                    counts.get(BulkEnrolment.Outcome.REFUSED).intValue());
        });
    }

    /** The centre's offerings open for enrolment, soonest first; read when the form is drawn. */
    public Map<String, Long> getOfferings() {
        Map<String, Long> choices = new LinkedHashMap<>();
        for (Offering offering : offerings.page(new PageRequest(0, OFFERINGS, "startsOn", true,
                Map.of("status", OfferingStatus.OPEN.name()))).items()) {
            choices.put(offering.getCourse().getCode() + " · " + offering.getCourse().getTitle() + " · "
                    + LocalFormats.date(offering.getStartsOn()) + " (" + offering.getEnrolled() + "/"
                    + offering.getSeats() + ")", offering.getId());
        }
        return choices;
    }

    public long count(String outcome) {
        return counts == null ? 0 : counts.getOrDefault(BulkEnrolment.Outcome.valueOf(outcome), 0L);
    }

    public boolean isDone() {
        return counts != null;
    }

    public List<Row> getNotEnrolled() {
        return notEnrolled;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public void setOfferingId(Long offeringId) {
        this.offeringId = offeringId;
    }

    public CohortRole getRole() {
        return role;
    }

    public void setRole(CohortRole role) {
        this.role = role;
    }

    public boolean isOnlyMissing() {
        return onlyMissing;
    }

    public void setOnlyMissing(boolean onlyMissing) {
        this.onlyMissing = onlyMissing;
    }
}
