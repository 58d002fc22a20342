package org.peaceops.cadre.course.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.centre.WorkingDay;
import org.peaceops.cadre.course.Offering;
import org.peaceops.cadre.course.OfferingService;
import org.peaceops.cadre.course.TimetablePlan;
import org.peaceops.cadre.course.TimetableService;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.LocalFormats;

/**
 * The "lay out from the curriculum" dialog of the offering page: staff choose
 * the room, the lead instructor and the day's hours (the centre's to start
 * with), look at the proposed sessions and their conflicts, and save them all
 * or close the dialog having saved nothing. Its own bean, so that the
 * offering page's bean stays about one thing.
 */
@Named
@ViewScoped(saveInViewState = true)
public class TimetableLayoutView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "layoutForm";

    @Inject
    OfferingService offerings;

    @Inject
    TimetableService timetables;

    @Inject
    OfferingView page;

    private Long offeringId;
    private long offeringVersion;
    private Long roomId;
    private Long leadInstructorId;
    private LocalTime dayStarts;
    private LocalTime dayEnds;
    private String breaks;
    private List<Row> proposed = List.of();

    /** A proposed session as the dialog lists it, its conflicts already in the reader's language. */
    public record Row(String title, LocalDateTime start, LocalDateTime end, boolean blocked, List<String> conflicts)
            implements Serializable {
    }

    /** Opens the dialog with the centre's working day and nothing proposed yet. */
    public void start(Long id) {
        Offering offering = offerings.get(id);
        WorkingDay day = offering.getCentre().workingDay();
        offeringId = id;
        offeringVersion = offering.getVersion();
        roomId = null;
        leadInstructorId = null;
        dayStarts = day.start();
        dayEnds = day.end();
        breaks = day.breaksText();
        proposed = List.of();
    }

    public void preview() {
        java.util.Locale locale = LocalFormats.locale();
        proposed = FormErrors.attempt(FORM, () -> timetables.preview(offeringId, plan()).stream()
                .map(p -> new Row(p.details().title(), p.details().startsAt(), p.details().endsAt(), p.blocked(),
                        p.conflicts().stream().map(c -> c.reason().localized(locale)).toList())).toList(), List.of());
        if (!proposed.isEmpty()) {
            FormErrors.info("timetable.proposed", proposed.size(), proposed.stream().filter(Row::blocked).count());
        }
    }

    /** Saves every proposed session or none; a refusal keeps the dialog open with every conflict. */
    public void save() {
        FormErrors.attempt(FORM, () -> {
            int saved = timetables.apply(offeringId, offeringVersion, plan()).size();
            FormErrors.info("timetable.saved", saved);
            proposed = List.of();
            page.reload();
        });
    }

    private TimetablePlan plan() {
        return new TimetablePlan(roomId, leadInstructorId, dayStarts, dayEnds, WorkingDay.parseBreaks(breaks));
    }

    public String time(LocalDateTime at) {
        return LocalFormats.dateTime(at);
    }

    public List<Row> getProposed() {
        return proposed;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getLeadInstructorId() {
        return leadInstructorId;
    }

    public void setLeadInstructorId(Long leadInstructorId) {
        this.leadInstructorId = leadInstructorId;
    }

    public LocalTime getDayStarts() {
        return dayStarts;
    }

    public void setDayStarts(LocalTime dayStarts) {
        this.dayStarts = dayStarts;
    }

    public LocalTime getDayEnds() {
        return dayEnds;
    }

    public void setDayEnds(LocalTime dayEnds) {
        this.dayEnds = dayEnds;
    }

    public String getBreaks() {
        return breaks;
    }

    public void setBreaks(String breaks) {
        this.breaks = breaks;
    }
}
