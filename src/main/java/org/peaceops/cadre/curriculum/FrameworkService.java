package org.peaceops.cadre.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * ITS framework editions and their items: every signed-in user reads them
 * (curricula everywhere are mapped onto them); administrators describe
 * editions and link items to their successors in a newer edition.
 */
@ApplicationScoped
@Transactional
public class FrameworkService {

    static final String RECORD = "FrameworkEdition";
    private static final PagedQuery<FrameworkEdition> EDITIONS = new PagedQuery<>(FrameworkEdition.class, Map.of(
            "code", "code", "title", "title", "family", "family", "status", "status"), "code");
    private static final Map<String, String> ITEM_FIELDS = Map.of(
            "code", "code", "title", "title", "level", "level", "position", "position");

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    public Page<FrameworkEdition> page(@NotNull PageRequest request) {
        currentUser.caller();
        return EDITIONS.run(em, request);
    }

    public FrameworkEdition get(long id) {
        currentUser.caller();
        return find(id);
    }

    /** Items of an edition, for the mapping picker: filter by code, words of the title, or level. */
    public Page<FrameworkItem> items(long editionId, @NotNull PageRequest request) {
        currentUser.caller();
        FrameworkEdition edition = find(editionId);
        return new PagedQuery<>(FrameworkItem.class, ITEM_FIELDS, "code")
                .scope((cb, root) -> cb.equal(root.get("edition"), edition))
                .run(em, request);
    }

    /**
     * How many items each of these editions holds, in one grouped query however
     * many editions are asked about. An edition without items is absent.
     */
    public Map<Long, Long> itemCounts(@NotNull Collection<Long> editionIds) {
        currentUser.caller();
        Map<Long, Long> counts = new HashMap<>();
        if (editionIds.isEmpty()) {
            return counts;
        }
        em.createQuery("""
                        select i.edition.id, count(i) from FrameworkItem i
                        where i.edition.id in :editions group by i.edition.id""", Object[].class)
                .setParameter("editions", editionIds).getResultStream()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The whole tree of an edition in one query, parents before children, siblings in order. */
    public List<FrameworkItem> tree(long editionId) {
        currentUser.caller();
        return TreeOrder.items(em.createQuery(
                        "select i from FrameworkItem i where i.edition.id = :edition", FrameworkItem.class)
                .setParameter("edition", find(editionId).getId()).getResultList());
    }

    public FrameworkEdition change(long id, long expectedVersion, @NotNull @Valid EditionDetails details) {
        currentUser.require(Role.ADMIN);
        FrameworkEdition edition = find(id);
        edition.requireVersion(expectedVersion);
        boolean codeTaken = em.createQuery("select e.id from FrameworkEdition e where e.code = :code", Long.class)
                .setParameter("code", details.code()).getResultStream().anyMatch(other -> !other.equals(id));
        if (codeTaken) {
            throw new InvalidInputException("code", "error.edition.codeTaken", details.code());
        }
        edition.describe(details);
        edition.changedAt(clock.instant());
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id, edition.getCode());
        return edition;
    }

    /** Records that {@code fromItemId} lives on in {@code toItemId}, an item of another edition. */
    public ItemSuccession link(long fromItemId, long toItemId, @NotNull SuccessionRelation relation) {
        currentUser.require(Role.ADMIN);
        FrameworkItem from = item(fromItemId, "fromItemId");
        FrameworkItem to = item(toItemId, "toItemId");
        if (from.getEdition().equals(to.getEdition())) {
            throw new InvalidInputException("toItemId", "error.succession.sameEdition");
        }
        boolean exists = !em.createQuery(
                        "select s.id from ItemSuccession s where s.from = :from and s.to = :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getResultList().isEmpty();
        if (exists) {
            throw new InvalidInputException("toItemId", "error.succession.exists");
        }
        ItemSuccession succession = new ItemSuccession(from, to, relation);
        em.persist(succession);
        em.flush();
        auditLog.changed(currentUser.actor(), "LINK", "ItemSuccession", succession.getId(),
                from.getCode() + " " + relation + " " + to.getCode());
        return succession;
    }

    /** Successions out of an edition's items, with both ends loaded. */
    public List<ItemSuccession> successions(long editionId) {
        currentUser.caller();
        return em.createQuery("""
                        select s from ItemSuccession s join fetch s.from f join fetch s.to t join fetch t.edition
                        where f.edition.id = :edition order by f.code, t.code""", ItemSuccession.class)
                .setParameter("edition", find(editionId).getId()).getResultList();
    }

    FrameworkEdition find(long id) {
        FrameworkEdition edition = em.find(FrameworkEdition.class, id);
        if (edition == null) {
            throw new RecordNotFoundException(RECORD, id);
        }
        return edition;
    }

    private FrameworkItem item(long id, String field) {
        return em.createQuery("select i from FrameworkItem i join fetch i.edition where i.id = :id",
                        FrameworkItem.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "error.item.unknown", id));
    }
}
