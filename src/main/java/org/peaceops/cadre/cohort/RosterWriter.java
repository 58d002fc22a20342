package org.peaceops.cadre.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.cadre.cohort.roster.RosterEntry;
import org.peaceops.cadre.cohort.roster.RosterProblem;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.people.PersonDetails;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.security.CentreReference;

/**
 * Writes a checked roster in one transaction: new people registered, known
 * ones (by nationality and service number) linked, everyone put on the
 * roster in their role. If anything fails half-way, nothing stays written.
 * The persistence context is emptied every {@value #BATCH} people, so that a
 * battalion's roster does not hold every entity in memory at once.
 */
@ApplicationScoped
public class RosterWriter {

    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    /**
     * Fault injection for tests that prove an import failing half-way leaves
     * nothing: the import stops with an error on reaching this service number.
     * Never set in production.
     */
    @Inject
    @ConfigProperty(name = "cadre.faults.roster-fail-at")
    Optional<String> failAt;

    /** What a written roster did. */
    record Written(int added, int linked) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Written write(long cohortId, List<RosterEntry> entries, Map<String, Long> known, Map<Long, CohortRole> members,
                  AuditLog.Actor actor, IntConsumer progress) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        CentreReference centre = em.getReference(CentreReference.class, cohort.centreId());
        Instant now = clock.instant();
        int added = 0;
        int linked = 0;
        for (int i = 0; i < entries.size(); i++) {
            RosterEntry entry = entries.get(i);
            if (failAt.filter(number -> number.equalsIgnoreCase(entry.serviceNumber())).isPresent()) {
                throw new IllegalStateException("Fault injected at row " + entry.row());
            }
            Long personId = known.get(RosterChecks.key(entry.nationality(), entry.serviceNumber()));
            Person person;
            if (personId == null) {
                person = Person.registered(centre, details(entry), now);
                em.persist(person);
                added++;
            } else {
                person = em.getReference(Person.class, personId);
                linked++;
            }
            CohortRole role = members.get(person.getId());
            if (role == null) {
                em.persist(new CohortMember(cohort, person, entry.cohortRole(), now));
            } else if (role != entry.cohortRole()) {
                em.createQuery("update CohortMember m set m.role = :role, m.version = m.version + 1 "
                                + "where m.cohort = :cohort and m.person = :person")
                        .setParameter("role", entry.cohortRole()).setParameter("cohort", cohort)
                        .setParameter("person", person).executeUpdate();
            }
            if ((i + 1) % BATCH == 0) {
                em.flush();
                em.clear();
                cohort = em.find(Cohort.class, cohortId);
                centre = em.getReference(CentreReference.class, cohort.centreId());
                progress.accept(i + 1);
            }
        }
        em.flush();
        auditLog.changed(actor, "IMPORT_ROSTER", CohortService.RECORD, cohortId,
                entries.size() + " rows: " + added + " people added, " + linked + " linked");
        return new Written(added, linked);
    }

    private static PersonDetails details(RosterEntry entry) {
        return new PersonDetails(entry.familyName(), entry.givenNames(), entry.rank(), entry.rankBand(),
                entry.serviceNumber(), entry.nationality(), entry.category(), entry.gender(), entry.languages(),
                entry.dateOfBirth(), entry.email());
    }

    /** Problems found are kept with the import for the screen and the API. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void refuse(long runId, int rows, List<RosterProblem> problems) {
        em.find(RosterImportRun.class, runId).refuse(rows, problems, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void imported(long runId, int rows, Written written, List<RosterProblem> warnings) {
        em.find(RosterImportRun.class, runId).imported(rows, written.added(), written.linked(), warnings,
                clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void fail(long runId) {
        em.find(RosterImportRun.class, runId).fail(clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long open(long cohortId, long jobId, String fileName, String startedBy) {
        RosterImportRun run = new RosterImportRun(em.find(Cohort.class, cohortId), jobId, fileName, startedBy,
                clock.instant());
        em.persist(run);
        em.flush();
        return run.getId();
    }
}
