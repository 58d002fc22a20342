package org.peaceops.cadre.people.web;

import java.io.Serializable;
import org.peaceops.cadre.people.AccountRequest;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.platform.security.Role;

/** The "open an account" dialog's fields for one person: trainee by default, in English unless changed. */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long personId;
    private String displayName;
    private String username;
    private String password;
    private Role role = Role.TRAINEE;
    private String preferredLanguage = "en";

    static AccountForm of(Person person) {
        AccountForm form = new AccountForm();
        form.personId = person.getId();
        form.displayName = person.getDisplayName();
        return form;
    }

    AccountRequest request() {
        return new AccountRequest(username, password, role, preferredLanguage);
    }

    public Long getPersonId() {
        return personId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
