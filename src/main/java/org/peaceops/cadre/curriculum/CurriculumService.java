package org.peaceops.cadre.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Curricula and their versions. A centre's staff and instructors read its
 * curricula, its staff write them; administrators reach every centre's. A new
 * curriculum starts with draft version 1; publishing freezes the draft and
 * supersedes the previous publication; a new draft copies the latest
 * publication.
 */
@ApplicationScoped
@Transactional
public class CurriculumService {

    static final String RECORD = "Curriculum";
    private static final Map<String, String> FIELDS = Map.of(
            "title", "title", "audience", "audience", "centre", "centre.name");

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    public Page<Curriculum> page(@NotNull PageRequest request) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF, Role.INSTRUCTOR, Role.ADMIN);
        PagedQuery<Curriculum> query = new PagedQuery<>(Curriculum.class, FIELDS, "title")
                .fetch(root -> root.fetch("centre", JoinType.INNER));
        if (!currentUser.isAdmin()) {
            query.scope((cb, root) -> cb.equal(root.get("centre").get("id"), caller.centreId()));
        }
        return query.run(em, request);
    }

    public Curriculum get(long id) {
        currentUser.require(Role.CENTRE_STAFF, Role.INSTRUCTOR, Role.ADMIN);
        Curriculum curriculum = em.createQuery(
                        "select c from Curriculum c join fetch c.centre where c.id = :id", Curriculum.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        currentUser.guardCentre(curriculum.getCentreId(), RECORD, id);
        return curriculum;
    }

    /** The curriculum, for a change by its centre's staff (or an administrator). */
    Curriculum forChange(long id) {
        currentUser.require(Role.CENTRE_STAFF, Role.ADMIN);
        return get(id);
    }

    public Curriculum create(Long centreId, @NotNull @Valid CurriculumDetails details) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF, Role.ADMIN);
        Long target = currentUser.isAdmin() ? centreId : caller.centreId();
        if (target == null) {
            throw new InvalidInputException("centreId", "error.room.centreRequired");
        }
        if (centreId != null) {
            currentUser.guardCentre(centreId, "TrainingCentre", centreId);
        }
        TrainingCentre centre = em.find(TrainingCentre.class, target);
        if (centre == null) {
            throw new InvalidInputException("centreId", "error.account.unknownCentre", target);
        }
        requireUniqueTitle(centre, details.title(), null);
        Curriculum curriculum = new Curriculum(centre, details);
        em.persist(curriculum);
        em.persist(new CurriculumVersion(curriculum, 1));
        em.flush();
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, curriculum.getId(), curriculum.getTitle());
        return curriculum;
    }

    public Curriculum change(long id, long expectedVersion, @NotNull @Valid CurriculumDetails details) {
        Curriculum curriculum = forChange(id);
        curriculum.requireVersion(expectedVersion);
        requireUniqueTitle(curriculum.getCentre(), details.title(), id);
        curriculum.describe(details);
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id, curriculum.getTitle());
        return curriculum;
    }

    public List<CurriculumVersion> versions(long curriculumId) {
        Curriculum curriculum = get(curriculumId);
        return em.createQuery("""
                        select v from CurriculumVersion v where v.curriculum = :c order by v.number desc""",
                        CurriculumVersion.class)
                .setParameter("c", curriculum).getResultList();
    }

    public CurriculumVersion version(long curriculumId, int number) {
        return versionOf(get(curriculumId), number);
    }

    /** Freezes the draft as a published version; the previous publication becomes superseded. */
    public CurriculumVersion publish(long curriculumId) {
        Curriculum curriculum = forChange(curriculumId);
        CurriculumVersion draft = draftOf(curriculum);
        em.createQuery("select v from CurriculumVersion v where v.curriculum = :c and v.status = :published",
                        CurriculumVersion.class)
                .setParameter("c", curriculum).setParameter("published", VersionStatus.PUBLISHED)
                .getResultList().forEach(CurriculumVersion::supersede);
        draft.publish(currentUser.caller().username(), clock.instant());
        auditLog.changed(currentUser.actor(), "PUBLISH", RECORD, curriculumId,
                curriculum.getTitle() + " v" + draft.getNumber());
        return draft;
    }

    /** Starts the next draft from the latest published version, nodes and mappings included. */
    public CurriculumVersion newDraft(long curriculumId) {
        Curriculum curriculum = forChange(curriculumId);
        List<CurriculumVersion> versions = em.createQuery(
                        "select v from CurriculumVersion v where v.curriculum = :c order by v.number desc",
                        CurriculumVersion.class)
                .setParameter("c", curriculum).getResultList();
        if (versions.stream().anyMatch(v -> v.getStatus() == VersionStatus.DRAFT)) {
            throw new ConflictException("error.version.draftExists");
        }
        CurriculumVersion latest = versions.get(0);
        CurriculumVersion draft = new CurriculumVersion(curriculum, latest.getNumber() + 1);
        em.persist(draft);
        VersionCopy.copy(em, latest, draft);
        em.flush();
        auditLog.changed(currentUser.actor(), "NEW_DRAFT", RECORD, curriculumId,
                curriculum.getTitle() + " v" + draft.getNumber() + " from v" + latest.getNumber());
        return draft;
    }

    CurriculumVersion draftOf(Curriculum curriculum) {
        return em.createQuery("select v from CurriculumVersion v where v.curriculum = :c and v.status = :draft",
                        CurriculumVersion.class)
                .setParameter("c", curriculum).setParameter("draft", VersionStatus.DRAFT)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ConflictException("error.version.noDraft"));
    }

    CurriculumVersion versionOf(Curriculum curriculum, int number) {
        return em.createQuery("select v from CurriculumVersion v where v.curriculum = :c and v.number = :n",
                        CurriculumVersion.class)
                .setParameter("c", curriculum).setParameter("n", number).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("CurriculumVersion", number));
    }

    private void requireUniqueTitle(TrainingCentre centre, String title, Long exceptId) {
        boolean taken = em.createQuery(
                        "select c.id from Curriculum c where c.centre = :centre and lower(c.title) = :title", Long.class)
                .setParameter("centre", centre).setParameter("title", title.strip().toLowerCase())
                .getResultStream().anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new InvalidInputException("title", "error.curriculum.titleTaken", title.strip());
        }
    }
}
