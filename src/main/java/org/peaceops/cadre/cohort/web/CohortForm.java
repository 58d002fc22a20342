package org.peaceops.cadre.cohort.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.peaceops.cadre.cohort.Cohort;
import org.peaceops.cadre.cohort.CohortDetails;
import org.peaceops.cadre.cohort.ContingentType;

/** The cohort dialog's fields: empty for a new cohort (rotation 1), else the cohort as read, with its version. */
public class CohortForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String country;
    private String contingentName;
    private ContingentType contingentType;
    private Long missionId;
    private Integer rotation = 1;
    private LocalDate deploysOn;
    private String workingLanguage = "en";
    private String coordinator;

    static CohortForm of(Cohort cohort) {
        CohortForm form = new CohortForm();
        CohortDetails details = cohort.details();
        form.id = cohort.getId();
        form.version = cohort.getVersion();
        form.country = details.country();
        form.contingentName = details.contingentName();
        form.contingentType = details.contingentType();
        form.missionId = details.missionId();
        form.rotation = details.rotation();
        form.deploysOn = details.deploysOn();
        form.workingLanguage = details.workingLanguage();
        form.coordinator = details.coordinator();
        return form;
    }

    CohortDetails details() {
        return new CohortDetails(country, contingentName, contingentType, missionId, rotation == null ? 0 : rotation,
                deploysOn, workingLanguage, coordinator);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getContingentName() {
        return contingentName;
    }

    public void setContingentName(String contingentName) {
        this.contingentName = contingentName;
    }

    public ContingentType getContingentType() {
        return contingentType;
    }

    public void setContingentType(ContingentType contingentType) {
        this.contingentType = contingentType;
    }

    public Long getMissionId() {
        return missionId;
    }

    public void setMissionId(Long missionId) {
        this.missionId = missionId;
    }

    public Integer getRotation() {
        return rotation;
    }

    public void setRotation(Integer rotation) {
        this.rotation = rotation;
    }

    public LocalDate getDeploysOn() {
        return deploysOn;
    }

    public void setDeploysOn(LocalDate deploysOn) {
        this.deploysOn = deploysOn;
    }

    public String getWorkingLanguage() {
        return workingLanguage;
    }

    public void setWorkingLanguage(String workingLanguage) {
        this.workingLanguage = workingLanguage;
    }

    public String getCoordinator() {
        return coordinator;
    }

    public void setCoordinator(String coordinator) {
        this.coordinator = coordinator;
    }
}
