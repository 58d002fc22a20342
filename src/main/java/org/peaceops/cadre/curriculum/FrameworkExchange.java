package org.peaceops.cadre.curriculum;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.cadre.curriculum.exchange.CasePackage;
import org.peaceops.cadre.curriculum.exchange.CaseReader;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.jobs.JobService;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * CASE 1.0 import and export of framework editions. An import is read and
 * checked in full while the administrator waits, so that a bad file is refused
 * at once with every problem located and nothing stored; the writing then runs
 * in the background as a job whose progress can be followed.
 */
@ApplicationScoped
public class FrameworkExchange {

    static final String JOB_KIND = "CASE_IMPORT";
    private static final Logger LOG = Logger.getLogger(FrameworkExchange.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    FrameworkService frameworks;

    @Inject
    JobService jobs;

    @Inject
    CaseImportWriter writer;

    @Resource
    ManagedExecutorService executor;

    private final CaseReader reader = new CaseReader();

    @Transactional(Transactional.TxType.SUPPORTS)
    public CasePackage export(long editionId) {
        FrameworkEdition edition = frameworks.get(editionId);
        return CaseMapping.toCase(edition, frameworks.tree(editionId), frameworks.successions(editionId));
    }

    /**
     * Checks the package and queues its import; returns the job to follow.
     * Throws {@code CasePackageException} listing every problem when the file is not a sound package.
     */
    public long startImport(InputStream json) {
        currentUser.require(Role.ADMIN);
        CasePackage casePackage = reader.read(json);
        AuditLog.Actor actor = currentUser.actor();
        long job = jobs.queue(JOB_KIND, casePackage.items().size(), actor);
        executor.submit(() -> run(job, casePackage, actor));
        return job;
    }

    private void run(long job, CasePackage casePackage, AuditLog.Actor actor) {
        try {
            jobs.progress(job, 0);
            long editionId = writer.write(casePackage, actor, done -> jobs.progress(job, done));
            jobs.succeed(job, editionId);
        } catch (org.peaceops.cadre.platform.CadreException refused) {
            jobs.fail(job, refused.localizedMessage(java.util.Locale.ENGLISH));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CASE import job " + job + " failed", e);
            jobs.fail(job, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
