package org.peaceops.cadre.centre;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
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
 * Training centres: any signed-in user may read them (centres know each other
 * through IAPTC); only administrators create, change or delete them, and a
 * centre that still has rooms or accounts cannot be deleted.
 */
@ApplicationScoped
@Transactional
public class CentreService {

    static final String RECORD = "TrainingCentre";
    private static final PagedQuery<TrainingCentre> LIST = new PagedQuery<>(TrainingCentre.class, Map.of(
            "name", "name", "countryCode", "countryCode", "city", "city",
            "regionalAssociation", "regionalAssociation", "timeZone", "timeZone"), "name");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    public Page<TrainingCentre> page(@NotNull PageRequest request) {
        currentUser.caller();
        return LIST.run(em, request);
    }

    /** Every centre by name, for choosing one in a form (a few hundred at most). */
    public List<TrainingCentre> choices() {
        currentUser.caller();
        return em.createQuery("select c from TrainingCentre c order by c.name", TrainingCentre.class)
                .getResultList();
    }

    public TrainingCentre get(long id) {
        currentUser.caller();
        return find(id);
    }

    public TrainingCentre create(@NotNull @Valid CentreDetails details) {
        currentUser.require(Role.ADMIN);
        requireUniqueName(details.name(), null);
        TrainingCentre centre = new TrainingCentre(details);
        em.persist(centre);
        em.flush();
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, centre.getId(), centre.getName());
        return centre;
    }

    public TrainingCentre change(long id, long expectedVersion, @NotNull @Valid CentreDetails details) {
        currentUser.require(Role.ADMIN);
        TrainingCentre centre = find(id);
        centre.requireVersion(expectedVersion);
        requireUniqueName(details.name(), id);
        centre.describe(details);
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id, centre.getName());
        return centre;
    }

    /** The signed-in staff member's own centre. */
    public TrainingCentre own() {
        return find(currentUser.require(Role.CENTRE_STAFF).centreId());
    }

    /** The hours and breaks the centre teaches in; its staff and administrators keep them. */
    public TrainingCentre changeWorkingDay(long id, long expectedVersion, @NotNull WorkingDay day) {
        currentUser.require(Role.CENTRE_STAFF, Role.ADMIN);
        currentUser.guardCentre(id, RECORD, id);
        TrainingCentre centre = find(id);
        centre.requireVersion(expectedVersion);
        centre.keepWorkingDay(day);
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id, centre.getName() + " working day "
                + day.start() + ".." + day.end() + " breaks " + day.breaksText());
        return centre;
    }

    public void delete(long id) {
        currentUser.require(Role.ADMIN);
        TrainingCentre centre = find(id);
        long dependants = em.createQuery("select count(r) from Room r where r.centre = :c", Long.class)
                .setParameter("c", centre).getSingleResult()
                + em.createQuery("select count(a) from Account a where a.centre.id = :c", Long.class)
                .setParameter("c", centre.getId()).getSingleResult();
        if (dependants > 0) {
            throw new ConflictException("error.centre.inUse", centre.getName());
        }
        em.remove(centre);
        auditLog.changed(currentUser.actor(), "DELETE", RECORD, id, centre.getName());
    }

    TrainingCentre find(long id) {
        TrainingCentre centre = em.find(TrainingCentre.class, id);
        if (centre == null) {
            throw new RecordNotFoundException(RECORD, id);
        }
        return centre;
    }

    private void requireUniqueName(String name, Long exceptId) {
        boolean taken = em.createQuery(
                        "select c.id from TrainingCentre c where lower(c.name) = :name", Long.class)
                .setParameter("name", name.strip().toLowerCase())
                .getResultStream().anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new InvalidInputException("name", "error.centre.nameTaken", name.strip());
        }
    }
}
