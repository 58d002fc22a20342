package org.peaceops.cadre.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.security.CurrentUser;

/**
 * Keeps background jobs' progress. Every update is its own transaction so that
 * progress is visible while the work's own transaction is still open, and a
 * failure is recorded although the work was rolled back.
 */
@ApplicationScoped
public class JobService {

    static final String RECORD = "BackgroundJob";

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Transactional(TxType.REQUIRES_NEW)
    public long queue(String kind, int total, AuditLog.Actor startedBy) {
        BackgroundJob job = new BackgroundJob(kind, total, startedBy.name(), startedBy.centreId(), clock.instant());
        em.persist(job);
        em.flush();
        return job.getId();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void progress(long id, int done) {
        em.find(BackgroundJob.class, id).progress(done);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void succeed(long id, Long resultId) {
        em.find(BackgroundJob.class, id).succeed(resultId, clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void fail(long id, String problems) {
        em.find(BackgroundJob.class, id).fail(problems, clock.instant());
    }

    /** A job its starter or an administrator may follow; anyone else is told it does not exist. */
    @Transactional(TxType.SUPPORTS)
    public BackgroundJob get(long id) {
        CurrentUser.Caller caller = currentUser.caller();
        BackgroundJob job = em.find(BackgroundJob.class, id);
        if (job == null || !(currentUser.isAdmin() || job.getStartedBy().equals(caller.username()))) {
            throw new RecordNotFoundException(RECORD, id);
        }
        return job;
    }
}
