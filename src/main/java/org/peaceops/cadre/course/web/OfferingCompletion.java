package org.peaceops.cadre.course.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.course.OfferingService;
import org.peaceops.cadre.platform.web.FormErrors;

/** Completing an offering from its page: staff tick who passed among the trainees still enrolled. */
@Named
@ViewScoped(saveInViewState = true)
public class OfferingCompletion implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COMPLETE_FORM = "completeForm";

    @Inject
    OfferingView page;

    @Inject
    OfferingEnrolments trainees;

    @Inject
    OfferingService offerings;

    private List<Long> passed = new ArrayList<>();

    /** Every enrolled trainee passes unless staff untick them. */
    public void start() {
        passed = new ArrayList<>(trainees.getEnrolled().stream().map(EnrolmentRow::traineeId).toList());
    }

    public void complete() {
        FormErrors.attempt(COMPLETE_FORM, () -> {
            List<Long> passing = passed == null ? List.of() : List.copyOf(passed);
            offerings.complete(page.getId(), page.getHeader().version(), passing);
            FormErrors.info("offering.completed", passing.size());
            page.reload();
        });
    }

    public List<Long> getPassed() {
        return passed;
    }

    public void setPassed(List<Long> passed) {
        this.passed = passed;
    }
}
