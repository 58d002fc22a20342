package org.peaceops.cadre.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.cadre.cohort.ReadinessService;
import org.peaceops.cadre.course.QualificationRules;
import org.peaceops.cadre.course.SessionStatus;
import org.peaceops.cadre.mission.MissionStatus;
import org.peaceops.cadre.platform.audit.AuditEntry;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * The figures of each role's dashboard. Administrators see the whole
 * installation; everyone else sees their own centre. Each figure is one count
 * query, but for the cohorts that cannot all be trained in time, which is
 * the readiness forecast's few statements; so a dashboard costs the same
 * whatever the size of the data.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ReadinessService readiness;

    public List<Tile> tiles() {
        CurrentUser.Caller caller = currentUser.caller();
        List<Tile> tiles = new ArrayList<>();
        if (caller.roles().contains(Role.ADMIN)) {
            tiles.add(new Tile("dashboard.centres", count("select count(c) from TrainingCentre c"), "/app/admin/centres"));
            tiles.add(new Tile("dashboard.accounts",
                    count("select count(a) from Account a where a.enabled = true"), "/app/admin/accounts"));
            tiles.add(new Tile("dashboard.activeMissions", activeMissions(), "/app/admin/missions"));
            tiles.add(new Tile("dashboard.editions", count("select count(e) from FrameworkEdition e"),
                    "/app/framework/list"));
            tiles.add(new Tile("dashboard.refusals",
                    em.createQuery("select count(e) from AuditEntry e where e.outcome = :denied", Long.class)
                            .setParameter("denied", AuditEntry.Outcome.DENIED).getSingleResult(), "/app/admin/audit"));
            return tiles;
        }
        Long centre = caller.centreId();
        if (caller.roles().contains(Role.CENTRE_STAFF)) {
            tiles.add(new Tile("dashboard.rooms", countInCentre("select count(r) from Room r where r.centre.id = :centre",
                    centre), "/app/centre/rooms"));
            tiles.add(new Tile("dashboard.seats", countInCentre(
                    "select coalesce(sum(r.capacity), 0) from Room r where r.centre.id = :centre", centre),
                    "/app/centre/rooms"));
            tiles.add(new Tile("dashboard.curricula", countInCentre(
                    "select count(c) from Curriculum c where c.centre.id = :centre", centre), "/app/curriculum/list"));
            tiles.add(new Tile("dashboard.activeOfferings", countInCentre("""
                    select count(o) from Offering o where o.centre.id = :centre
                    and o.status in (org.peaceops.cadre.course.OfferingStatus.PLANNED,
                    org.peaceops.cadre.course.OfferingStatus.OPEN, org.peaceops.cadre.course.OfferingStatus.RUNNING)""",
                    centre), "/app/offering/list"));
            tiles.add(new Tile("dashboard.sessionsAhead", sessionsAhead(
                    "s.centre.id = :target", centre), "/app/calendar"));
            LocalDate today = LocalDate.now(clock);
            tiles.add(new Tile("dashboard.expiringQualifications", em.createQuery("""
                            select count(q) from Qualification q where q.centre.id = :centre
                            and q.expiresOn between :today and :limit and q.issuedOn <= :today""", Long.class)
                    .setParameter("centre", centre).setParameter("today", today)
                    .setParameter("limit", today.plusDays(QualificationRules.EXPIRY_WARNING_DAYS))
                    .getSingleResult(), "/app/instructors"));
            tiles.add(new Tile("dashboard.cohortsShort", readiness.centre().stream()
                    .filter(r -> !r.forecastOnTrack()).count(), "/app/cohort/list"));
        }
        if (caller.roles().contains(Role.INSTRUCTOR)) {
            tiles.add(new Tile("dashboard.mySessionsAhead", sessionsAhead("""
                    exists (select 1 from CourseSession t join t.instructors i where t = s and i.instructorId = :target)""",
                    caller.accountId()), "/app/calendar"));
        }
        if (caller.roles().contains(Role.TRAINEE)) {
            tiles.add(new Tile("dashboard.myEnrolments", em.createQuery("""
                            select count(e) from Enrolment e where e.person.account.id = :me
                            and e.status = org.peaceops.cadre.course.EnrolmentStatus.ENROLLED""", Long.class)
                    .setParameter("me", caller.accountId()).getSingleResult(), "/app/my/training"));
        }
        tiles.add(new Tile("dashboard.instructors", membersWithRole(centre, Role.INSTRUCTOR), null));
        tiles.add(new Tile("dashboard.trainees", membersWithRole(centre, Role.TRAINEE), null));
        tiles.add(new Tile("dashboard.activeMissions", activeMissions(), null));
        return tiles;
    }

    /** Scheduled sessions in the coming seven days matching {@code restriction} on session {@code s}. */
    private long sessionsAhead(String restriction, Long target) {
        Instant now = clock.instant();
        return em.createQuery("""
                        select count(s) from CourseSession s where s.status = :scheduled
                        and s.startsAt >= :now and s.startsAt < :limit and\s""" + restriction, Long.class)
                .setParameter("scheduled", SessionStatus.SCHEDULED).setParameter("now", now)
                .setParameter("limit", now.plus(Duration.ofDays(7))).setParameter("target", target).getSingleResult();
    }

    private long activeMissions() {
        return em.createQuery("select count(m) from Mission m where m.status = :status", Long.class)
                .setParameter("status", MissionStatus.ACTIVE).getSingleResult();
    }

    private long membersWithRole(Long centre, Role role) {
        return em.createQuery("""
                        select count(a) from Account a join a.roles r
                        where a.centre.id = :centre and r = :role and a.enabled = true""", Long.class)
                .setParameter("centre", centre).setParameter("role", role).getSingleResult();
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private long countInCentre(String jpql, Long centre) {
        return ((Number) em.createQuery(jpql).setParameter("centre", centre).getSingleResult()).longValue();
    }
}
