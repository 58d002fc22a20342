package org.peaceops.cadre.mission.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.peaceops.cadre.mission.LeadOrganisation;
import org.peaceops.cadre.mission.Mission;
import org.peaceops.cadre.mission.MissionDetails;
import org.peaceops.cadre.mission.MissionStatus;

/** The mission dialog's fields while the user edits them; checked by the service on save. */
public class MissionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String code;
    private String name;
    private LeadOrganisation leadOrganisation;
    private MissionStatus status;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private boolean datesUnconfirmed;

    static MissionForm of(Mission mission) {
        MissionForm form = new MissionForm();
        form.id = mission.getId();
        form.version = mission.getVersion();
        form.code = mission.getCode();
        form.name = mission.getName();
        form.leadOrganisation = mission.getLeadOrganisation();
        form.status = mission.getStatus();
        form.startedOn = mission.getStartedOn();
        form.endedOn = mission.getEndedOn();
        form.datesUnconfirmed = mission.isDatesUnconfirmed();
        return form;
    }

    MissionDetails details() {
        return new MissionDetails(code, name, leadOrganisation, status, startedOn, endedOn, datesUnconfirmed);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LeadOrganisation getLeadOrganisation() {
        return leadOrganisation;
    }

    public void setLeadOrganisation(LeadOrganisation leadOrganisation) {
        this.leadOrganisation = leadOrganisation;
    }

    public MissionStatus getStatus() {
        return status;
    }

    public void setStatus(MissionStatus status) {
        this.status = status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public boolean isDatesUnconfirmed() {
        return datesUnconfirmed;
    }

    public void setDatesUnconfirmed(boolean datesUnconfirmed) {
        this.datesUnconfirmed = datesUnconfirmed;
    }
}
