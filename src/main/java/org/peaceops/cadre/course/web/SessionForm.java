package org.peaceops.cadre.course.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.cadre.course.SessionDetails;

/**
 * The session dialog's fields: a day and two times of day, all in the
 * centre's local time (the service places them in the centre's zone).
 */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Long lessonId;
    private String title;
    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;
    private Long roomId;
    private Long leadInstructorId;
    private List<Long> assistingInstructorIds = new ArrayList<>();

    /** A new session on the offering's first day, in the morning. */
    static SessionForm startingOn(LocalDate day) {
        SessionForm form = new SessionForm();
        form.date = day;
        form.startTime = LocalTime.of(9, 0);
        form.endTime = LocalTime.of(10, 30);
        return form;
    }

    static SessionForm of(long id, long version, SessionDetails details) {
        SessionForm form = new SessionForm();
        form.id = id;
        form.version = version;
        form.lessonId = details.lessonId();
        form.title = details.title();
        form.date = details.startsAt().toLocalDate();
        form.startTime = details.startsAt().toLocalTime();
        form.endTime = details.endsAt().toLocalTime();
        form.roomId = details.roomId();
        form.leadInstructorId = details.leadInstructorId();
        form.assistingInstructorIds = new ArrayList<>(details.assistingInstructorIds());
        return form;
    }

    /** A missing day or time leaves the date-time empty, which the service refuses beside the field. */
    SessionDetails details() {
        return new SessionDetails(title, lessonId, at(startTime), at(endTime), roomId, leadInstructorId,
                assistingInstructorIds == null ? List.of() : List.copyOf(assistingInstructorIds));
    }

    private LocalDateTime at(LocalTime time) {
        return date == null || time == null ? null : date.atTime(time);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public void setLessonId(Long lessonId) {
        this.lessonId = lessonId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
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

    public List<Long> getAssistingInstructorIds() {
        return assistingInstructorIds;
    }

    public void setAssistingInstructorIds(List<Long> assistingInstructorIds) {
        this.assistingInstructorIds = assistingInstructorIds;
    }
}
