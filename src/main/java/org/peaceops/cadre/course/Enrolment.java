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
import org.peaceops.cadre.platform.security.Account;

/**
 * A trainee's place on an offering, from enrolment to completion or
 * cancellation. A cancelled (withdrawn) enrolment stays as history; the
 * trainee may be enrolled again, as a new enrolment. The database lets only
 * one enrolment per trainee and offering hold a place: {@code activeTraineeId}
 * repeats the trainee while it does and is cleared on cancellation, and a
 * unique key on it (with the offering) counts only those.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id", nullable = false, updatable = false)
    private Offering offering;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
    private Account trainee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(name = "active_trainee_id")
    private Long activeTraineeId;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected Enrolment() {
    }

    Enrolment(Offering offering, Account trainee, Instant at) {
        this.offering = offering;
        this.trainee = trainee;
        this.enrolledAt = at;
        this.status = EnrolmentStatus.ENROLLED;
        this.activeTraineeId = trainee.getId();
    }

    void complete(boolean passed, LocalDate on) {
        this.status = passed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NOT_COMPLETED;
        this.completedOn = passed ? on : null;
    }

    void cancel() {
        this.status = EnrolmentStatus.CANCELLED;
        this.activeTraineeId = null;
    }

    public Offering getOffering() {
        return offering;
    }

    public Account getTrainee() {
        return trainee;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
