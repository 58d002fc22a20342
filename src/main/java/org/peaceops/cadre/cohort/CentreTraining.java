package org.peaceops.cadre.cohort;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peaceops.cadre.cohort.forecast.Demand;
import org.peaceops.cadre.cohort.forecast.Forecast;
import org.peaceops.cadre.cohort.forecast.Opening;
import org.peaceops.cadre.cohort.forecast.SeatForecast;
import org.peaceops.cadre.course.EnrolmentStatus;
import org.peaceops.cadre.course.OfferingStatus;
import org.peaceops.cadre.people.Gender;

/**
 * Everything a centre's readiness and forecast are computed from, read in
 * six statements whatever the number of cohorts and people: the cohorts
 * still to deploy (and the one asked for, if it already has), their plans,
 * their rosters, every member's enrolments on the plans' courses, and the
 * free seats and quota places of the offerings still to start. All cohorts
 * are read together because they compete for the same free seats.
 */
final class CentreTraining {

    private static final List<OfferingStatus> JOINABLE = List.of(OfferingStatus.PLANNED, OfferingStatus.OPEN);

    final LocalDate today;
    final int marginDays;
    final List<Cohort> cohorts;
    private final List<PlanCourse> plans;
    private final Map<Long, List<Readiness.Member>> rosters = new HashMap<>();
    private final Map<Long, List<Readiness.PersonAttempt>> attempts;
    private final List<Opening> openings;
    private final Map<Long, Readiness> readiness = new HashMap<>();

    private CentreTraining(LocalDate today, int marginDays, List<Cohort> cohorts, List<PlanCourse> plans,
                           Map<Long, List<Readiness.PersonAttempt>> attempts, List<Opening> openings) {
        this.today = today;
        this.marginDays = marginDays;
        this.cohorts = cohorts;
        this.plans = plans;
        this.attempts = attempts;
        this.openings = openings;
    }

