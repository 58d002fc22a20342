package org.peaceops.cadre.course.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.peaceops.cadre.course.Offering;
import org.peaceops.cadre.course.OfferingDetails;

/** The offering dialog's fields while the user edits them; checked by the service on save. */
public class OfferingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Long courseId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String language;
    private Integer seats;
    private String note;

    static OfferingForm of(Offering offering) {
        OfferingForm form = new OfferingForm();
        form.id = offering.getId();
        form.version = offering.getVersion();
        form.courseId = offering.getCourse().getId();
        form.startsOn = offering.getStartsOn();
        form.endsOn = offering.getEndsOn();
        form.language = offering.getLanguage();
        form.seats = offering.getSeats();
        form.note = offering.getNote();
        return form;
    }

    /** Empty seats count as 0, which the service refuses beside the field. */
    OfferingDetails details() {
        return new OfferingDetails(startsOn, endsOn, language, seats == null ? 0 : seats, note);
    }

    /**
     * What a chosen course proposes: all its seats, and its language when it
     * has only one or the chosen one is not among them. Its usual length is
     * offered for the last day by {@link #proposedEnd}, which the page puts in
     * only where the user has not typed a last day of their own.
     */
    void proposeFrom(CourseChoice course) {
        if (course == null) {
            return;
        }
        seats = course.maxSeats();
        if (language == null || !course.languages().contains(language)) {
            language = course.languages().isEmpty() ? null : course.languages().get(0);
        }
    }

    /** The last day at the course's usual length from the first day; null without a course or a first day. */
    LocalDate proposedEnd(CourseChoice course) {
        return course == null || startsOn == null ? null : startsOn.plusDays(Math.max(course.defaultDays(), 1) - 1L);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
