package org.peaceops.cadre.curriculum;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.peaceops.cadre.platform.audit.AuditLog;

/**
 * Adds the shipped ITS editions that the database does not have yet, at every
 * start-up. Editions already there are left as administrators keep them: the
 * shipped data is a starting point, not the authority.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ReferenceFrameworkLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceFrameworkLoader.class.getName());
    private static final AuditLog.Actor SYSTEM = new AuditLog.Actor("system", null);

    @PersistenceContext
    EntityManager em;

    @Inject
    FrameworkStore store;

    @Inject
    AuditLog auditLog;

    @PostConstruct
    void addMissingEditions() {
        int added = 0;
        for (ImportedFramework framework : ReferenceFrameworks.load()) {
            boolean present = !em.createQuery("""
                            select e.id from FrameworkEdition e
                            where e.code = :code or e.caseIdentifier = :identifier""", Long.class)
                    .setParameter("code", framework.details().code())
                    .setParameter("identifier", framework.identifier())
                    .getResultList().isEmpty();
            if (!present) {
                FrameworkEdition edition = store.save(framework, done -> { });
                auditLog.changed(SYSTEM, "CREATE", FrameworkService.RECORD, edition.getId(), edition.getCode());
                added++;
            }
        }
        int count = added;
        LOG.info(() -> "ITS reference frameworks: " + count + " editions added");
    }
}
