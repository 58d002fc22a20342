package org.peaceops.cadre.course.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.centre.CentreService;
import org.peaceops.cadre.course.CalendarEntry;
import org.peaceops.cadre.course.CalendarService;
import org.peaceops.cadre.course.Enrolment;
import org.peaceops.cadre.course.EnrolmentService;
import org.peaceops.cadre.course.FeedScope;
import org.peaceops.cadre.course.Qualification;
import org.peaceops.cadre.course.QualificationService;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.PageAccess;

/**
 * A trainee's own page: their enrolments, their qualifications, and their
 * sessions of the coming weeks in the centre's local time.
 */
@Named
@ViewScoped(saveInViewState = true)
public class MyTrainingView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How far ahead the coming sessions reach. */
    static final int AHEAD_DAYS = 60;

    @Inject
    EnrolmentService enrolments;

    @Inject
    QualificationService qualifications;

    @Inject
    CalendarService calendar;

    @Inject
    CentreService centres;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private List<Enrolment> enrolled = List.of();
    /** Where the person stands on each waitlist they are on, by enrolment id. */
    private java.util.Map<Long, Long> waitlistPositions = java.util.Map.of();
    private List<Qualification> held = List.of();
    private List<CalendarEntry> sessions = List.of();
    private String timeZone;

    public void requireTrainee() throws IOException {
        PageAccess.require(Role.TRAINEE);
    }

    @PostConstruct
    void load() {
        CurrentUser.Caller me = currentUser.caller();
        if (!me.roles().contains(Role.TRAINEE)) {
            return; // the view action sends "not allowed"; nothing to read
        }
        // "Today" is the centre's day, as the sessions' dates are the centre's.
        timeZone = centres.get(me.centreId()).getTimeZone();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
        enrolled = enrolments.mine();
        waitlistPositions = enrolments.waitlistPositions(enrolled);
        held = qualifications.mine();
        sessions = calendar.entries(FeedScope.TRAINEE, me.accountId(), today, today.plusDays(AHEAD_DAYS), false);
    }

    /** Judged on the services' day (UTC), as the scheduler judges it. */
    public QualificationStanding standing(Qualification qualification) {
        return QualificationStanding.of(qualification, LocalDate.now(clock));
    }

    /** What the qualification is for: the framework edition's code, else the course's. */
    public String targetOf(Qualification qualification) {
        return QualificationTarget.of(qualification);
    }

    public Long waitlistPosition(Enrolment enrolment) {
        return waitlistPositions.get(enrolment.getId());
    }

    public List<Enrolment> getEnrolments() {
        return enrolled;
    }

    public List<Qualification> getQualifications() {
        return held;
    }

    public List<CalendarEntry> getSessions() {
        return sessions;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public int getAheadDays() {
        return AHEAD_DAYS;
    }
}
