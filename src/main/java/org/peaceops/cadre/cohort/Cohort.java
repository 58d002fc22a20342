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
import java.time.LocalDate;
import org.peaceops.cadre.mission.Mission;
import org.peaceops.cadre.platform.persistence.BaseEntity;
import org.peaceops.cadre.platform.security.CentreReference;

/**
 * A contributing country's contingent, or one rotation of it, preparing at a
 * centre for a mission: a battalion of 850, a formed police unit of 140, a
 * dozen staff officers. Its roster and training plan hang off it.
 */
@Entity
@Table(name = "cohort")
public class Cohort extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private CentreReference centre;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "contingent_name", nullable = false, length = 160)
    private String contingentName;

    @Enumerated(EnumType.STRING)
    @Column(name = "contingent_type", nullable = false, length = 24)
    private ContingentType contingentType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id", nullable = false)
    private Mission mission;

    @Column(nullable = false)
    private int rotation;

    @Column(name = "deploys_on", nullable = false)
    private LocalDate deploysOn;

    @Column(name = "working_language", nullable = false, length = 8)
    private String workingLanguage;

    @Column(length = 200)
    private String coordinator;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Cohort() {
    }

    Cohort(CentreReference centre, Instant createdAt) {
        this.centre = centre;
        this.createdAt = createdAt;
    }

    void describe(CohortDetails details, Mission mission) {
        this.country = details.country();
        this.contingentName = details.contingentName().strip();
        this.contingentType = details.contingentType();
        this.mission = mission;
        this.rotation = details.rotation();
        this.deploysOn = details.deploysOn();
        this.workingLanguage = details.workingLanguage();
        this.coordinator = details.coordinator() == null || details.coordinator().isBlank() ? null
                : details.coordinator().strip();
    }

    public CohortDetails details() {
        return new CohortDetails(country, contingentName, contingentType, mission.getId(), rotation, deploysOn,
                workingLanguage, coordinator);
    }

    /** "KE Kenya Battalion 12, rotation 3" as lists and audit name it. */
    public String label() {
        return country + " " + contingentName + " (" + rotation + ")";
    }

    public Long centreId() {
        return centre.getId();
    }

    public CentreReference getCentre() {
        return centre;
    }

    public String getCountry() {
        return country;
    }

    public String getContingentName() {
        return contingentName;
    }

    public ContingentType getContingentType() {
        return contingentType;
    }

    public Mission getMission() {
        return mission;
    }

    public int getRotation() {
        return rotation;
    }

    public LocalDate getDeploysOn() {
        return deploysOn;
    }

    public String getWorkingLanguage() {
        return workingLanguage;
    }

    public String getCoordinator() {
        return coordinator;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