    /** The centre's cohorts that deploy today or later, and {@code alsoCohortId} whatever its date. */
    static CentreTraining read(EntityManager em, long centreId, String timeZone, java.time.Clock clock,
                               int marginDays, Long alsoCohortId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
        String scope = "(c.centre.id = :centre and (c.deploysOn >= :today or c.id = :also))";
        List<Cohort> cohorts = em.createQuery("select c from Cohort c join fetch c.mission where " + scope
                        + " order by c.deploysOn, c.id", Cohort.class)
                .setParameter("centre", centreId).setParameter("today", today)
                .setParameter("also", alsoCohortId == null ? -1L : alsoCohortId).getResultList();
        if (cohorts.isEmpty()) {
            return new CentreTraining(today, marginDays, cohorts, List.of(), Map.of(), List.of());
        }
        List<PlanCourse> plans = em.createQuery("select p from PlanCourse p join fetch p.course join p.cohort c where "
                        + scope + " order by p.course.code", PlanCourse.class)
                .setParameter("centre", centreId).setParameter("today", today)
                .setParameter("also", alsoCohortId == null ? -1L : alsoCohortId).getResultList();
        CentreTraining read = new CentreTraining(today, marginDays, cohorts, plans,
                plans.isEmpty() ? Map.of() : attempts(em, scope, centreId, today, alsoCohortId, courses(plans)),
                plans.isEmpty() ? List.of() : openings(em, centreId, today, courses(plans)));
        em.createQuery("select m.cohort.id, m.person.id, m.role, p.gender from CohortMember m join m.person p "
                        + "join m.cohort c where " + scope, Object[].class)
                .setParameter("centre", centreId).setParameter("today", today)
                .setParameter("also", alsoCohortId == null ? -1L : alsoCohortId).getResultStream()
                .forEach(row -> read.rosters.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>())
                        .add(new Readiness.Member((Long) row[1], (CohortRole) row[2], (Gender) row[3])));
        return read;
    }

    /** The cohort's readiness against its plan, worked out once however often it is asked for. */
    Readiness readiness(Cohort cohort) {
        return readiness.computeIfAbsent(cohort.getId(), id -> compute(cohort));
    }

    private Readiness compute(Cohort cohort) {
        List<Readiness.Member> roster = rosters.getOrDefault(cohort.getId(), List.of());
        java.util.Set<Long> members = roster.stream().map(Readiness.Member::personId).collect(Collectors.toSet());
        List<Readiness.PersonAttempt> theirs = attempts.entrySet().stream()
                .filter(e -> members.contains(e.getKey())).flatMap(e -> e.getValue().stream()).toList();
        return Readiness.of(roster, plan(cohort).stream()
                .map(p -> new Readiness.Requirement(p.getCourse().getId(), p.getRole())).toList(),
                theirs, today, deadline(cohort));
    }

    /** Whether the people who need a seat in time can still get one, every cohort competing for the same seats. */
    Forecast forecast() {
        List<Demand> demands = new java.util.ArrayList<>();
        for (Cohort cohort : cohorts) {
            if (cohort.getDeploysOn().isBefore(today)) {
                continue; // deployed: it no longer competes for seats
            }
            for (Readiness.Element element : readiness(cohort).elements()) {
                if (element.needingSeat() > 0) {
                    demands.add(new Demand(cohort.getId(), element.courseId(), cohort.getCountry(), deadline(cohort),
                            element.needingSeat()));
                }
            }
        }
        return SeatForecast.forecast(demands, openings);
    }

    List<PlanCourse> plan(Cohort cohort) {
        return plans.stream().filter(p -> p.getCohort().getId().equals(cohort.getId())).toList();
    }

    LocalDate deadline(Cohort cohort) {
        return cohort.getDeploysOn().minusDays(marginDays);
    }

    private static List<Long> courses(List<PlanCourse> plans) {
        return plans.stream().map(p -> p.getCourse().getId()).distinct().toList();
    }

    /** Every live enrolment of the cohorts' members on the plans' courses, by person. */
    private static Map<Long, List<Readiness.PersonAttempt>> attempts(EntityManager em, String scope, long centreId,
                                                                     LocalDate today, Long also, List<Long> courses) {
        return em.createQuery("""
                        select e.id, e.person.id, o.id, o.course.id, e.status, o.status, o.startsOn, o.endsOn
                        from Enrolment e join e.offering o
                        where o.course.id in :courses and e.status <> :cancelled and e.person.id in (
                            select m.person.id from CohortMember m join m.cohort c where\s""" + scope + ")",
                        Object[].class)
                .setParameter("courses", courses).setParameter("cancelled", EnrolmentStatus.CANCELLED)
                .setParameter("centre", centreId).setParameter("today", today)
                .setParameter("also", also == null ? -1L : also).getResultStream()
                .map(row -> new Readiness.PersonAttempt((Long) row[1], (Long) row[3], new PlanStanding.Attempt(
                        (Long) row[0], (Long) row[2], (EnrolmentStatus) row[4], (OfferingStatus) row[5],
                        (LocalDate) row[6], (LocalDate) row[7])))
                .collect(Collectors.groupingBy(Readiness.PersonAttempt::personId));
    }

    /** The free seats of the plans' offerings still to start, with what is left of each country's quota. */
    private static List<Opening> openings(EntityManager em, long centreId, LocalDate today, List<Long> courses) {
        List<Object[]> offerings = em.createQuery("""
                        select o.id, o.course.id, o.endsOn, o.seats - o.enrolled from Offering o
                        where o.centre.id = :centre and o.course.id in :courses and o.status in :joinable
                        and o.startsOn > :today and o.seats > o.enrolled""", Object[].class)
                .setParameter("centre", centreId).setParameter("courses", courses)
                .setParameter("joinable", JOINABLE).setParameter("today", today).getResultList();
        if (offerings.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, Integer>> quotas = new HashMap<>();
        em.createQuery("select q.offering.id, q.country, q.seats - q.taken from OfferingQuota q "
                        + "where q.offering.id in :offerings", Object[].class)
                .setParameter("offerings", offerings.stream().map(row -> row[0]).toList()).getResultStream()
                .forEach(row -> quotas.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((String) row[1], Math.max(0, ((Number) row[2]).intValue())));
        return offerings.stream().map(row -> new Opening((Long) row[0], (Long) row[1], (LocalDate) row[2],
                ((Number) row[3]).intValue(), quotas.getOrDefault((Long) row[0], Map.of()))).toList();
    }
}
