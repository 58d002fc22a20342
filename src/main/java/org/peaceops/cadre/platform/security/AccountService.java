package org.peaceops.cadre.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import java.util.Set;
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

    @Inject
    Clock clock;

    @Inject
    Event<AccountAssigned> assigned;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog auditLog;

    @Inject
    SignInThrottle throttle;

    @Inject
    VerifiedCredentials verified;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cadre.sign-in.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    /**
     * The account that {@code username} and {@code password} sign in to, if they
     * match an enabled one, for a request from {@code source}. While
     * {@link SignInThrottle} holds that username for that source, even the right
     * password is refused. The answer never says which of these happened.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> verify(String username, String password, String source) {
        String name = username == null ? "" : username.strip().toLowerCase();
        if (throttle.isHeld(name, source)) {
            // No hash: a held source costs the server nothing, whatever it sends.
            refuse(name, source, "held after repeated failures");
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
            throttle.succeeded(name, source);
            return account;
        }
        refuse(name, source, account.isPresent() ? "wrong password or disabled account" : "unknown username");
        return Optional.empty();
    }

    /** Counts a refusal; the audit trail gets the first of a window and the start of a hold, not each one. */
    private void refuse(String name, String source, String reason) {
        SignInThrottle.Refusal refusal;
        try {
            refusal = throttle.refused(name, source);
        } catch (RuntimeException concurrentFirstRefusal) {
            // Another request from the same source opened the count at the same moment; it is counted there.
            return;
        }
        if (refusal.audited()) {
            String detail = switch (refusal) {
                case HOLD_STARTS -> reason + "; held from " + source + " for " + lockoutMinutes + " minutes";
                case SOURCE_HOLD_STARTS -> reason + "; every username held from " + source;
                default -> reason + " from " + source;
            };
            auditLog.denied(new AuditLog.Actor(name, null), "SIGN_IN", RECORD, null, detail);
        }
    }

    /** Lifts every sign-in hold on an account, so that its owner can sign in again from anywhere. */
    public void liftSignInHolds(long id) {
        currentUser.require(Role.ADMIN);
        Account account = find(id);
        int sources = throttle.lift(account.getUsername());
        auditLog.changed(currentUser.actor(), "LIFT_SIGN_IN_HOLDS", RECORD, id,
                account.getUsername() + " (" + sources + " sources)");
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
        Account account = create(draft);
        assigned.fire(new AccountAssigned(account));
        return account;
    }

    /**
     * Staff open a sign-in account for someone their centre already keeps a
     * record of ({@code recordId}, e.g. a person registered from a roster):
     * only as a trainee or an instructor, and only at their own centre.
     */
    public Account openFor(long recordId, @NotNull @Valid NewAccount draft) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        AccountDetails details = draft.details();
        if (!Set.of(Role.TRAINEE, Role.INSTRUCTOR).containsAll(details.roles())) {
            throw new InvalidInputException("roles", "error.account.staffOpensTraineesAndInstructors");
        }
        if (!caller.centreId().equals(details.centreId())) {
            throw new InvalidInputException("centreId", "error.account.ownCentre");
        }
        Account account = create(draft);
        assigned.fire(new AccountAssigned(account, recordId));
        return account;
    }

    private Account create(NewAccount draft) {
        String username = draft.username();
        if (!em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username).getResultList().isEmpty()) {
            throw new InvalidInputException("username", "error.account.usernameTaken", username);
        }
        Account account = new Account(username, passwords.hash(draft.password()), clock.instant());
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
        account.requireVersion(expectedVersion);
        if (account.getId().equals(currentUser.caller().accountId())
                && (!details.enabled() || !details.roles().contains(Role.ADMIN))) {
            throw new InvalidInputException("roles", "error.account.keepOwnAdmin");
        }
        account.assign(withDefaults(details), centreFor(details));
        assigned.fire(new AccountAssigned(account));
        verified.forgetAll();
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id,
                account.getUsername() + " " + account.getRoles() + (account.isEnabled() ? "" : " disabled"));
        return account;
    }

    public void resetPassword(long id, @NotNull @Size(min = MIN_PASSWORD, max = 128, message = "{cadre.validation.password}") String newPassword) {
        currentUser.require(Role.ADMIN);
        Account account = find(id);
        account.changePasswordHash(passwords.hash(newPassword));
        verified.forgetAll();
        auditLog.changed(currentUser.actor(), "RESET_PASSWORD", RECORD, id, account.getUsername());
    }

    public void delete(long id) {
        currentUser.require(Role.ADMIN);
        Account account = find(id);
        if (account.getId().equals(currentUser.caller().accountId())) {
            throw new ConflictException("error.account.deleteSelf");
        }
        em.remove(account);
        verified.forgetAll();
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
    private CentreReference centreFor(AccountDetails details) {
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
        CentreReference centre = em.find(CentreReference.class, details.centreId());
        if (centre == null) {
            throw new InvalidInputException("centreId", "error.account.unknownCentre", details.centreId());
        }
        return centre;
    }
}
