package org.peaceops.cadre.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.peaceops.cadre.platform.AccessDeniedException;
import org.peaceops.cadre.platform.NotSignedInException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;

/**
 * The signed-in user of this request, read from the container's security
 * context and the account table, never from request parameters. Services ask
 * it for roles and for the centre that bounds what the user may touch.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    AuditLog auditLog;

    @PersistenceContext
    EntityManager em;

    private Caller caller;

    /** The account behind the request; a disabled or deleted account counts as signed out. */
    public Caller caller() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new NotSignedInException();
            }
            caller = em.createQuery("""
                            select a from Account a left join fetch a.centre
                            where a.username = :username and a.enabled = true""", Account.class)
                    .setParameter("username", principal.getName())
                    .getResultStream()
                    .findFirst()
                    .map(Caller::of)
                    .orElseThrow(NotSignedInException::new);
        }
        return caller;
    }

    /**
     * Makes the rest of this request context act as the system administrator.
     * Only for work Cadre starts itself (demo data at start-up), never reachable
     * from a user's request; the audit trail names the actor "system".
     */
    public void actAsSystem() {
        caller = new Caller(null, "system", "System", null, null, java.util.EnumSet.of(Role.ADMIN), Locale.ENGLISH);
    }

    /**
     * As {@link #actAsSystem()}, and also as staff of one centre: for demo
     * data written through the same centre-bound services a staff member uses.
     */
    public void actAsSystemFor(Long centreId, String centreName) {
        caller = new Caller(null, "system", "System", centreId, centreName,
                java.util.EnumSet.of(Role.ADMIN, Role.CENTRE_STAFF), Locale.ENGLISH);
    }

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public boolean has(Role role) {
        return caller().roles().contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Whether the user keeps the centre's records: its staff, or an administrator. */
    public boolean isStaffOrAdmin() {
        return has(Role.CENTRE_STAFF) || has(Role.ADMIN);
    }

    /** Refuses (403) unless the user has one of the roles. */
    public Caller require(Role... anyOf) {
        Caller current = caller();
        if (Arrays.stream(anyOf).noneMatch(current.roles()::contains)) {
            auditLog.denied(current.actor(), "ROLE_CHECK", "Role", null, "needs one of " + Arrays.toString(anyOf));
            throw new AccessDeniedException();
        }
        return current;
    }

    /**
     * Refuses (403) one record to a user whose roles reach records of its kind
     * but not this one, such as another trainee's qualification; audited.
     * Throw what it returns.
     */
    public AccessDeniedException denied(String recordType, Object recordId, String detail) {
        auditLog.denied(caller().actor(), "RECORD_ACCESS", recordType, recordId, detail);
        return new AccessDeniedException();
    }

    /**
     * Lets the user reach a record of {@code ownerCentreId}: administrators reach
     * every centre, everyone else only their own. A refusal answers as if the
     * record did not exist, and is audited.
     */
    public void guardCentre(Long ownerCentreId, String recordType, Object recordId) {
        Caller current = caller();
        if (!current.roles().contains(Role.ADMIN) && !Objects.equals(current.centreId(), ownerCentreId)) {
            auditLog.denied(current.actor(), "CROSS_CENTRE_ACCESS", recordType, recordId,
                    "record of centre " + ownerCentreId);
            throw new RecordNotFoundException(recordType, recordId);
        }
    }

    /** The signed-in user as named in the audit trail. */
    public AuditLog.Actor actor() {
        return caller().actor();
    }

    /** What the request needs to know of the signed-in account. */
    public record Caller(Long accountId, String username, String displayName, Long centreId, String centreName,
                         Set<Role> roles, Locale preferredLocale) implements java.io.Serializable {

        static Caller of(Account account) {
            var centre = account.getCentre();
            return new Caller(account.getId(), account.getUsername(), account.getDisplayName(),
                    centre == null ? null : centre.getId(), centre == null ? null : centre.getName(),
                    account.getRoles(), Locale.forLanguageTag(account.getPreferredLanguage()));
        }

        public AuditLog.Actor actor() {
            return new AuditLog.Actor(username, centreId);
        }
    }
}
