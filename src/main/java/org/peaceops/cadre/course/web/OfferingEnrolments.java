package org.peaceops.cadre.course.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.course.Enrolment;
import org.peaceops.cadre.course.EnrolmentService;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.people.PersonService;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.web.FormErrors;

/**
 * The trainees of an offering on its page: who is enrolled (shown to staff and
 * the offering's instructors only), enrolling one of the centre's people and
 * withdrawing one.
 */
@Named
@ViewScoped(saveInViewState = true)
public class OfferingEnrolments implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ENROL_FORM = "enrolForm";
    private static final int SUGGESTIONS = 15;

    @Inject
    OfferingView page;

    @Inject
    EnrolmentService enrolments;

    @Inject
    PersonService people;

    private List<EnrolmentRow> rows;
    private int readAt = -1;
    private Long traineeToEnrol;
    /** Names of the people last suggested, so that the chosen id shows as a name. */
    private final HashMap<Long, String> traineeNames = new HashMap<>();

    public List<EnrolmentRow> getEnrolments() {
        if (rows == null || readAt != page.revision()) {
            rows = List.of();
            if (page.isEnrolmentsShown()) {
                List<Enrolment> list = enrolments.of(page.getId());
                Map<Long, Long> positions = enrolments.waitlistPositions(list);
                rows = list.stream().map(e -> EnrolmentRow.of(e, positions.get(e.getId()))).toList();
            }
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

    /**
     * People of the centre whose name, sign-in name or service number matches
     * what was typed, not enrolled now (a withdrawn person may come back).
     */
    public List<Long> completeTrainee(String text) {
        Set<Long> enrolled = getEnrolments().stream().filter(EnrolmentRow::isPlaced).map(EnrolmentRow::traineeId)
                .collect(Collectors.toSet());
        Map<String, String> filter = text == null || text.isBlank() ? Map.of() : Map.of(PersonService.SEARCH, text);
        List<Person> found = people.page(new PageRequest(0, SUGGESTIONS, "familyName", true, filter)).items()
                .stream().filter(person -> !enrolled.contains(person.getId())).toList();
        found.forEach(person -> traineeNames.put(person.getId(), person.reference().isEmpty()
                ? person.getDisplayName() : person.getDisplayName() + " (" + person.reference() + ")"));
        return found.stream().map(Person::getId).toList();
    }

    public String traineeName(Long id) {
        return id == null ? "" : traineeNames.getOrDefault(id, String.valueOf(id));
    }

    public Long getTraineeToEnrol() {
        return traineeToEnrol;
    }

    public void setTraineeToEnrol(Long traineeToEnrol) {
        this.traineeToEnrol = traineeToEnrol;
    }
}
