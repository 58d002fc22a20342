package org.peaceops.cadre.mission.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.mission.LeadOrganisation;
import org.peaceops.cadre.mission.Mission;
import org.peaceops.cadre.mission.MissionDetails;
import org.peaceops.cadre.mission.MissionService;
import org.peaceops.cadre.mission.MissionStatus;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;

/** The missions page for administrators: list, create, edit, delete. */
@Named
@ViewScoped(saveInViewState = true)
public class MissionListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "missionForm";

    @Inject
    MissionService missions;


    private ServiceLazyDataModel<Mission> model;
    private MissionForm form = new MissionForm();

    @PostConstruct
    void init() {
        model = ServiceLazyDataModel.ofEntities(missions::page);
    }

    public void startNew() {
        form = new MissionForm();
    }

    public void edit(Mission mission) {
        form = MissionForm.of(mission);
    }

    public void save() {
        FormErrors.attempt(FORM, () -> {
            MissionDetails details = form.details();
            if (form.getId() == null) {
                missions.create(details);
            } else {
                missions.change(form.getId(), form.getVersion(), details);
            }
            FormErrors.info("mission.saved", details.code());
        });
    }

    public void delete(Mission mission) {
        FormErrors.attempt(FORM, () -> {
            missions.delete(mission.getId());
            FormErrors.info("mission.deleted", mission.getCode());
        });
    }

    public LeadOrganisation[] getLeads() {
        return LeadOrganisation.values();
    }

    public MissionStatus[] getStatuses() {
        return MissionStatus.values();
    }

    public ServiceLazyDataModel<Mission> getModel() {
        return model;
    }

    public MissionForm getForm() {
        return form;
    }
}
