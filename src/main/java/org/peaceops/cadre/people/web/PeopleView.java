package org.peaceops.cadre.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.ProfileService;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.PageAccess;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;
import org.peaceops.cadre.reference.Languages;
import org.peaceops.cadre.reference.ReferenceEntry;

/**
 * The people page: staff keep the personnel profiles (category, rank band,
 * languages) of their centre's trainees and instructors, which course
 * prerequisites are checked against.
 */
@Named
@ViewScoped(saveInViewState = true)
public class PeopleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "profileForm";

    @Inject
    ProfileService profiles;

    private ServiceLazyDataModel<ProfileService.Person> model;
    private ProfileForm form = new ProfileForm();

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(profiles::people, person -> person.account().getId());
    }

    /** Only staff keep profiles. */
    public void requireStaff() throws IOException {
        PageAccess.require(Role.CENTRE_STAFF);
    }

    public void edit(ProfileService.Person person) {
        form = ProfileForm.of(person);
    }

    public void save() {
        FormErrors.attempt(FORM, () -> {
            profiles.put(form.getAccountId(), form.details());
            FormErrors.info("people.saved", form.getDisplayName());
        });
    }

    /** Every ISO 639-1 language, the United Nations' six first, named in the page's language. */
    public List<ReferenceEntry> getLanguages() {
        return Languages.all(locale());
    }

    public String languageName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale());
    }

    public PersonnelCategory[] getCategories() {
        return PersonnelCategory.values();
    }

    public RankBand[] getRankBands() {
        return RankBand.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ServiceLazyDataModel<ProfileService.Person> getModel() {
        return model;
    }

    public ProfileForm getForm() {
        return form;
    }
}
