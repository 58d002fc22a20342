package org.peaceops.cadre.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;

/**
 * Accounts: administrators open, change, disable and delete them; anyone signs
 * in with one. The rules: usernames are unique; an administrator account has
 * no centre and no other role; every other account belongs to one centre.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    public static final int MIN_PASSWORD = 10;
    static final String RECORD = "Account";
    private static final PagedQuery<Account> LIST = new PagedQuery<>(Account.class, Map.of(
            "username", "username", "displayName", "displayName", "email", "email",
            "centre", "centre.name", "enabled", "enabled"), "username")
            .fetch(root -> root.fetch("centre", jakarta.persistence.criteria.JoinType.LEFT));

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog auditLog;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cadre.sign-in.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cadre.sign-in.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    /**
     * The account that {@code username} and {@code password} sign in to, if they
     * match an enabled one. After too many refused attempts for a username in
     * the lockout window, even the right password is refused until the window
     * has passed; the count comes from the audit trail, so it holds across a
     * cluster. The answer never says which of these happened.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> verify(String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase();
        AuditLog.Actor actor = new AuditLog.Actor(name, null);
        if (recentFailures(name) >= maxFailures) {
            passwords.rejectUnknown(password);
            auditLog.denied(actor, "SIGN_IN", RECORD, null, "locked after repeated failures");
            return Optional.empty();
        }
        Optional<Account> account = em.createQuery(
                        "select a from Account a where a.username = :username", Account.class)
                .setParameter("username", name)
                .getResultStream().findFirst();
        boolean matches = account.isPresent()
                ? passwords.matches(password, account.get().getPasswordHash())
                : passwords.rejectUnknown(password);
        if (matches && account.get().isEnabled()) {
            return account;
        }
        auditLog.denied(actor, "SIGN_IN", RECORD, null,
                account.isPresent() ? "wrong password or disabled account" : "unknown username");
        return Optional.empty();
    }

    private long recentFailures(String name) {
        return em.createQuery("""
                        select count(e) from AuditEntry e
                        where e.actor = :actor and e.action = 'SIGN_IN' and e.outcome = :denied and e.occurredAt > :since""",
                        Long.class)
                .setParameter("actor", name)
                .setParameter("denied", org.peaceops.cadre.platform.audit.AuditEntry.Outcome.DENIED)
                .setParameter("since", Instant.now().minus(java.time.Duration.ofMinutes(lockoutMinutes)))
                .getSingleResult();
    }

    public Page<Account> page(@NotNull PageRequest request) {
        currentUser.require(Role.ADMIN);
        return LIST.run(em, request);
    }

    public Account get(long id) {
        currentUser.require(Role.ADMIN);
        return find(id);
    }

    public Account open(@NotNull @Valid NewAccount draft) {
        currentUser.require(Role.ADMIN);
        String username = draft.username();
        if (!em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username).getResultList().isEmpty()) {
            throw new InvalidInputException("username", "error.account.usernameTaken", username);
        }
        Account account = new Account(username, passwords.hash(draft.password()), Instant.now());
        account.assign(withDefaults(draft.details()), centreFor(draft.details()));
        em.persist(account);
        em.flush();
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, account.getId(),
                username + " " + account.getRoles());
        return account;
    }

    public Account change(long id, long expectedVersion, @NotNull @Valid AccountDetails details) {
        currentUser.require(Role.ADMIN);
        Account account = find(id);
        if (!account.isAtVersion(expectedVersion)) {
            throw ConflictException.staleVersion();
        }
        if (account.getId().equals(currentUser.caller().accountId())
                && (!details.enabled() || !details.roles().contains(Role.ADMIN))) {
            throw new InvalidInputException("roles", "error.account.keepOwnAdmin");
        }
        account.assign(withDefaults(details), centreFor(details));
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id,
                account.getUsername() + " " + account.getRoles() + (account.isEnabled() ? "" : " disabled"));
        return account;
    }

    public void resetPassword(long id, @NotNull @Size(min = MIN_PASSWORD, max = 128) String newPassword) {
        currentUser.require(Role.ADMIN);
        Account account = find(id);
        account.changePasswordHash(passwords.hash(newPassword));
        auditLog.changed(currentUser.actor(), "RESET_PASSWORD", RECORD, id, account.getUsername());
    }

    public void delete(long id) {
        currentUser.require(Role.ADMIN);
        Account account = find(id);
        if (account.getId().equals(currentUser.caller().accountId())) {
            throw new ConflictException("error.account.deleteSelf");
        }
        em.remove(account);
        auditLog.changed(currentUser.actor(), "DELETE", RECORD, id, account.getUsername());
    }

    /** The account with its centre, which every caller shows. */
    private Account find(long id) {
        return em.createQuery("select a from Account a left join fetch a.centre where a.id = :id", Account.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    private static AccountDetails withDefaults(AccountDetails details) {
        return details.preferredLanguage() != null ? details : new AccountDetails(details.displayName(),
                details.email(), details.roles(), details.centreId(), details.enabled(), "en");
    }

    /** An administrator has no centre and no other role; everyone else has exactly one centre. */
    private TrainingCentre centreFor(AccountDetails details) {
        if (details.roles().contains(Role.ADMIN)) {
            if (details.roles().size() > 1) {
                throw new InvalidInputException("roles", "error.account.adminAlone");
            }
            if (details.centreId() != null) {
                throw new InvalidInputException("centreId", "error.account.adminWithoutCentre");
            }
            return null;
        }
        if (details.centreId() == null) {
            throw new InvalidInputException("centreId", "error.account.centreRequired");
        }
        TrainingCentre centre = em.find(TrainingCentre.class, details.centreId());
        if (centre == null) {
            throw new InvalidInputException("centreId", "error.account.unknownCentre", details.centreId());
        }
        return centre;
    }
}
