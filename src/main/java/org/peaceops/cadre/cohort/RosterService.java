package org.peaceops.cadre.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.people.PersonSearch;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;
import org.peaceops.cadre.platform.security.CurrentUser;

/**
 * A cohort's roster: who is in it and in which role. A page of the roster
 * costs the same few statements for a dozen staff officers as for a battalion.
 */
@ApplicationScoped
@Transactional
public class RosterService {

    static final String RECORD = "CohortMember";
    /** The filter that matches a member's name or service number, besides the roster's own fields. */
    public static final String SEARCH = "search";
    private static final Map<String, String> FIELDS = Map.of(
            "order", "id", "familyName", "person.familyName", "givenNames", "person.givenNames",
            "serviceNumber", "person.serviceNumber", "nationality", "person.nationality", "role", "role");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    @Inject
    CohortService cohorts;

    @Inject
    Clock clock;

    /**
     * A page of the roster in roster order (the order people joined it: a
     * roster file's order), or sorted by name, number or role; people and
     * their accounts fetched with it: three statements (the cohort, the count,
     * the page) whatever the cohort's size. Filter by role, or
     * {@value #SEARCH} for a name or number.
     */
    public Page<CohortMember> roster(long cohortId, @NotNull PageRequest request) {
        Cohort cohort = cohorts.get(cohortId);
        Map<String, String> filters = new HashMap<>(request.filters());
        String search = filters.remove(SEARCH);
        PagedQuery<CohortMember> query = new PagedQuery<>(CohortMember.class, FIELDS, "order")
                .fetch(root -> root.fetch("person").fetch("account", JoinType.LEFT))
                .scope((cb, root) -> cb.equal(root.get("cohort"), cohort));
        if (search != null && !search.isBlank()) {
            query.scope((cb, root) -> PersonSearch.matching(cb, root.<CohortMember, Person>join("person"), search));
        }
        return query.run(em, new PageRequest(request.offset(), request.limit(), request.sortField(),
                request.ascending(), filters));
    }

    /** How many people the cohort has, in each role; one statement. */
    public Map<CohortRole, Long> strength(long cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        Map<CohortRole, Long> strength = new java.util.EnumMap<>(CohortRole.class);
        em.createQuery("select m.role, count(m) from CohortMember m where m.cohort = :cohort group by m.role",
                        Object[].class)
                .setParameter("cohort", cohort).getResultStream()
                .forEach(row -> strength.put((CohortRole) row[0], (Long) row[1]));
        return strength;
    }

    public CohortMember add(long cohortId, long personId, @NotNull CohortRole role) {
        Cohort cohort = cohorts.get(cohortId);
        Person person = em.createQuery("select p from Person p left join fetch p.account where p.id = :id", Person.class)
                .setParameter("id", personId).getResultStream().findFirst().orElse(null);
        if (person == null || !person.centreId().equals(cohort.centreId())) {
            throw new InvalidInputException("personId", "error.cohort.personUnknown");
        }
        if (find(cohort, personId) != null) {
            throw new ConflictException("error.cohort.alreadyMember", person.getDisplayName(), cohort.label());
        }
        CohortMember member = new CohortMember(cohort, person, role, clock.instant());
        em.persist(member);
        auditLog.changed(currentUser.actor(), "ADD", RECORD, cohortId, person.getDisplayName() + " as " + role);
        return member;
    }

    public CohortMember assign(long cohortId, long personId, @NotNull CohortRole role) {
        CohortMember member = member(cohortId, personId);
        member.assign(role);
        auditLog.changed(currentUser.actor(), "ASSIGN", RECORD, cohortId, personId + " as " + role);
        return member;
    }

    /** Takes the person off the roster; their record and enrolments stay. */
    public void remove(long cohortId, long personId) {
        CohortMember member = member(cohortId, personId);
        em.remove(member);
        auditLog.changed(currentUser.actor(), "REMOVE", RECORD, cohortId, String.valueOf(personId));
    }

    private CohortMember member(long cohortId, long personId) {
        Cohort cohort = cohorts.get(cohortId);
        CohortMember member = find(cohort, personId);
        if (member == null) {
            throw new RecordNotFoundException(RECORD, personId);
        }
        return member;
    }

    private CohortMember find(Cohort cohort, long personId) {
        return em.createQuery("""
                        select m from CohortMember m join fetch m.person p left join fetch p.account
                        where m.cohort = :cohort and p.id = :person""",
                        CohortMember.class)
                .setParameter("cohort", cohort).setParameter("person", personId).getResultStream().findFirst()
                .orElse(null);
    }
}
