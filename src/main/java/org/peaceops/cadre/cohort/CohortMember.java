package org.peaceops.cadre.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/** A person on a cohort's roster, with their role in the cohort. */
@Entity
@Table(name = "cohort_member")
public class CohortMember extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CohortRole role;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected CohortMember() {
    }

    CohortMember(Cohort cohort, Person person, CohortRole role, Instant addedAt) {
        this.cohort = cohort;
        this.person = person;
        this.role = role;
        this.addedAt = addedAt;
    }

    void assign(CohortRole role) {
        this.role = role;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Person getPerson() {
        return person;
    }

    public CohortRole getRole() {
        return role;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
