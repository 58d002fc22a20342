package org.peaceops.cadre.curriculum.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.centre.CentreService;
import org.peaceops.cadre.curriculum.Curriculum;
import org.peaceops.cadre.curriculum.CurriculumDetails;
import org.peaceops.cadre.curriculum.CurriculumService;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;
import org.peaceops.cadre.reference.Languages;
import org.peaceops.cadre.reference.ReferenceEntry;

/** The curricula page: centre members see their centre's, staff add and describe them, administrators all. */
@Named
@ViewScoped(saveInViewState = true)
public class CurriculumListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "curriculumForm";

    @Inject
    CurriculumService curricula;

    @Inject
    CentreService centres;

    /** Not kept with the view (the container's factory is not serializable); looked up again after a reload. */
    private ServiceLazyDataModel<Curriculum> model;
    private CurriculumForm form = new CurriculumForm();
    private LinkedHashMap<String, Long> centreChoices;

    @PostConstruct
    void init() {
        model = ServiceLazyDataModel.ofEntities(curricula::page);
    }

    public void startNew() {
        form = new CurriculumForm();
    }

    public void edit(Curriculum curriculum) {
        form = CurriculumForm.of(curriculum);
    }

    public void save() {
        FormErrors.attempt(FORM, () -> {
            CurriculumDetails details = form.details();
            if (form.getId() == null) {
                curricula.create(form.getCentreId(), details);
            } else {
                curricula.change(form.getId(), form.getVersion(), details);
            }
            FormErrors.info("curriculum.saved", details.title());
        });
    }

    /** The six official languages of the United Nations, named in the page's language. */
    public List<ReferenceEntry> getLanguages() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Languages.all(locale).stream().filter(ReferenceEntry::unOfficial).toList();
    }

    /** A language code's name in the page's language. */
    public String languageName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Centre names to ids, for the administrator's choice; read once per page. */
    public Map<String, Long> getCentres() {
        if (centreChoices == null) {
            centreChoices = new LinkedHashMap<>();
            centres.choices().forEach(centre -> centreChoices.put(centre.getName(), centre.getId()));
        }
        return centreChoices;
    }

    public ServiceLazyDataModel<Curriculum> getModel() {
        return model;
    }

    public CurriculumForm getForm() {
        return form;
    }

}
