package org.peaceops.cadre.course.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.course.CourseService;
import org.peaceops.cadre.course.Offering;
import org.peaceops.cadre.course.OfferingDetails;
import org.peaceops.cadre.course.OfferingService;
import org.peaceops.cadre.course.OfferingStatus;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.LocalFormats;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;
import org.primefaces.PrimeFaces;

/** The offerings page: the centre's runs of its courses, newest first; staff plan new ones. */
@Named
@ViewScoped(saveInViewState = true)
public class OfferingListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "offeringForm";

    @Inject
    OfferingService offerings;

    @Inject
    CourseService courses;

    private ServiceLazyDataModel<Offering> model;
    private OfferingForm form = new OfferingForm();
    /** Read when the dialog opens, so that a course added meanwhile is offered. */
    private LinkedHashMap<Long, CourseChoice> courseChoices = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        // Unsorted, the service lists the newest offerings first.
        model = ServiceLazyDataModel.ofEntities(offerings::page);
    }

    public void startNew() {
        form = new OfferingForm();
        courseChoices = new LinkedHashMap<>();
        courses.page(new PageRequest(0, PageRequest.MAX_LIMIT, "code", true, Map.of())).items()
                .forEach(course -> courseChoices.put(course.getId(), CourseChoice.of(course)));
    }

    /** A course was chosen: seats and language take what it proposes, and a last day is proposed. */
    public void courseChosen() {
        form.proposeFrom(chosen());
        proposeEnd();
    }

    /** The start moved: a last day at the course's usual length is proposed. */
    public void startChosen() {
        proposeEnd();
    }

    /**
     * Sends the proposed last day to the page rather than re-rendering the field:
     * the answer may arrive while the user is typing a last day of their own,
     * and what they typed must win (see cadre.proposeDate in cadre.js).
     */
    private void proposeEnd() {
        LocalDate end = form.proposedEnd(chosen());
        if (end != null) {
            PrimeFaces.current().ajax().addCallbackParam("proposedEnd", end.toString());
        }
    }

    public void save() {
        FormErrors.attempt(FORM, () -> {
            OfferingDetails details = form.details();
            Offering saved = offerings.add(form.getCourseId(), details);
            FormErrors.info("offering.saved", saved.label());
        });
    }

    private CourseChoice chosen() {
        return form.getCourseId() == null ? null : courseChoices.get(form.getCourseId());
    }

    public List<CourseChoice> getCourses() {
        return List.copyOf(courseChoices.values());
    }

    /** The chosen course's teaching languages; empty until a course is chosen. */
    public List<String> getLanguages() {
        CourseChoice course = chosen();
        return course == null ? List.of() : course.languages();
    }

    public List<OfferingStatus> getStatuses() {
        return List.of(OfferingStatus.values());
    }

    public String date(LocalDate date) {
        return LocalFormats.date(date);
    }

    public String languageName(String code) {
        return LocalFormats.languageName(code);
    }

    public ServiceLazyDataModel<Offering> getModel() {
        return model;
    }

    public OfferingForm getForm() {
        return form;
    }
}
