package org.peaceops.cadre.platform.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * A person who signs in to Cadre. An administrator opens the account with a
 * first password and its roles; every account but an administrator's belongs
 * to exactly one training centre, which bounds what it can see. A disabled
 * account can no longer sign in but keeps its place in the audit trail.
 */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

    @Column(nullable = false, length = 60, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 200)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id")
    private CentreReference centre;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "preferred_language", nullable = false, length = 8)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Account() {
    }

    Account(String username, String passwordHash, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.enabled = true;
    }

    void assign(AccountDetails details, CentreReference centre) {
        this.displayName = details.displayName().strip();
        this.email = details.email() == null || details.email().isBlank() ? null : details.email().strip();
        this.roles = EnumSet.copyOf(details.roles());
        this.centre = centre;
        this.enabled = details.enabled();
        this.preferredLanguage = details.preferredLanguage();
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public CentreReference getCentre() {
        return centre;
    }

    /** The centre the account belongs to; none for an administrator. */
    public Long centreId() {
        return centre == null ? null : centre.getId();
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
