package org.peaceops.cadre.platform.security.web;

import java.io.Serializable;
import java.util.Set;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.AccountDetails;
import org.peaceops.cadre.platform.security.NewAccount;
import org.peaceops.cadre.platform.security.Role;

/** The account dialog's fields while the user edits them; checked by the service on save. */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String username;
    private String password;
    private String displayName;
    private String email;
    // An array, not a set, so that Faces converts the checked values to Role.
    private Role[] roles = {};
    private Long centreId;
    private boolean enabled = true;
    private String preferredLanguage = "en";

    static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.id = account.getId();
        form.version = account.getVersion();
        form.username = account.getUsername();
        form.displayName = account.getDisplayName();
        form.email = account.getEmail();
        form.roles = account.getRoles().toArray(Role[]::new);
        form.centreId = account.getCentre() == null ? null : account.getCentre().getId();
        form.enabled = account.isEnabled();
        form.preferredLanguage = account.getPreferredLanguage();
        return form;
    }

    AccountDetails details() {
        return new AccountDetails(displayName, email, roles == null ? Set.of() : Set.of(roles), centreId, enabled,
                preferredLanguage);
    }

    NewAccount draft() {
        return new NewAccount(username, password, details());
    }

    /** The password typed is used once and not kept in the page's state. */
    void forgetPassword() {
        password = null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
