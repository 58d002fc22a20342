package org.peaceops.cadre.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * One run of a course at a centre, between two dates of the centre's calendar.
 * The number of enrolled trainees is kept here too, so that a conditional
 * update can refuse the seat after the last one under concurrency.
 */
@Entity
@Table(name = "offering")
public class Offering extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private TrainingCentre centre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private OfferingStatus status;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false)
    private int seats;

    @Column(nullable = false)
    private int enrolled;

    @Column(length = 1000)
    private String note;

    protected Offering() {
    }

    Offering(Course course) {
        this.course = course;
        this.centre = course.getCentre();
        this.status = OfferingStatus.PLANNED;
    }

    void describe(OfferingDetails details) {
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.language = details.language();
        this.seats = details.seats();
        this.note = details.note();
    }

    /** Refuses changes to a completed or cancelled offering. */
    void requireOpenForChange() {
        if (status.isClosed()) {
            throw new ConflictException("error.offering.closed", Messages.label(status));
        }
    }

    void moveTo(OfferingStatus next) {
        requireOpenForChange();
        this.status = next;
    }

    void releaseAllSeats() {
        this.enrolled = 0;
    }

    public boolean belongsTo(Long centreId) {
        return centre.getId().equals(centreId);
    }

    /** The offering's title as lists and calendars show it: course code and start date. */
    public String label() {
        return course.getCode() + " " + startsOn;
    }

    public TrainingCentre getCentre() {
        return centre;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public OfferingStatus getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public int getSeats() {
        return seats;
    }

    public int getEnrolled() {
        return enrolled;
    }

    public String getNote() {
        return note;
    }
}
