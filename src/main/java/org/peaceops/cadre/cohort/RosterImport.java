package org.peaceops.cadre.cohort;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.cadre.cohort.roster.RosterReader;
import org.peaceops.cadre.cohort.roster.RosterSheet;
import org.peaceops.cadre.cohort.roster.RosterValidation;
import org.peaceops.cadre.cohort.roster.RosterValidator;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.jobs.JobService;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Imports a contingent's roster file into a cohort, in the background with
 * progress. Every row is checked first (the file's own rules, then what the
 * centre already knows); if anything is wrong nothing is written and every
 * problem is kept for the user; else the whole file is written in one
 * transaction ({@link RosterWriter}).
 */
@ApplicationScoped
public class RosterImport {

    private static final Logger LOG = Logger.getLogger(RosterImport.class.getName());
    static final String JOB_KIND = "ROSTER_IMPORT";
    static final String RECORD = "RosterImport";
    /** A battalion's roster is well under this; anything larger is not a roster. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CohortService cohorts;

    @Inject
    JobService jobs;

    @Inject
    RosterChecks checks;

    @Inject
    RosterWriter writer;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /** Queues the import of the file into the cohort; returns the import to follow. */
    public RosterImportRun start(long cohortId, String fileName, byte[] content) {
        currentUser.require(Role.CENTRE_STAFF);
        Cohort cohort = cohorts.get(cohortId);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "error.roster.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "error.roster.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null || fileName.isBlank() ? "roster" : fileName.strip();
        AuditLog.Actor actor = currentUser.actor();
        long job = jobs.queue(JOB_KIND, 100, actor);
        long run = writer.open(cohortId, job, name, actor.name());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(cohort.getCentre().getTimeZone())));
        executor.submit(() -> run(run, job, cohortId, name, content, actor, today));
        return get(cohortId, run);
    }

    /** An import into one of the caller's centre's cohorts; any other answers 404. */
    @Transactional
    public RosterImportRun get(long cohortId, long runId) {
        Cohort cohort = cohorts.get(cohortId);
        RosterImportRun run = em.find(RosterImportRun.class, runId);
        if (run == null || !run.getCohort().getId().equals(cohort.getId())) {
            throw new RecordNotFoundException(RECORD, runId);
        }
        return run;
    }

    /** The cohort's imports, newest first (the last 20). */
    @Transactional
    public List<RosterImportRun> of(long cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        return em.createQuery("select r from RosterImportRun r where r.cohort = :cohort order by r.startedAt desc",
                        RosterImportRun.class)
                .setParameter("cohort", cohort).setMaxResults(20).getResultList();
    }

    private void run(long run, long job, long cohortId, String fileName, byte[] content, AuditLog.Actor actor,
                     LocalDate today) {
        try {
            jobs.progress(job, 1);
            RosterSheet sheet = new RosterReader().read(fileName, new ByteArrayInputStream(content));
            RosterValidation validation = new RosterValidator().validate(sheet, today);
            int rows = sheet.rows().size();
            jobs.progress(job, 20);
            if (!validation.isValid()) {
                writer.refuse(run, rows, validation.problems());
                jobs.fail(job, validation.problems().size() + " problems in " + fileName);
                return;
            }
            RosterChecks.Found found = checks.check(cohortId, validation.entries());
            jobs.progress(job, 30);
            int total = validation.entries().size();
            RosterWriter.Written written = writer.write(cohortId, validation.entries(), found.known(),
                    found.members(), actor, done -> jobs.progress(job, 30 + 70 * done / Math.max(1, total)));
            writer.imported(run, rows, written, found.warnings());
            jobs.succeed(job, cohortId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Roster import " + run + " failed", e);
            writer.fail(run);
            jobs.fail(job, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
