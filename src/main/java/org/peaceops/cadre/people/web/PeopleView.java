package org.peaceops.cadre.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.people.PersonService;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.PageAccess;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;
import org.peaceops.cadre.reference.Countries;

/**
 * The people page: staff register their centre's people, whether or not they
 * sign in, and keep who they are (names, service number, nationality, rank)
 * and what course prerequisites read (category, rank band, languages).
 */
@Named
@ViewScoped(saveInViewState = true)
public class PeopleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "personForm";
    static final String ACCOUNT_FORM = "accountForm";

    @Inject
    PersonService people;

    private ServiceLazyDataModel<Person> model;
    private PersonForm form = new PersonForm();
    private AccountForm accountForm = new AccountForm();

    @PostConstruct
    void init() {
        model = ServiceLazyDataModel.ofEntities(people::page);
    }

    /** Only staff keep people. */
    public void requireStaff() throws IOException {
        PageAccess.require(Role.CENTRE_STAFF);
    }

    public void add() {
        form = new PersonForm();
    }

    public void edit(Person person) {
        form = PersonForm.of(person);
    }

    public void save() {
        FormErrors.attempt(FORM, () -> {
            Person saved = form.isNew() ? people.register(form.details())
                    : people.change(form.getId(), form.getVersion(), form.details());
            FormErrors.info("people.saved", saved.getDisplayName());
        });
    }

    public void startAccount(Person person) {
        accountForm = AccountForm.of(person);
    }

    /** Opens a sign-in account for the person: they can then follow their own training. */
    public void openAccount() {
        FormErrors.attempt(ACCOUNT_FORM, () -> {
            Person person = people.openAccount(accountForm.getPersonId(), accountForm.request());
            FormErrors.info("people.accountOpened", person.getDisplayName(), person.getAccount().getUsername());
        });
    }

    public Role[] getAccountRoles() {
        return new Role[] {Role.TRAINEE, Role.INSTRUCTOR};
    }

    public String languageName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale());
    }

    public String countryName(String code) {
        return code == null ? "" : Countries.name(code, locale());
    }

    public PersonnelCategory[] getCategories() {
        return PersonnelCategory.values();
    }

    public RankBand[] getRankBands() {
        return RankBand.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ServiceLazyDataModel<Person> getModel() {
        return model;
    }

    public PersonForm getForm() {
        return form;
    }

    public AccountForm getAccountForm() {
        return accountForm;
    }
}
