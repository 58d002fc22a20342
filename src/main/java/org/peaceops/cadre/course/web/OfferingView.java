package org.peaceops.cadre.course.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.centre.RoomService;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.course.CourseChoices;
import org.peaceops.cadre.course.CourseService;
import org.peaceops.cadre.course.CourseSession;
import org.peaceops.cadre.course.EnrolmentService;
import org.peaceops.cadre.course.Offering;
import org.peaceops.cadre.course.OfferingService;
import org.peaceops.cadre.course.OfferingStatus;
import org.peaceops.cadre.course.ScheduleService;
import org.peaceops.cadre.course.schedule.ScheduleConflict;
import org.peaceops.cadre.curriculum.CurriculumDraftService;
import org.peaceops.cadre.curriculum.CurriculumVersion;
import org.peaceops.cadre.curriculum.NodeKind;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.LocalFormats;

/**
 * One offering: its state and the actions that move it on, its timetable
 * (sessions checked for conflicts on every save) and its trainees.
 * Another centre's offering answers "not found", as the service does.
 */
@Named
@ViewScoped(saveInViewState = true)
public class OfferingView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE_FORM = "offeringPage";
    static final String EDIT_FORM = "offeringEditForm";
    static final String SESSION_FORM = "sessionForm";
    static final String ENROL_FORM = "enrolForm";
    static final String COMPLETE_FORM = "completeForm";

    @Inject
    OfferingService offerings;

    @Inject
    ScheduleService schedule;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CourseService courses;

    @Inject
    CourseChoices choices;

    @Inject
    RoomService rooms;

    @Inject
    CurriculumDraftService drafts;

    private Long id;
    private Long courseId;
    private OfferingHeader header;
    private List<SessionRow> sessions = List.of();
    private List<EnrolmentRow> trainees = List.of();
    /** Whether the person may see who is enrolled: staff, and the instructors who teach a session of it. */
    private boolean enrolmentsShown;
    private OfferingForm editForm = new OfferingForm();
    private SessionForm sessionForm = new SessionForm();
    private Long traineeToEnrol;
    private List<Long> passed = new ArrayList<>();
    /** The select lists of the session dialog, read once per page. */
    private LinkedHashMap<String, Long> lessonChoices;
    private LinkedHashMap<String, Long> roomChoices;
    private LinkedHashMap<String, Long> instructorChoices;
    private HashMap<Long, String> instructorNames;
    private LinkedHashMap<String, Long> traineeChoices;

    /** On opening; a missing or unknown offering, or one of another centre, ends on the 404 page. */
    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("Offering", null);
        }
        reload();
    }

    /** Header, sessions and trainees as stored now: every action changes the offering's version. */
    void reload() {
        Offering offering = offerings.get(id);
        courseId = offering.getCourse().getId();
        header = OfferingHeader.of(offering);
        Map<Long, String> names = instructorNames();
        sessions = schedule.sessions(id).stream().map(s -> SessionRow.of(s, header.zone(), names)).toList();
        enrolmentsShown = enrolments.seesEveryone(offering);
        trainees = enrolmentsShown ? enrolments.of(id).stream().map(EnrolmentRow::of).toList() : List.of();
        traineeChoices = null;
    }

    // ---- the offering itself

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
            long told = trainees.stream().filter(EnrolmentRow::isEnrolled).count();
            offerings.cancel(id, header.version());
            FormErrors.info("offering.cancelled", told);
            reload();
        });
    }

    /** Every enrolled trainee passes unless staff untick them. */
    public void startComplete() {
        passed = new ArrayList<>(trainees.stream().filter(EnrolmentRow::isEnrolled).map(EnrolmentRow::traineeId).toList());
    }

    public void complete() {
        FormErrors.attempt(COMPLETE_FORM, () -> {
            offerings.complete(id, header.version(), passed == null ? List.of() : List.copyOf(passed));
            FormErrors.info("offering.completed", passed == null ? 0 : passed.size());
            reload();
        });
    }

    // ---- sessions

    public void newSession() {
        sessionForm = SessionForm.startingOn(header.startsOn());
    }

    public void editSession(SessionRow row) {
        CourseSession session = schedule.get(row.id());
        sessionForm = SessionForm.of(session.getId(), session.getVersion(), schedule.detailsOf(session));
    }

    /** Lists what a save would meet, saving nothing. */
    public void checkSession() {
        FormErrors.attempt(SESSION_FORM, () -> {
            List<ScheduleConflict> found = schedule.check(id, sessionForm.getId(), sessionForm.details());
            if (found.isEmpty()) {
                FormErrors.info("session.noConflicts");
            }
            found.forEach(c -> addMessage(c.isHard() ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_WARN, c));
        });
    }

    /** Hard conflicts refuse the save and keep the dialog open; soft ones are shown once saved. */
    public void saveSession() {
        FormErrors.attempt(SESSION_FORM, () -> {
            ScheduleService.Saved saved = sessionForm.getId() == null
                    ? schedule.add(id, sessionForm.details())
                    : schedule.change(sessionForm.getId(), sessionForm.getVersion(), sessionForm.details());
            FormErrors.info("session.saved", saved.session().getTitle());
            saved.warnings().forEach(w -> addMessage(FacesMessage.SEVERITY_WARN, w));
            reload();
        });
    }

    public void cancelSession(SessionRow row) {
        FormErrors.attempt(PAGE_FORM, () -> {
            schedule.cancel(row.id(), row.version());
            FormErrors.info("session.cancelled", row.title());
            reload();
        });
    }

    private static void addMessage(FacesMessage.Severity severity, ScheduleConflict conflict) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = conflict.reason().localized(faces.getViewRoot().getLocale());
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    // ---- trainees

    /** Refused enrolments name every unmet prerequisite, one message each. */
    public void enrol() {
        FormErrors.attempt(ENROL_FORM, () -> {
            if (traineeToEnrol == null) {
                throw new org.peaceops.cadre.platform.InvalidInputException("traineeId", "error.enrolment.traineeUnknown");
            }
            enrolments.enrol(id, traineeToEnrol);
            FormErrors.info("offering.enrolled", traineeName(traineeToEnrol));
            traineeToEnrol = null;
            reload();
        });
    }

    public void withdraw(EnrolmentRow row) {
        FormErrors.attempt(PAGE_FORM, () -> {
            enrolments.withdraw(id, row.traineeId());
            FormErrors.info("offering.withdrawn", row.name());
            reload();
        });
    }

    private String traineeName(Long traineeId) {
        return getTraineeChoices().entrySet().stream().filter(e -> e.getValue().equals(traineeId)).map(Map.Entry::getKey)
                .findFirst().orElse(String.valueOf(traineeId));
    }

    // ---- choices

    /** Modules and the lessons under them, of the course's curriculum version, in tree order. */
    public Map<String, Long> getLessons() {
        if (lessonChoices == null) {
            lessonChoices = new LinkedHashMap<>();
            Course course = courses.get(courseId);
            CurriculumVersion version = course.getCurriculumVersion();
            drafts.tree(version.getCurriculum().getId(), version.getNumber()).stream()
                    .filter(node -> node.getKind() != NodeKind.OUTCOME)
                    .forEach(node -> lessonChoices.put((node.getKind() == NodeKind.LESSON ? "— " : "")
                            + node.getCode() + " · " + node.getTitle(), node.getId()));
        }
        return lessonChoices;
    }

    /** The centre's rooms with their capacity. */
    public Map<String, Long> getRooms() {
        if (roomChoices == null) {
            roomChoices = new LinkedHashMap<>();
            Locale locale = LocalFormats.locale();
            rooms.page(new PageRequest(0, PageRequest.MAX_LIMIT, "name", true, Map.of())).items()
                    .forEach(room -> roomChoices.put(Messages.format(locale, "session.roomChoice", room.getName(),
                            room.getCapacity()), room.getId()));
        }
        return roomChoices;
    }

    public Map<String, Long> getInstructors() {
        if (instructorChoices == null) {
            instructorChoices = new LinkedHashMap<>();
            instructorNames().forEach((instructorId, name) -> instructorChoices.put(name, instructorId));
        }
        return instructorChoices;
    }

    private Map<Long, String> instructorNames() {
        if (instructorNames == null) {
            instructorNames = new LinkedHashMap<>();
            for (Account instructor : choices.instructors()) {
                instructorNames.put(instructor.getId(), instructor.getDisplayName());
            }
        }
        return instructorNames;
    }

    /** The centre's trainees not enrolled on the offering now (a withdrawn trainee may come back). */
    public Map<String, Long> getTraineeChoices() {
        if (traineeChoices == null) {
            traineeChoices = new LinkedHashMap<>();
            Set<Long> enrolled = getEnrolled().stream().map(EnrolmentRow::traineeId).collect(Collectors.toSet());
            choices.trainees().stream().filter(t -> !enrolled.contains(t.getId()))
                    .forEach(t -> traineeChoices.put(t.getDisplayName() + " (" + t.getUsername() + ")", t.getId()));
        }
        return traineeChoices;
    }

    // ---- formats

    public String date(java.time.LocalDate date) {
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

    public OfferingHeader getHeader() {
        return header;
    }

    public List<SessionRow> getSessions() {
        return sessions;
    }

    public List<EnrolmentRow> getEnrolments() {
        return trainees;
    }

    public boolean isEnrolmentsShown() {
        return enrolmentsShown;
    }

    /** The trainees still enrolled: those the completion dialog lists. */
    public List<EnrolmentRow> getEnrolled() {
        return trainees.stream().filter(EnrolmentRow::isEnrolled).toList();
    }

    public OfferingForm getEditForm() {
        return editForm;
    }

    public SessionForm getSessionForm() {
        return sessionForm;
    }

    public Long getTraineeToEnrol() {
        return traineeToEnrol;
    }

    public void setTraineeToEnrol(Long traineeToEnrol) {
        this.traineeToEnrol = traineeToEnrol;
    }

    public List<Long> getPassed() {
        return passed;
    }

    public void setPassed(List<Long> passed) {
        this.passed = passed;
    }
}
