package org.peaceops.cadre.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.peaceops.cadre.platform.persistence.BaseEntity;
import org.peaceops.cadre.people.Person;

/**
 * A person's place on an offering, from enrolment to completion or
 * cancellation. A cancelled (withdrawn) enrolment stays as history; the
 * person may be enrolled again, as a new enrolment. The database lets only
 * one enrolment per person and offering hold a place: {@code activePersonId}
 * repeats the person while it does and is cleared on cancellation, and a
 * unique key on it (with the offering) counts only those.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id", nullable = false, updatable = false)
    private Offering offering;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(name = "active_person_id")
    private Long activePersonId;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    /** The place in the offering's waitlist, lowest first; only while WAITLISTED. */
    @Column(name = "waitlist_rank")
    private Long waitlistRank;

    protected Enrolment() {
    }

    Enrolment(Offering offering, Person person, Instant at) {
        this.offering = offering;
        this.person = person;
        this.enrolledAt = at;
        this.status = EnrolmentStatus.ENROLLED;
        this.activePersonId = person.getId();
    }

    /** Puts the person on the waitlist, behind everyone of a lower rank. */
    static Enrolment waitlisted(Offering offering, Person person, Instant at, long rank) {
        Enrolment enrolment = new Enrolment(offering, person, at);
        enrolment.status = EnrolmentStatus.WAITLISTED;
        enrolment.waitlistRank = rank;
        return enrolment;
    }

    /** A seat came free and is now this person's. */
    void promote() {
        this.status = EnrolmentStatus.ENROLLED;
        this.waitlistRank = null;
    }

    void complete(boolean passed, LocalDate on) {
        this.status = passed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NOT_COMPLETED;
        this.completedOn = passed ? on : null;
    }

    void cancel() {
        this.status = EnrolmentStatus.CANCELLED;
        this.activePersonId = null;
        this.waitlistRank = null;
    }

    public Offering getOffering() {
        return offering;
    }

    public Person getPerson() {
        return person;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Long getWaitlistRank() {
        return waitlistRank;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
