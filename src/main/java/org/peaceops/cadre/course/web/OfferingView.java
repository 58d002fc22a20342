package org.peaceops.cadre.course.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.course.EnrolmentService;
import org.peaceops.cadre.course.Offering;
import org.peaceops.cadre.course.OfferingService;
import org.peaceops.cadre.course.OfferingStatus;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.LocalFormats;

/**
 * One offering's page: its header and the actions that move the offering on.
 * The timetable ({@link OfferingTimetable}), the trainees
 * ({@link OfferingEnrolments}) and completion ({@link OfferingCompletion}) are
 * their own beans; each reads what it shows again after any change here or
 * there, since every change moves the offering's version on
 * ({@link #revision()}). Another centre's offering answers "not found", as the
 * service does.
 */
@Named
@ViewScoped(saveInViewState = true)
public class OfferingView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE_FORM = "offeringPage";
    static final String EDIT_FORM = "offeringEditForm";

    @Inject
    OfferingService offerings;

    @Inject
    EnrolmentService enrolments;

    private Long id;
    private Long courseId;
    private OfferingHeader header;
    /** Whether the person may see who is enrolled: staff, and the instructors who teach a session of it. */
    private boolean enrolmentsShown;
    private int revision;
    private OfferingForm editForm = new OfferingForm();

    /** On opening; a missing or unknown offering, or one of another centre, ends on the 404 page. */
    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("Offering", null);
        }
        reload();
    }

    /** Reads the offering again after a change, and tells the page's parts to read theirs again. */
    void reload() {
        Offering offering = offerings.get(id);
        courseId = offering.getCourse().getId();
        header = OfferingHeader.of(offering);
        enrolmentsShown = enrolments.seesEveryone(offering);
        revision++;
    }

    /** Moves on with every reload: a part that read its rows at an older revision reads them again. */
    int revision() {
        return revision;
    }

    public void startEdit() {
        editForm = OfferingForm.of(offerings.get(id));
    }

    public void saveEdit() {
        FormErrors.attempt(EDIT_FORM, () -> {
            Offering saved = offerings.change(id, header.version(), editForm.details());
            FormErrors.info("offering.saved", saved.label());
            reload();
        });
    }

    public void open() {
        advance(OfferingStatus.OPEN, "offering.opened");
    }

    public void start() {
        advance(OfferingStatus.RUNNING, "offering.started");
    }

    private void advance(OfferingStatus next, String confirmation) {
        FormErrors.attempt(PAGE_FORM, () -> {
            offerings.advance(id, header.version(), next);
            FormErrors.info(confirmation);
            reload();
        });
    }

    /** Cancels the offering; the service cancels its sessions and enrolments and tells each trainee. */
    public void cancel() {
        FormErrors.attempt(PAGE_FORM, () -> {
            int told = header.enrolled();
            offerings.cancel(id, header.version());
            FormErrors.info("offering.cancelled", told);
            reload();
        });
    }

    // ---- formats

    public String date(LocalDate date) {
        return LocalFormats.date(date);
    }

    public String day(LocalDateTime at) {
        return LocalFormats.date(at.toLocalDate());
    }

    public String time(LocalDateTime at) {
        return LocalFormats.time(at.toLocalTime());
    }

    public String languageName(String code) {
        return LocalFormats.languageName(code);
    }

    // ---- properties

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    Long courseId() {
        return courseId;
    }

    public OfferingHeader getHeader() {
        return header;
    }

    public boolean isEnrolmentsShown() {
        return enrolmentsShown;
    }

    public OfferingForm getEditForm() {
        return editForm;
    }
}
