package org.peaceops.cadre.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/** Missions: read by every signed-in user, kept by administrators; codes are unique. */
@ApplicationScoped
@Transactional
public class MissionService {

    static final String RECORD = "Mission";
    private static final PagedQuery<Mission> LIST = new PagedQuery<>(Mission.class, Map.of(
            "code", "code", "name", "name", "leadOrganisation", "leadOrganisation", "status", "status",
            "startedOn", "startedOn", "endedOn", "endedOn"), "code");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    public Page<Mission> page(@NotNull PageRequest request) {
        currentUser.caller();
        return LIST.run(em, request);
    }

    public Mission get(long id) {
        currentUser.caller();
        return find(id);
    }

    public Mission create(@NotNull @Valid MissionDetails details) {
        currentUser.require(Role.ADMIN);
        requireUniqueCode(details.code(), null);
        Mission mission = new Mission(details);
        em.persist(mission);
        em.flush();
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, mission.getId(), mission.getCode());
        return mission;
    }

    public Mission change(long id, long expectedVersion, @NotNull @Valid MissionDetails details) {
        currentUser.require(Role.ADMIN);
        Mission mission = find(id);
        mission.requireVersion(expectedVersion);
        requireUniqueCode(details.code(), id);
        mission.describe(details);
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id, mission.getCode() + " " + mission.getStatus());
        return mission;
    }

    public void delete(long id) {
        currentUser.require(Role.ADMIN);
        Mission mission = find(id);
        em.remove(mission);
        auditLog.changed(currentUser.actor(), "DELETE", RECORD, id, mission.getCode());
    }

    private Mission find(long id) {
        Mission mission = em.find(Mission.class, id);
        if (mission == null) {
            throw new RecordNotFoundException(RECORD, id);
        }
        return mission;
    }

    private void requireUniqueCode(String code, Long exceptId) {
        boolean taken = em.createQuery("select m.id from Mission m where m.code = :code", Long.class)
                .setParameter("code", code)
                .getResultStream().anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new InvalidInputException("code", "error.mission.codeTaken", code);
        }
    }
}
