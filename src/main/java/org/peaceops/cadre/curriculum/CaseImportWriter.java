package org.peaceops.cadre.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.peaceops.cadre.curriculum.exchange.CaseAssociation;
import org.peaceops.cadre.curriculum.exchange.CasePackage;
import org.peaceops.cadre.platform.audit.AuditLog;

/**
 * Writes a checked CASE package in one transaction: the edition and its items
 * (updated in place when the package was imported before), then the replacedBy
 * links to items Cadre already knows in other editions.
 */
@ApplicationScoped
class CaseImportWriter {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    FrameworkStore store;

    @Inject
    AuditLog auditLog;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long write(CasePackage casePackage, AuditLog.Actor actor, IntConsumer progress) {
        String identifier = casePackage.document().identifier();
        EditionDetails existing = em.createQuery(
                        "select e from FrameworkEdition e where lower(e.caseIdentifier) = :id", FrameworkEdition.class)
                .setParameter("id", identifier.toLowerCase(Locale.ROOT)).getResultStream()
                .map(FrameworkEdition::details).findFirst().orElse(null);
        ImportedFramework framework = CaseMapping.fromCase(casePackage, existing, clock.instant());
        if (existing == null && codeTaken(framework.details().code())) {
            framework = withCode(framework, CaseMapping.fallbackCode(identifier));
        }
        FrameworkEdition edition = store.save(framework, progress);
        linkSuccessors(casePackage, edition);
        auditLog.changed(actor, existing == null ? "IMPORT" : "REIMPORT", FrameworkService.RECORD, edition.getId(),
                edition.getCode() + ": " + framework.items().size() + " items");
        return edition.getId();
    }

    private void linkSuccessors(CasePackage casePackage, FrameworkEdition edition) {
        List<CaseAssociation> replacedBy = casePackage.associations().stream()
                .filter(a -> "replacedBy".equals(a.associationType())).toList();
        if (replacedBy.isEmpty()) {
            return;
        }
        Map<String, FrameworkItem> ours = em.createQuery(
                        "select i from FrameworkItem i where i.edition = :edition", FrameworkItem.class)
                .setParameter("edition", edition).getResultStream()
                .collect(Collectors.toMap(i -> i.getCaseIdentifier().toLowerCase(Locale.ROOT), Function.identity()));
        for (CaseAssociation link : replacedBy) {
            FrameworkItem from = ours.get(link.origin().identifier().toLowerCase(Locale.ROOT));
            FrameworkItem to = em.createQuery("""
                            select i from FrameworkItem i
                            where lower(i.caseIdentifier) = :id and i.edition <> :edition""", FrameworkItem.class)
                    .setParameter("id", link.destination().identifier().toLowerCase(Locale.ROOT))
                    .setParameter("edition", edition).getResultStream().findFirst().orElse(null);
            boolean known = from != null && to != null && !em.createQuery(
                            "select s.id from ItemSuccession s where s.from = :from and s.to = :to", Long.class)
                    .setParameter("from", from).setParameter("to", to).getResultList().isEmpty();
            if (from != null && to != null && !known) {
                em.persist(new ItemSuccession(from, to, SuccessionRelation.REPLACED_BY));
            }
        }
    }

    private boolean codeTaken(String code) {
        return !em.createQuery("select e.id from FrameworkEdition e where e.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty();
    }

    private static ImportedFramework withCode(ImportedFramework framework, String code) {
        EditionDetails d = framework.details();
        return new ImportedFramework(framework.identifier(), new EditionDetails(code, d.title(), d.family(),
                d.publisher(), d.language(), d.description(), d.status(), d.unconfirmed()),
                framework.changedAt(), framework.items());
    }
}
