package org.peaceops.cadre.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.cohort.Cohort;
import org.peaceops.cadre.cohort.CohortService;
import org.peaceops.cadre.cohort.ContingentType;
import org.peaceops.cadre.mission.Mission;
import org.peaceops.cadre.mission.MissionService;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.PageAccess;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;

/** The cohorts page for staff: the centre's cohorts, soonest deployment first; add and change one. */
@Named
@ViewScoped(saveInViewState = true)
public class CohortListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "cohortForm";
    private static final int MISSIONS = 200;

    @Inject
    CohortService cohorts;

    @Inject
    MissionService missions;

    private ServiceLazyDataModel<Cohort> model;
    private CohortForm form = new CohortForm();
    private LocalDate deploysFrom;
    private LocalDate deploysUntil;

    @PostConstruct
    void init() {
        model = ServiceLazyDataModel.ofEntities(this::page);
    }

    /** The table's page, narrowed to the deployment dates chosen above it. */
    private Page<Cohort> page(PageRequest request) {
        Map<String, String> filters = new HashMap<>(request.filters());
        if (deploysFrom != null) {
            filters.put(CohortService.DEPLOYS_FROM, deploysFrom.toString());
        }
        if (deploysUntil != null) {
            filters.put(CohortService.DEPLOYS_UNTIL, deploysUntil.toString());
        }
        return cohorts.page(new PageRequest(request.offset(), request.limit(), request.sortField(),
                request.ascending(), filters));
    }

    public void requireStaff() throws IOException {
        PageAccess.require(Role.CENTRE_STAFF);
    }

    public void startNew() {
        form = new CohortForm();
    }

    public void edit(Cohort cohort) {
        form = CohortForm.of(cohort);
    }

    public void save() {
        FormErrors.attempt(FORM, () -> {
            Cohort saved = form.getId() == null ? cohorts.create(form.details())
                    : cohorts.change(form.getId(), form.getVersion(), form.details());
            FormErrors.info("cohort.saved", saved.label());
        });
    }

    /** The missions a cohort may prepare for, by code; read when the dialog is drawn, not kept in the page. */
    public Map<String, Long> getMissions() {
        Map<String, Long> choices = new LinkedHashMap<>();
        for (Mission mission : missions.page(new PageRequest(0, MISSIONS, "code", true, Map.of())).items()) {
            choices.put(mission.getCode() + " – " + mission.getName(), mission.getId());
        }
        return choices;
    }

    public ContingentType[] getContingentTypes() {
        return ContingentType.values();
    }

    public LocalDate getDeploysFrom() {
        return deploysFrom;
    }

    public void setDeploysFrom(LocalDate deploysFrom) {
        this.deploysFrom = deploysFrom;
    }

    public LocalDate getDeploysUntil() {
        return deploysUntil;
    }

    public void setDeploysUntil(LocalDate deploysUntil) {
        this.deploysUntil = deploysUntil;
    }

    public ServiceLazyDataModel<Cohort> getModel() {
        return model;
    }

    public CohortForm getForm() {
        return form;
    }
}
