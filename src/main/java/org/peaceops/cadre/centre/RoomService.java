package org.peaceops.cadre.centre;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.JoinType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
 * Rooms of a centre. Members of a centre see its rooms; its staff add, change
 * and remove them; administrators see and manage every centre's rooms. The
 * centre always comes from the signed-in user, except for administrators, who
 * name it.
 */
@ApplicationScoped
@Transactional
public class RoomService {

    static final String RECORD = "Room";
    private static final Map<String, String> FIELDS = Map.of(
            "name", "name", "building", "building", "capacity", "capacity", "centre", "centre.name");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CentreService centres;

    @Inject
    AuditLog auditLog;

    /**
     * The user's own centre's rooms, for its staff and instructors (who take
     * room calendars); for an administrator, every centre's.
     */
    public Page<Room> page(@NotNull PageRequest request) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF, Role.INSTRUCTOR, Role.ADMIN);
        PagedQuery<Room> query = new PagedQuery<>(Room.class, FIELDS, "name")
                .fetch(root -> root.fetch("centre", JoinType.INNER));
        if (!currentUser.isAdmin()) {
            query.scope((cb, root) -> cb.equal(root.get("centre").get("id"), caller.centreId()));
        }
        return query.run(em, request);
    }

    public Room get(long id) {
        currentUser.require(Role.CENTRE_STAFF, Role.INSTRUCTOR, Role.ADMIN);
        Room room = find(id);
        currentUser.guardCentre(room.getCentre().getId(), RECORD, id);
        return room;
    }

    /**
     * Adds a room to the staff member's own centre; an administrator names the
     * centre in {@code centreId}, which anyone else may only leave empty or set
     * to their own centre.
     */
    public Room add(Long centreId, @NotNull @Valid RoomDetails details) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF, Role.ADMIN);
        Long target = currentUser.isAdmin() ? centreId : caller.centreId();
        if (target == null) {
            throw new InvalidInputException("centreId", "error.room.centreRequired");
        }
        if (centreId != null) {
            currentUser.guardCentre(centreId, CentreService.RECORD, centreId);
        }
        TrainingCentre centre = centres.find(target);
        requireUniqueName(centre, details.name(), null);
        Room room = new Room(centre, details);
        em.persist(room);
        em.flush();
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, room.getId(), centre.getName() + ": " + room.getName());
        return room;
    }

    public Room change(long id, long expectedVersion, @NotNull @Valid RoomDetails details) {
        currentUser.require(Role.CENTRE_STAFF, Role.ADMIN);
        Room room = get(id);
        room.requireVersion(expectedVersion);
        requireUniqueName(room.getCentre(), details.name(), id);
        room.describe(details);
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id, room.getName() + " capacity " + room.getCapacity());
        return room;
    }

    public void remove(long id) {
        currentUser.require(Role.CENTRE_STAFF, Role.ADMIN);
        Room room = get(id);
        em.remove(room);
        try {
            em.flush();
        } catch (PersistenceException stillBooked) {
            // Sessions (of this centre's offerings) still name the room; their slice is not this one's to ask.
            throw new ConflictException("error.room.inUse", room.getName());
        }
        auditLog.changed(currentUser.actor(), "DELETE", RECORD, id, room.getName());
    }

    /** The room with its centre, which every caller shows or checks. */
    private Room find(long id) {
        return em.createQuery("select r from Room r join fetch r.centre where r.id = :id", Room.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    private void requireUniqueName(TrainingCentre centre, String name, Long exceptId) {
        boolean taken = em.createQuery(
                        "select r.id from Room r where r.centre = :centre and lower(r.name) = :name", Long.class)
                .setParameter("centre", centre)
                .setParameter("name", name.strip().toLowerCase())
                .getResultStream().anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new InvalidInputException("name", "error.room.nameTaken", name.strip());
        }
    }
}
