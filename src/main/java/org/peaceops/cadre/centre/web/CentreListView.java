package org.peaceops.cadre.centre.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.centre.CentreDetails;
import org.peaceops.cadre.centre.CentreService;
import org.peaceops.cadre.centre.RegionalAssociation;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;
import org.peaceops.cadre.reference.TimeZones;

/** The training centres page for administrators: list, create, edit, delete. */
@Named
@ViewScoped(saveInViewState = true)
public class CentreListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "centreForm";

    @Inject
    CentreService centres;


    private ServiceLazyDataModel<TrainingCentre> model;
    private CentreForm form = new CentreForm();

    @PostConstruct
    void init() {
        model = ServiceLazyDataModel.ofEntities(centres::page);
    }

    public void startNew() {
        form = new CentreForm();
    }

    public void edit(TrainingCentre centre) {
        form = CentreForm.of(centre);
    }

    public void save() {
        FormErrors.attempt(FORM, () -> {
            CentreDetails details = form.details();
            if (form.getId() == null) {
                centres.create(details);
            } else {
                centres.change(form.getId(), form.getVersion(), details);
            }
            FormErrors.info("centre.saved", details.name());
        });
    }

    public void delete(TrainingCentre centre) {
        FormErrors.attempt(FORM, () -> {
            centres.delete(centre.getId());
            FormErrors.info("centre.deleted", centre.getName());
        });
    }

    public RegionalAssociation[] getAssociations() {
        return RegionalAssociation.values();
    }

    public List<String> getTimeZones() {
        return TimeZones.all();
    }

    public ServiceLazyDataModel<TrainingCentre> getModel() {
        return model;
    }

    public CentreForm getForm() {
        return form;
    }
}
