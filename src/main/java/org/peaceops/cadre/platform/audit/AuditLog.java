package org.peaceops.cadre.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;

/**
 * Writes the audit trail. A change is recorded in the transaction that makes
 * it, so that a rolled-back change leaves no trace; a refusal is recorded in a
 * transaction of its own, because the refused work is rolled back.
 */
@ApplicationScoped
public class AuditLog {

    private static final PagedQuery<AuditEntry> LIST = new PagedQuery<>(AuditEntry.class, Map.of(
            "occurredAt", "occurredAt", "actor", "actor", "action", "action",
            "entityType", "entityType", "outcome", "outcome", "centreId", "centreId"), "occurredAt");

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.peaceops.cadre.platform.security.CurrentUser currentUser;

    @Inject
    Clock clock;

    @Transactional(TxType.MANDATORY)
    public void changed(Actor actor, String action, String entityType, Object entityId, String detail) {
        em.persist(new AuditEntry(Instant.now(clock), actor.name(), actor.centreId(), action, entityType,
                entityId, AuditEntry.Outcome.DONE, detail));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void denied(Actor actor, String action, String entityType, Object entityId, String detail) {
        em.persist(new AuditEntry(Instant.now(clock), actor.name(), actor.centreId(), action, entityType,
                entityId, AuditEntry.Outcome.DENIED, detail));
    }

    /** Newest first unless the request sorts otherwise; administrators only. */
    @Transactional(TxType.SUPPORTS)
    public Page<AuditEntry> page(PageRequest request) {
        currentUser.require(org.peaceops.cadre.platform.security.Role.ADMIN);
        PageRequest newestFirst = request.sortField() == null
                ? new PageRequest(request.offset(), request.limit(), "occurredAt", false, request.filters())
                : request;
        return LIST.run(em, newestFirst);
    }

    /** Who did something, as the audit trail names them. */
    public record Actor(String name, Long centreId) {
    }
}
