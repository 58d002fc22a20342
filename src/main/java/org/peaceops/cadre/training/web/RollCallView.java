package org.peaceops.cadre.training.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.course.CourseSession;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.PageAccess;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;
import org.peaceops.cadre.training.AttendanceChange;
import org.peaceops.cadre.training.AttendanceMark;
import org.peaceops.cadre.training.AttendanceService;
import org.peaceops.cadre.training.RollCallCounts;
import org.peaceops.cadre.training.RollCallEntry;

/**
 * A session's roll call, made for a tablet in a classroom: everyone not yet
 * marked becomes present in one tap, then each exception is one tap on the
 * person's row. Staff who do not teach the session give a reason before
 * they change a mark already given.
 */
@Named
@ViewScoped(saveInViewState = true)
public class RollCallView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "rollCallForm";

    @Inject
    AttendanceService attendance;

    @Inject
    Clock clock;

    private Long id;
    private RollCallHeader header;
    private RollCallCounts counts;
    private String reason;
    private final ServiceLazyDataModel<RollCallEntry> model =
            new ServiceLazyDataModel<>(this::page, entry -> entry.person().getId());

    /** On opening: the session's instructors and the centre's staff; any other session is "not found" or refused. */
    public void load() throws IOException {
        PageAccess.require(Role.CENTRE_STAFF, Role.INSTRUCTOR);
        if (FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        if (id == null) {
            throw new RecordNotFoundException("Session", null);
        }
        CourseSession session = attendance.session(id);
        header = RollCallHeader.of(session, LocalDate.now(clock.withZone(session.getCentre().zone())),
                attendance.teaches(session));
        counts = attendance.counts(id);
    }

    private Page<RollCallEntry> page(PageRequest request) {
        return attendance.roll(id, request);
    }

    public void markUnmarkedPresent() {
        FormErrors.attempt(FORM, () -> {
            counts = attendance.markUnmarkedPresent(id);
            FormErrors.info("attendance.allMarked");
        });
    }

    /** Gives one person a mark; a refusal (a correction without its reason) leaves the row as it was. */
    public void mark(RollCallEntry entry, AttendanceMark mark) {
        FormErrors.attempt(FORM, () -> {
            String note = entry.attendance() == null ? null : entry.attendance().getNote();
            counts = attendance.record(id, List.of(new AttendanceChange(entry.person().getId(), mark, note)), reason);
        });
    }

    public AttendanceMark[] getMarks() {
        return AttendanceMark.values();
    }

    public ServiceLazyDataModel<RollCallEntry> getModel() {
        return model;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RollCallHeader getHeader() {
        return header;
    }

    public RollCallCounts getCounts() {
        return counts;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
