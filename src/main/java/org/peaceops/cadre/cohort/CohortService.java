package org.peaceops.cadre.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.mission.Mission;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;
import org.peaceops.cadre.platform.security.CentreReference;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * A centre's cohorts and their training plans, kept by its staff. Another
 * centre's cohort answers 404, as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class CohortService {

    public static final String RECORD = "Cohort";
    /** Filters on the deployment date, besides the list's own fields: from and until (inclusive), ISO dates. */
    public static final String DEPLOYS_FROM = "deploysFrom";
    public static final String DEPLOYS_UNTIL = "deploysUntil";
    private static final Map<String, String> FIELDS = Map.of(
            "country", "country", "contingentName", "contingentName", "contingentType", "contingentType",
            "mission", "mission.code", "rotation", "rotation", "deploysOn", "deploysOn");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** One training-plan course: for everyone when {@code role} is empty. */
    public record PlanEntry(@NotNull Long courseId, CohortRole role) implements java.io.Serializable {
    }

    /** The centre's cohorts, soonest deployment first: two statements, missions fetched with them. */
    public Page<Cohort> page(@NotNull PageRequest request) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        Map<String, String> filters = new HashMap<>(request.filters());
        LocalDate from = date(DEPLOYS_FROM, filters.remove(DEPLOYS_FROM));
        LocalDate until = date(DEPLOYS_UNTIL, filters.remove(DEPLOYS_UNTIL));
        PagedQuery<Cohort> query = new PagedQuery<>(Cohort.class, FIELDS, "deploysOn")
                .fetch(root -> root.fetch("mission"))
                .scope((cb, root) -> cb.equal(root.get("centre").get("id"), caller.centreId()));
        if (from != null) {
            query.scope((cb, root) -> cb.greaterThanOrEqualTo(root.get("deploysOn"), from));
        }
        if (until != null) {
            query.scope((cb, root) -> cb.lessThanOrEqualTo(root.get("deploysOn"), until));
        }
        return query.run(em, new PageRequest(request.offset(), request.limit(), request.sortField(),
                request.ascending(), filters));
    }

    public Cohort get(long id) {
        currentUser.require(Role.CENTRE_STAFF);
        Cohort cohort = em.createQuery("select c from Cohort c join fetch c.mission join fetch c.centre where c.id = :id", Cohort.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        currentUser.guardCentre(cohort.centreId(), RECORD, id);
        return cohort;
    }

    public Cohort create(@NotNull @Valid CohortDetails details) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        Cohort cohort = new Cohort(em.getReference(CentreReference.class, caller.centreId()), clock.instant());
        cohort.describe(details, mission(details.missionId()));
        em.persist(cohort);
        flushUnique(cohort);
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, cohort.getId(), cohort.label());
        return cohort;
    }

    public Cohort change(long id, long expectedVersion, @NotNull @Valid CohortDetails details) {
        Cohort cohort = get(id);
        cohort.requireVersion(expectedVersion);
        cohort.describe(details, mission(details.missionId()));
        flushUnique(cohort);
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id, cohort.label());
        return cohort;
    }

    /** Deletes the cohort, its roster and plan; the people and their enrolments stay. */
    public void delete(long id) {
        Cohort cohort = get(id);
        em.createQuery("delete from CohortMember m where m.cohort = :cohort").setParameter("cohort", cohort)
                .executeUpdate();
        em.createQuery("delete from PlanCourse p where p.cohort = :cohort").setParameter("cohort", cohort)
                .executeUpdate();
        em.remove(cohort);
        auditLog.changed(currentUser.actor(), "DELETE", RECORD, id, cohort.label());
    }

    /** The training plan: courses for everyone first, then each role's extras; one statement. */
    public List<PlanCourse> plan(long id) {
        Cohort cohort = get(id);
        return em.createQuery("""
                        select p from PlanCourse p join fetch p.course c where p.cohort = :cohort
                        order by case when p.role is null then 0 else 1 end, p.role, c.code""", PlanCourse.class)
                .setParameter("cohort", cohort).getResultList();
    }

    /** Replaces the training plan with the entries given (repeated entries count once). */
    public List<PlanCourse> replacePlan(long id, @NotNull Collection<@NotNull @Valid PlanEntry> entries) {
        Cohort cohort = get(id);
        em.createQuery("delete from PlanCourse p where p.cohort = :cohort").setParameter("cohort", cohort)
                .executeUpdate();
        for (PlanEntry entry : new LinkedHashSet<>(entries)) {
            em.persist(new PlanCourse(cohort, course(entry.courseId()), entry.role()));
        }
        em.flush();
        auditLog.changed(currentUser.actor(), "UPDATE_PLAN", RECORD, id, entries.size() + " courses");
        return plan(id);
    }

    private Mission mission(Long id) {
        Mission mission = id == null ? null : em.find(Mission.class, id);
        if (mission == null) {
            throw new InvalidInputException("missionId", "error.cohort.missionUnknown");
        }
        return mission;
    }

    private Course course(Long id) {
        Course course = em.find(Course.class, id);
        if (course == null || !course.belongsTo(currentUser.caller().centreId())) {
            throw new InvalidInputException("courseId", "error.course.unknown");
        }
        return course;
    }

    /** Writes now, so that a second cohort with the same country, name and rotation is refused on its field. */
    private void flushUnique(Cohort cohort) {
        CurrentUser.Caller caller = currentUser.caller();
        boolean taken = !em.createQuery("""
                        select c.id from Cohort c where c.centre.id = :centre and c.country = :country
                        and c.contingentName = :name and c.rotation = :rotation and c.id <> :self""", Long.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("centre", caller.centreId()).setParameter("country", cohort.getCountry())
                .setParameter("name", cohort.getContingentName()).setParameter("rotation", cohort.getRotation())
                .setParameter("self", cohort.getId() == null ? -1L : cohort.getId()).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("rotation", "error.cohort.duplicate", cohort.label());
        }
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new InvalidInputException("rotation", "error.cohort.duplicate", cohort.label());
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "error.page.filterValue", value);
        }
    }
}
