package org.peaceops.cadre.course.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.course.CourseChoices;
import org.peaceops.cadre.course.EnrolmentService;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.web.FormErrors;

/**
 * The trainees of an offering on its page: who is enrolled (shown to staff and
 * the offering's instructors only), enrolling one of the centre's trainees and
 * withdrawing one.
 */
@Named
@ViewScoped(saveInViewState = true)
public class OfferingEnrolments implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ENROL_FORM = "enrolForm";

    @Inject
    OfferingView page;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CourseChoices choices;

    private List<EnrolmentRow> rows;
    private int readAt = -1;
    private Long traineeToEnrol;
    private LinkedHashMap<String, Long> traineeChoices;

    public List<EnrolmentRow> getEnrolments() {
        if (rows == null || readAt != page.revision()) {
            rows = page.isEnrolmentsShown()
                    ? enrolments.of(page.getId()).stream().map(EnrolmentRow::of).toList() : List.of();
            traineeChoices = null;
            readAt = page.revision();
        }
        return rows;
    }

    /** The trainees still enrolled: those who may pass. */
    public List<EnrolmentRow> getEnrolled() {
        return getEnrolments().stream().filter(EnrolmentRow::isEnrolled).toList();
    }

    /** Refused enrolments name every unmet prerequisite, one message each. */
    public void enrol() {
        FormErrors.attempt(ENROL_FORM, () -> {
            if (traineeToEnrol == null) {
                throw new InvalidInputException("traineeId", "error.enrolment.traineeUnknown");
            }
            enrolments.enrol(page.getId(), traineeToEnrol);
            FormErrors.info("offering.enrolled", traineeName(traineeToEnrol));
            traineeToEnrol = null;
            page.reload();
        });
    }

    public void withdraw(EnrolmentRow row) {
        FormErrors.attempt(OfferingView.PAGE_FORM, () -> {
            enrolments.withdraw(page.getId(), row.traineeId());
            FormErrors.info("offering.withdrawn", row.name());
            page.reload();
        });
    }

    private String traineeName(Long traineeId) {
        return getTraineeChoices().entrySet().stream().filter(e -> e.getValue().equals(traineeId))
                .map(Map.Entry::getKey).findFirst().orElse(String.valueOf(traineeId));
    }

    /** The centre's trainees not enrolled on the offering now (a withdrawn trainee may come back). */
    public Map<String, Long> getTraineeChoices() {
        List<EnrolmentRow> current = getEnrolments();
        if (traineeChoices == null) {
            traineeChoices = new LinkedHashMap<>();
            Set<Long> enrolled = current.stream().filter(EnrolmentRow::isEnrolled).map(EnrolmentRow::traineeId)
                    .collect(Collectors.toSet());
            choices.trainees().stream().filter(t -> !enrolled.contains(t.getId()))
                    .forEach(t -> traineeChoices.put(t.getDisplayName() + " (" + t.getUsername() + ")", t.getId()));
        }
        return traineeChoices;
    }

    public Long getTraineeToEnrol() {
        return traineeToEnrol;
    }

    public void setTraineeToEnrol(Long traineeToEnrol) {
        this.traineeToEnrol = traineeToEnrol;
    }
}
