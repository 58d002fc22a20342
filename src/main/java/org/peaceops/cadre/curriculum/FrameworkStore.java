package org.peaceops.cadre.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes an imported framework: the edition is found by its CASE identifier
 * and updated, or created; items likewise, so that importing the same package
 * twice changes nothing and never duplicates. Items the package no longer has
 * are removed. All in the caller's transaction: a failure writes nothing.
 */
@ApplicationScoped
class FrameworkStore {

    private static final int FLUSH_EVERY = 500;

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    FrameworkEdition save(ImportedFramework framework, IntConsumer progress) {
        FrameworkEdition edition = em.createQuery(
                        "select e from FrameworkEdition e where lower(e.caseIdentifier) = :id", FrameworkEdition.class)
                .setParameter("id", framework.identifier().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst().orElse(null);
        if (edition == null) {
            edition = new FrameworkEdition(framework.identifier(), framework.details(), framework.changedAt());
            em.persist(edition);
        } else {
            edition.describe(framework.details());
            edition.changedAt(framework.changedAt());
        }
        Map<String, FrameworkItem> existing = em.createQuery(
                        "select i from FrameworkItem i where i.edition = :edition", FrameworkItem.class)
                .setParameter("edition", edition).getResultStream()
                .collect(Collectors.toMap(i -> i.getCaseIdentifier().toLowerCase(java.util.Locale.ROOT),
                        Function.identity()));
        Map<String, FrameworkItem> saved = new HashMap<>();
        Map<String, Integer> nextPosition = new HashMap<>();
        int done = 0;
        for (ImportedFramework.Item imported : framework.items()) {
            FrameworkItem parent = imported.parentIdentifier() == null ? null : saved.get(imported.parentIdentifier());
            int position = nextPosition.merge(String.valueOf(imported.parentIdentifier()), 1, Integer::sum);
            FrameworkItem item = existing.remove(imported.identifier().toLowerCase(java.util.Locale.ROOT));
            if (item == null) {
                item = new FrameworkItem(edition, imported.identifier());
                item.describe(parent, position, imported.description());
                em.persist(item);
            } else {
                item.describe(parent, position, imported.description());
            }
            saved.put(imported.identifier(), item);
            if (++done % FLUSH_EVERY == 0) {
                em.flush();
                progress.accept(done);
            }
        }
        removeAll(List.copyOf(existing.values()));
        em.flush();
        progress.accept(done);
        return edition;
    }

    /**
     * Children before parents, so that no removal waits on the cascade. Items
     * that curricula are mapped to are never removed behind their backs: the
     * whole import is refused instead.
     */
    private void removeAll(List<FrameworkItem> gone) {
        if (gone.isEmpty()) {
            return;
        }
        long mapped = em.createQuery("select count(m) from NodeMapping m where m.item in :gone", Long.class)
                .setParameter("gone", gone).getSingleResult();
        if (mapped > 0) {
            throw new org.peaceops.cadre.platform.ConflictException("error.framework.itemsInUse", gone.size(), mapped);
        }
        gone.stream()
                .sorted((a, b) -> Integer.compare(depth(b), depth(a)))
                .forEach(em::remove);
    }

    private static int depth(FrameworkItem item) {
        int depth = 0;
        for (FrameworkItem at = item.getParent(); at != null; at = at.getParent()) {
            depth++;
        }
        return depth;
    }
}
