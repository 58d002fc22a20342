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
import java.util.Objects;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.curriculum.FrameworkEdition;
import org.peaceops.cadre.platform.persistence.BaseEntity;
import org.peaceops.cadre.people.Person;

/**
 * What a person may do, from an issue date to an expiry date (inclusive):
 * deliver a framework edition or a course as a master trainer, or count as a
 * commander course graduate. Granted on completing a course here, or recorded
 * by staff with the evidence of training elsewhere.
 */
@Entity
@Table(name = "qualification")
public class Qualification extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person holder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private TrainingCentre centre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private QualificationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_edition_id")
    private FrameworkEdition frameworkEdition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QualificationSource source;

    @Column(length = 500)
    private String evidence;

    @Column(name = "offering_id")
    private Long offeringId;

    protected Qualification() {
    }

    Qualification(Person holder, TrainingCentre centre, QualificationKind kind, FrameworkEdition edition,
                  Course course, QualificationSource source) {
        this.holder = Objects.requireNonNull(holder);
        this.centre = Objects.requireNonNull(centre);
        this.kind = kind;
        this.frameworkEdition = edition;
        this.course = course;
        this.source = source;
    }

    /** Sets (or, on renewal, moves forward) the period of validity. */
    void validFor(LocalDate issued, LocalDate expires, String evidenceText, Long fromOffering) {
        this.issuedOn = issued;
        this.expiresOn = expires;
        this.evidence = evidenceText;
        this.offeringId = fromOffering;
    }

    /** Valid on {@code date} when issued on or before it and not expired before it. */
    public boolean isValidOn(LocalDate date) {
        return QualificationRules.validOn(issuedOn, expiresOn, date);
    }

    public Person getHolder() {
        return holder;
    }

    public TrainingCentre getCentre() {
        return centre;
    }

    public QualificationKind getKind() {
        return kind;
    }

    public FrameworkEdition getFrameworkEdition() {
        return frameworkEdition;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public QualificationSource getSource() {
        return source;
    }

    public String getEvidence() {
        return evidence;
    }

    public Long getOfferingId() {
        return offeringId;
    }
}
