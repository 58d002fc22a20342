package org.peaceops.cadre.platform.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.AccountService;
import org.peaceops.cadre.platform.security.CentreDirectory;
import org.peaceops.cadre.platform.security.NewAccount;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;

/** The accounts page for administrators: list, open, change, reset a password, delete. */
@Named
@ViewScoped(saveInViewState = true)
public class AccountListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "accountForm";

    @Inject
    AccountService accounts;

    @Inject
    CentreDirectory centres;


    private ServiceLazyDataModel<Account> model;
    private AccountForm form = new AccountForm();
    private LinkedHashMap<String, Long> centreChoices;

    @PostConstruct
    void init() {
        model = ServiceLazyDataModel.ofEntities(accounts::page);
    }

    public void startNew() {
        form = new AccountForm();
    }

    public void edit(Account account) {
        form = AccountForm.of(account);
    }

    /** Opens a new account, or changes one and resets its password if a new one was typed. */
    public void save() {
        try {
            FormErrors.attempt(FORM, () -> {
                check();
                if (form.getId() == null) {
                    accounts.open(form.draft());
                } else {
                    accounts.change(form.getId(), form.getVersion(), form.details());
                    if (form.getPassword() != null) {
                        accounts.resetPassword(form.getId(), form.getPassword());
                    }
                }
                FormErrors.info("account.saved", form.getUsername());
            });
        } finally {
            form.forgetPassword();
        }
    }

    public void delete(Account account) {
        FormErrors.attempt(FORM, () -> {
            accounts.delete(account.getId());
            FormErrors.info("account.deleted", account.getUsername());
        });
    }

    /**
     * The service's own constraints, checked here first because it would name
     * a new account's fields "details.displayName" and a reset password
     * "request": this way every message lands beside its input.
     */
    private void check() {
        Validator validator = FormErrors.validator();
        Set<ConstraintViolation<?>> invalid = new HashSet<>(validator.validate(form.details()));
        if (form.getId() == null) {
            invalid.addAll(validator.validateValue(NewAccount.class, "username", form.getUsername()));
        }
        if (form.getId() == null || form.getPassword() != null) {
            invalid.addAll(validator.validateValue(NewAccount.class, "password", form.getPassword()));
        }
        if (!invalid.isEmpty()) {
            throw new ConstraintViolationException(invalid);
        }
    }

    /** Centre names to ids for the dialog; read once per page. */
    public Map<String, Long> getCentres() {
        if (centreChoices == null) {
            centreChoices = new LinkedHashMap<>();
            centres.choices().forEach(centre -> centreChoices.put(centre.getName(), centre.getId()));
        }
        return centreChoices;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<String> getLanguages() {
        return List.of("en", "fr");
    }

    public ServiceLazyDataModel<Account> getModel() {
        return model;
    }

    public AccountForm getForm() {
        return form;
    }
}
