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
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.cadre.centre.CentreService;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.course.Enrolment;
import org.peaceops.cadre.course.EnrolmentService;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * A trainee's own progress towards deployment: for each cohort they are in
 * that has not yet deployed, every course of the plan that applies to them
 * (everyone's, and their role's) and where they stand on it. Reads only the
 * caller's own rows: five statements or so, whatever the centre holds.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CentreService centres;

    @Inject
    Clock clock;

    /** Training that ends later than this many days before deployment is too late: travel, leave, kit issue. */
    @Inject
    @ConfigProperty(name = "cadre.readiness.margin-days", defaultValue = "7")
    int marginDays;

    /** One course of the plan and where the person stands on it; the waitlist position while waiting. */
    public record ElementProgress(Course course, PlanStanding standing, Long waitlistPosition) {
    }

    /** One cohort the person is in, how long is left, and each course of their plan. */
    public record CohortProgress(Cohort cohort, CohortRole role, LocalDate deadline, long daysLeft,
                                 List<ElementProgress> elements) {

        public long done() {
            return elements.stream().filter(e -> e.standing().status() == ElementStatus.DONE).count();
        }

        public boolean onTrack() {
            return elements.stream().allMatch(e -> e.standing().onTrack());
        }
    }

    /** The caller's cohorts still to deploy, soonest first, each with the caller's plan. */
    public List<CohortProgress> mine() {
        CurrentUser.Caller me = currentUser.require(Role.TRAINEE);
        LocalDate today = LocalDate.now(clock.withZone(centres.get(me.centreId()).zone()));
        List<CohortMember> memberships = em.createQuery("""
                        select m from CohortMember m join fetch m.cohort c join fetch c.mission
                        where m.person.account.id = :me and c.deploysOn >= :today order by c.deploysOn, c.id""",
                        CohortMember.class)
                .setParameter("me", me.accountId()).setParameter("today", today).getResultList();
        if (memberships.isEmpty()) {
            return List.of();
        }
        List<PlanCourse> plans = em.createQuery("""
                        select p from PlanCourse p join fetch p.course
                        where p.cohort in :cohorts order by p.id""", PlanCourse.class)
                .setParameter("cohorts", memberships.stream().map(CohortMember::getCohort).toList()).getResultList();
        List<Enrolment> mine = enrolments.mine();
        Map<Long, Long> positions = enrolments.waitlistPositions(mine);
        Map<Long, List<Enrolment>> byCourse = mine.stream()
                .collect(Collectors.groupingBy(e -> e.getOffering().getCourse().getId()));
        return memberships.stream().map(member -> {
            Cohort cohort = member.getCohort();
            LocalDate deadline = cohort.getDeploysOn().minusDays(marginDays);
            List<ElementProgress> elements = plans.stream()
                    .filter(p -> p.getCohort().equals(cohort)
                            && (p.getRole() == null || p.getRole() == member.getRole()))
                    .map(PlanCourse::getCourse).distinct()
                    .map(course -> {
                        PlanStanding standing = PlanStanding.of(byCourse.getOrDefault(course.getId(), List.of())
                                .stream().map(ProgressService::attempt).toList(), today, deadline);
                        Long position = standing.attempt() == null ? null
                                : positions.get(standing.attempt().enrolmentId());
                        return new ElementProgress(course, standing, position);
                    }).toList();
            return new CohortProgress(cohort, member.getRole(), deadline,
                    ChronoUnit.DAYS.between(today, cohort.getDeploysOn()), elements);
        }).toList();
    }

    static PlanStanding.Attempt attempt(Enrolment e) {
        return new PlanStanding.Attempt(e.getId(), e.getOffering().getId(), e.getStatus(), e.getOffering().getStatus(),
                e.getOffering().getStartsOn(), e.getOffering().getEndsOn());
    }
}
