package org.peaceops.cadre.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * A peace operation known by its code (UNIFIL, MINUSCA, ATMIS). Shipped as
 * reference data and kept current by administrators: status and dates change
 * as mandates are renewed or end. Dates not yet checked against a primary
 * source are flagged and shown so.
 */
@Entity
@Table(name = "mission")
public class Mission extends BaseEntity {

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_organisation", nullable = false, length = 16)
    private LeadOrganisation leadOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MissionStatus status;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "dates_unconfirmed", nullable = false)
    private boolean datesUnconfirmed;

    protected Mission() {
    }

    public Mission(MissionDetails details) {
        describe(details);
    }

    public void describe(MissionDetails details) {
        this.code = details.code();
        this.name = details.name().strip();
        this.leadOrganisation = details.leadOrganisation();
        this.status = details.status();
        this.startedOn = details.startedOn();
        this.endedOn = details.endedOn();
        this.datesUnconfirmed = details.datesUnconfirmed();
    }

    public MissionDetails details() {
        return new MissionDetails(code, name, leadOrganisation, status, startedOn, endedOn, datesUnconfirmed);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LeadOrganisation getLeadOrganisation() {
        return leadOrganisation;
    }

    public MissionStatus getStatus() {
        return status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public boolean isDatesUnconfirmed() {
        return datesUnconfirmed;
    }
}
