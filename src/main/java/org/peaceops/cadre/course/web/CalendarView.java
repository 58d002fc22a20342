package org.peaceops.cadre.course.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.course.CalendarEntry;
import org.peaceops.cadre.course.CalendarService;
import org.peaceops.cadre.course.FeedScope;
import org.peaceops.cadre.course.ScheduleService;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.FormErrors;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The training calendar of the centre, one of its rooms or one instructor.
 * The schedule works on the centre's wall clock: the sessions' local times
 * are given to it as they are and it shows them without conversion (its
 * zones are both UTC), so whatever the browser's zone, 09:00 on screen is
 * 09:00 at the centre. Staff move sessions by dragging them; the rules are
 * checked again and a refused move snaps back.
 */
@Named
@ViewScoped(saveInViewState = true)
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "calendarForm";
    /** The wall-clock zone of the schedule component; see the class comment. */
    public static final String WALL_CLOCK = "UTC";

    @Inject
    CalendarService calendar;

    @Inject
    ScheduleService schedule;

    @Inject
    SessionChoices sessionChoices;

    @Inject
    CurrentUser currentUser;

    private FeedScope scope = FeedScope.CENTRE;
    private Long roomId;
    private Long instructorId;
    private LocalDate date;
    private String view = "timeGridWeek";
    private boolean staff;
    private Long centreId;
    private Long myId;
    private ScheduleModel model;

    /** What one event stands for: the session and its times when it was read, for the move that follows. */
    record Booked(long sessionId, long version, LocalDateTime start, LocalDateTime end) implements Serializable {
    }

    @PostConstruct
    void init() {
        CurrentUser.Caller caller = currentUser.caller();
        staff = caller.roles().contains(Role.CENTRE_STAFF);
        centreId = caller.centreId();
        myId = caller.accountId();
        if (!staff && caller.roles().contains(Role.INSTRUCTOR)) {
            instructorId = myId;
        }
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                entries(start, end).forEach(this::addEvent);
            }
        };
    }

    /** One service call for the visible range; a scope left without its room or instructor shows nothing. */
    List<ScheduleEvent<?>> entries(LocalDateTime start, LocalDateTime end) {
        Long target = targetId();
        if (target == null) {
            return List.of();
        }
        LocalDate last = end.minusNanos(1).toLocalDate();
        return FormErrors.attempt(FORM, () -> calendar.entries(scope, target, start.toLocalDate(), last, false)
                .stream().<ScheduleEvent<?>>map(this::event).toList(), List.of());
    }

    private ScheduleEvent<?> event(CalendarEntry entry) {
        String where = entry.roomName() == null ? "" : " · " + entry.roomName();
        return DefaultScheduleEvent.<Booked>builder()
                .id(String.valueOf(entry.sessionId()))
                .title(entry.title() + where + " · " + entry.offeringLabel())
                .description(entry.courseTitle() + (entry.instructors().isEmpty() ? ""
                        : " · " + String.join(", ", entry.instructors())))
                .startDate(entry.localStart())
                .endDate(entry.localEnd())
                .data(new Booked(entry.sessionId(), entry.version(), entry.localStart(), entry.localEnd()))
                .draggable(staff)
                .resizable(staff)
                // The browser may not refuse a drop next to another session on its own (silently, and also
                // for another room): the scheduling rules decide, and a refusal names its reasons.
                .overlapAllowed(true)
                .styleClass("cadre-session")
                .build();
    }

    private Long targetId() {
        return switch (scope) {
            case CENTRE -> centreId;
            case ROOM -> roomId;
            case INSTRUCTOR -> instructorId;
            case TRAINEE -> null;
        };
    }

    /** A drag to another time: same length, new local start. */
    public void onMove(ScheduleEntryMoveEvent event) {
        Booked booked = booked(event.getScheduleEvent());
        move(booked, shift(booked.start(), event.getYearDelta(), event.getMonthDelta(), event.getDayDelta(),
                event.getMinuteDelta()), shift(booked.end(), event.getYearDelta(), event.getMonthDelta(),
                event.getDayDelta(), event.getMinuteDelta()));
    }

    /** A drag of the end (or start) edge: a longer or shorter session. */
    public void onResize(ScheduleEntryResizeEvent event) {
        Booked booked = booked(event.getScheduleEvent());
        move(booked, shift(booked.start(), event.getYearDeltaStart(), event.getMonthDeltaStart(),
                        event.getDayDeltaStart(), event.getMinuteDeltaStart()),
                shift(booked.end(), event.getYearDeltaEnd(), event.getMonthDeltaEnd(), event.getDayDeltaEnd(),
                        event.getMinuteDeltaEnd()));
    }

    /**
     * Asks the service to move the session. Whatever the answer, the page then
     * reloads the visible range, so a refused move goes back to where it was
     * and an accepted one carries its new version.
     */
    private void move(Booked booked, LocalDateTime start, LocalDateTime end) {
        FormErrors.attempt(FORM, () -> {
            ScheduleService.Saved saved = schedule.move(booked.sessionId(), booked.version(), start, end);
            FormErrors.info("calendar.moved", saved.session().getTitle());
            FacesContext faces = FacesContext.getCurrentInstance();
            saved.warnings().forEach(w -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    w.reason().localized(faces.getViewRoot().getLocale()), null)));
        });
    }

    /**
     * "Go to date": the page again, opened on the week (or month, or day) of the date picked, as the
     * address says (a view parameter), so that it can be kept or shared like any other calendar address.
     */
    public void goTo() throws IOException {
        if (date != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/calendar.xhtml?view=" + view + "&date=" + date);
        }
    }

    private static Booked booked(ScheduleEvent<?> event) {
        return (Booked) event.getData();
    }

    private static LocalDateTime shift(LocalDateTime at, int years, int months, int days, int minutes) {
        return at.plusYears(years).plusMonths(months).plusDays(days).plusMinutes(minutes);
    }

    public List<FeedScope> getScopes() {
        return List.of(FeedScope.CENTRE, FeedScope.ROOM, FeedScope.INSTRUCTOR);
    }

    /** Staff may look at any instructor's calendar; an instructor only at their own. */
    public Map<String, Long> getInstructors() {
        Map<String, Long> all = sessionChoices.getInstructors();
        if (staff) {
            return all;
        }
        Map<String, Long> own = new LinkedHashMap<>();
        all.forEach((name, id) -> {
            if (id.equals(myId)) {
                own.put(name, id);
            }
        });
        return own;
    }

    public boolean isStaff() {
        return staff;
    }

    public ScheduleModel getModel() {
        return model;
    }

    public FeedScope getScope() {
        return scope;
    }

    public void setScope(FeedScope scope) {
        this.scope = scope == null ? FeedScope.CENTRE : scope;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getInstructorId() {
        return instructorId;
    }

    public void setInstructorId(Long instructorId) {
        this.instructorId = instructorId;
    }

    /** The day the schedule opens on (a view parameter); today's week when absent. */
    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** The schedule's first view: month, week (default) or day, as a view parameter. */
    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = switch (view == null ? "" : view) {
            case "month", "dayGridMonth" -> "dayGridMonth";
            case "day", "timeGridDay" -> "timeGridDay";
            default -> "timeGridWeek";
        };
    }
}
