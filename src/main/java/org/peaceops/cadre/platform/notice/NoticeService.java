package org.peaceops.cadre.platform.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.CurrentUser;

/** The signed-in person's in-app notices: only ever their own. */
@ApplicationScoped
@Transactional
public class NoticeService {

    static final String RECORD = "Notice";
    private static final Map<String, String> FIELDS = Map.of("createdAt", "createdAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /**
     * Leaves a notice for a person, in the caller's transaction, so that it is
     * sent only if the change it tells of is kept. Its text is looked up when
     * read, in the reader's language: pass a message key and its arguments.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice send(@NotNull Account recipient, @NotNull String messageKey, @NotNull List<String> arguments) {
        Notice notice = new Notice(recipient, clock.instant(), messageKey, arguments);
        em.persist(notice);
        return notice;
    }

    public Page<Notice> mine(@NotNull PageRequest request) {
        Long me = currentUser.caller().accountId();
        return new PagedQuery<>(Notice.class, FIELDS, "-createdAt")
                .scope((cb, root) -> cb.equal(root.get("recipient").get("id"), me))
                .run(em, request);
    }

    public long unread() {
        Long me = currentUser.caller().accountId();
        return me == null ? 0 : em.createQuery(
                        "select count(n) from Notice n where n.recipient.id = :me and n.readAt is null", Long.class)
                .setParameter("me", me).getSingleResult();
    }

    /** Marks one of the caller's notices read; another person's answers as unknown. */
    public Notice markRead(long id) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null || !notice.getRecipient().getId().equals(currentUser.caller().accountId())) {
            throw new RecordNotFoundException(RECORD, id);
        }
        notice.markRead(clock.instant());
        return notice;
    }

    public int markAllRead() {
        return em.createQuery("""
                        update Notice n set n.readAt = :now, n.version = n.version + 1
                        where n.recipient.id = :me and n.readAt is null""")
                .setParameter("now", clock.instant()).setParameter("me", currentUser.caller().accountId())
                .executeUpdate();
    }
}
