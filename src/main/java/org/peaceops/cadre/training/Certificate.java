package org.peaceops.cadre.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.course.Enrolment;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/** The proof that a person completed an offering: a code anyone may check, until staff revoke it. */
@Entity
@Table(name = "certificate")
public class Certificate extends BaseEntity {

    /** The longest reason a revocation keeps. */
    public static final int REASON_LENGTH = 300;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private TrainingCentre centre;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Column(name = "revoked_reason", length = REASON_LENGTH)
    private String revokedReason;

    protected Certificate() {
    }

    Certificate(Enrolment enrolment, String code, LocalDate issuedOn) {
        this.enrolment = enrolment;
        this.person = enrolment.getPerson();
        this.centre = enrolment.getOffering().getCentre();
        this.code = code;
        this.issuedOn = issuedOn;
    }

    void revoke(String reason, String by, Instant at) {
        this.revokedReason = reason;
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public Person getPerson() {
        return person;
    }

    public TrainingCentre getCentre() {
        return centre;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokedReason() {
        return revokedReason;
    }
}
