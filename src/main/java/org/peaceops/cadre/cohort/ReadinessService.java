package org.peaceops.cadre.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.course.EnrolmentStatus;
import org.peaceops.cadre.course.OfferingStatus;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.platform.persistence.Page;

/**
 * A cohort's readiness for its centre's staff: the roster against the plan,
 * read in four statements (the cohort, its plan, its roster, every member's
 * enrolments on the plan's courses) whatever the cohort's size; a page of
 * the people at risk costs one more, for their names.
 */
@ApplicationScoped
@Transactional
public class ReadinessService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortService cohorts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cadre.readiness.margin-days", defaultValue = "7")
    int marginDays;

    /** A cohort's readiness and what it was computed against. */
    public record CohortReadiness(Cohort cohort, LocalDate today, LocalDate deadline, Map<Long, Course> courses,
                                  Readiness readiness) {

        public long daysLeft() {
            return ChronoUnit.DAYS.between(today, cohort.getDeploysOn());
        }
    }

    /** A person at risk on one course, named. */
    public record NamedRisk(Person person, Course course, Readiness.Risk risk) implements java.io.Serializable {
    }

    public CohortReadiness of(long cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of(cohort.getCentre().getTimeZone())));
        LocalDate deadline = cohort.getDeploysOn().minusDays(marginDays);
        List<PlanCourse> plan = em.createQuery("select p from PlanCourse p join fetch p.course where p.cohort = :cohort"
                        + " order by p.course.code", PlanCourse.class)
                .setParameter("cohort", cohort).getResultList();
        List<Readiness.Member> roster = em.createQuery("""
                        select m.person.id, m.role, p.gender from CohortMember m join m.person p
                        where m.cohort = :cohort""", Object[].class)
                .setParameter("cohort", cohort).getResultStream()
                .map(row -> new Readiness.Member((Long) row[0], (CohortRole) row[1], (Gender) row[2])).toList();
        List<Readiness.PersonAttempt> attempts = plan.isEmpty() ? List.of() : attempts(cohort, plan);
        Readiness readiness = Readiness.of(roster, plan.stream()
                        .map(p -> new Readiness.Requirement(p.getCourse().getId(), p.getRole())).toList(),
                attempts, today, deadline);
        Map<Long, Course> courses = plan.stream().map(PlanCourse::getCourse)
                .collect(Collectors.toMap(Course::getId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        return new CohortReadiness(cohort, today, deadline, courses, readiness);
    }

    /** A page of the people at risk, in roster-id order, with their names (one statement more). */
    public Page<NamedRisk> risks(CohortReadiness computed, int offset, int limit) {
        List<Readiness.Risk> all = computed.readiness().risks();
        List<Readiness.Risk> page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        Map<Long, Person> people = page.isEmpty() ? Map.of() : em.createQuery(
                        "select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", page.stream().map(Readiness.Risk::personId).distinct().toList())
                .getResultStream().collect(Collectors.toMap(Person::getId, Function.identity()));
        return new Page<>(page.stream().map(risk -> new NamedRisk(people.get(risk.personId()),
                computed.courses().get(risk.courseId()), risk)).toList(), all.size(), offset, limit);
    }

    /** Every live enrolment of the cohort's members on the plan's courses, in one statement. */
    private List<Readiness.PersonAttempt> attempts(Cohort cohort, List<PlanCourse> plan) {
        return em.createQuery("""
                        select e.id, e.person.id, o.id, o.course.id, e.status, o.status, o.startsOn, o.endsOn
                        from Enrolment e join e.offering o
                        where o.course.id in :courses and e.status <> :cancelled and e.person.id in (
                            select m.person.id from CohortMember m where m.cohort = :cohort)""", Object[].class)
                .setParameter("courses", plan.stream().map(p -> p.getCourse().getId()).distinct().toList())
                .setParameter("cancelled", EnrolmentStatus.CANCELLED).setParameter("cohort", cohort)
                .getResultStream()
                .map(row -> new Readiness.PersonAttempt((Long) row[1], (Long) row[3], new PlanStanding.Attempt(
                        (Long) row[0], (Long) row[2], (EnrolmentStatus) row[4], (OfferingStatus) row[5],
                        (LocalDate) row[6], (LocalDate) row[7])))
                .toList();
    }
}
