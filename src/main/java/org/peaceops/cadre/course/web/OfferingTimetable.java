package org.peaceops.cadre.course.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.course.CourseService;
import org.peaceops.cadre.course.CourseSession;
import org.peaceops.cadre.course.ScheduleService;
import org.peaceops.cadre.course.schedule.ScheduleConflict;
import org.peaceops.cadre.curriculum.CurriculumDraftService;
import org.peaceops.cadre.curriculum.CurriculumVersion;
import org.peaceops.cadre.curriculum.NodeKind;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.web.FormErrors;

/** An offering's timetable on its page: the sessions, and the dialog that adds or changes one, checked for conflicts. */
@Named
@ViewScoped(saveInViewState = true)
public class OfferingTimetable implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SESSION_FORM = "sessionForm";

    @Inject
    OfferingView page;

    @Inject
    ScheduleService schedule;

    @Inject
    CurrentUser currentUser;

    @Inject
    CourseService courses;

    @Inject
    CurriculumDraftService drafts;

    @Inject
    SessionChoices choices;

    private List<SessionRow> sessions;
    private int readAt = -1;
    private SessionForm sessionForm = new SessionForm();
    /** The lessons of the session dialog, read once per page. */
    private LinkedHashMap<String, Long> lessonChoices;

    public List<SessionRow> getSessions() {
        if (sessions == null || readAt != page.revision()) {
            OfferingHeader header = page.getHeader();
            Map<Long, String> names = choices.instructorNames();
            Long reader = currentUser.caller().accountId();
            sessions = schedule.sessions(page.getId()).stream().map(s -> SessionRow.of(s, header.zone(), names, reader))
                    .toList();
            readAt = page.revision();
        }
        return sessions;
    }

    public void newSession() {
        sessionForm = SessionForm.startingOn(page.getHeader().startsOn());
    }

    public void editSession(SessionRow row) {
        CourseSession session = schedule.get(row.id());
        sessionForm = SessionForm.of(session.getId(), session.getVersion(), schedule.detailsOf(session));
    }

    /** Lists what a save would meet, saving nothing. */
    public void checkSession() {
        FormErrors.attempt(SESSION_FORM, () -> {
            List<ScheduleConflict> found = schedule.check(page.getId(), sessionForm.getId(), sessionForm.details());
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
                    ? schedule.add(page.getId(), sessionForm.details())
                    : schedule.change(sessionForm.getId(), sessionForm.getVersion(), sessionForm.details());
            FormErrors.info("session.saved", saved.session().getTitle());
            saved.warnings().forEach(w -> addMessage(FacesMessage.SEVERITY_WARN, w));
            page.reload();
        });
    }

    public void cancelSession(SessionRow row) {
        FormErrors.attempt(OfferingView.PAGE_FORM, () -> {
            schedule.cancel(row.id(), row.version());
            FormErrors.info("session.cancelled", row.title());
            page.reload();
        });
    }

    private static void addMessage(FacesMessage.Severity severity, ScheduleConflict conflict) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = conflict.reason().localized(faces.getViewRoot().getLocale());
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    /** Modules and the lessons under them, of the course's curriculum version, in tree order. */
    public Map<String, Long> getLessons() {
        if (lessonChoices == null) {
            lessonChoices = new LinkedHashMap<>();
            CurriculumVersion version = courses.get(page.courseId()).getCurriculumVersion();
            drafts.tree(version.getCurriculum().getId(), version.getNumber()).stream()
                    .filter(node -> node.getKind() != NodeKind.OUTCOME)
                    .forEach(node -> lessonChoices.put((node.getKind() == NodeKind.LESSON ? "— " : "")
                            + node.getCode() + " · " + node.getTitle(), node.getId()));
        }
        return lessonChoices;
    }

    public SessionForm getSessionForm() {
        return sessionForm;
    }
}
