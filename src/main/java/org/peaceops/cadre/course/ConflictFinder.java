package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peaceops.cadre.centre.Room;
import org.peaceops.cadre.course.schedule.BookedSession;
import org.peaceops.cadre.course.schedule.ConflictRules;
import org.peaceops.cadre.course.schedule.QualificationPeriod;
import org.peaceops.cadre.course.schedule.ScheduleConflict;
import org.peaceops.cadre.course.schedule.SessionPlan;
import org.peaceops.cadre.platform.security.Account;

/**
 * The database side of the timetable rules: it finds the few sessions near a
 * planned one (same room, instructors or offering, same local days) and the
 * instructors' qualifications, and hands them to {@link ConflictRules}. Before
 * a save it locks the room and the instructors, so that two people booking the
 * same room at once are checked one after the other. Callers check access.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConflictFinder {

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendar;

    /**
     * The conflicts of a session planned from {@code start} to {@code end} in
     * {@code room} (may be null) with {@code instructors} (id → name), lead first.
     *
     * @param lock whether to lock the room and instructors first (a save), or only to look (a check)
     */
    List<ScheduleConflict> find(Offering offering, Long sessionId, Instant start, Instant end, Room room,
                                Map<Long, String> instructors, boolean lock) {
        if (lock) {
            lock(room, instructors.keySet());
        }
        SessionPlan plan = new SessionPlan(sessionId, offering.getId(), start, end, OfferingService.zone(offering),
                offering.getStartsOn(), offering.getEndsOn(), offering.getSeats(),
                room == null ? null : room.getId(), room == null ? null : room.getName(),
                room == null ? null : room.getBuilding(), room == null ? null : room.getCapacity(), instructors);
        Course course = offering.getCourse();
        boolean qualificationRequired = course.getFrameworkEdition() != null && !instructors.isEmpty();
        return ConflictRules.check(plan, nearby(plan), qualificationRequired,
                qualificationRequired ? qualifications(course, instructors.keySet()) : List.of());
    }

    /**
     * Sessions that could clash with the plan: scheduled, on the same local
     * days, and sharing its room, its offering or one of its instructors.
     * Two statements whatever the size of the calendar.
     */
    private List<BookedSession> nearby(SessionPlan plan) {
        ConflictRules.SearchWindow window = ConflictRules.window(plan);
        Set<Long> instructorIds = plan.instructors().isEmpty() ? Set.of(-1L) : plan.instructors().keySet();
        List<CourseSession> sessions = em.createQuery("""
                        select s from CourseSession s join fetch s.offering o join fetch o.course left join fetch s.room r
                        where s.status = :scheduled and s.startsAt < :to and s.endsAt > :from and s.id <> :self
                        and (r.id = :room or o.id = :offering or exists (
                            select 1 from CourseSession t join t.instructors i
                            where t = s and i.instructorId in :instructors))""", CourseSession.class)
                .setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("from", window.from()).setParameter("to", window.to())
                .setParameter("self", plan.sessionId() == null ? -1L : plan.sessionId())
                .setParameter("room", plan.roomId() == null ? -1L : plan.roomId())
                .setParameter("offering", plan.offeringId())
                .setParameter("instructors", instructorIds)
                .getResultList();
        Map<Long, java.util.Collection<Long>> taught = calendar.instructorsOf(
                sessions.stream().map(CourseSession::getId).toList());
        return sessions.stream().map(s -> new BookedSession(s.getId(), s.getOffering().getId(),
                s.getOffering().label() + " – " + s.getTitle(), s.getStartsAt(), s.getEndsAt(),
                s.getRoom() == null ? null : s.getRoom().getId(), s.getRoom() == null ? null : s.getRoom().getBuilding(),
                Set.copyOf(taught.getOrDefault(s.getId(), Set.of())))).toList();
    }

    private List<QualificationPeriod> qualifications(Course course, Set<Long> instructorIds) {
        return em.createQuery("""
                        select new org.peaceops.cadre.course.schedule.QualificationPeriod(q.holder.account.id, q.issuedOn, q.expiresOn)
                        from Qualification q where q.kind = :kind and q.holder.account.id in :holders
                        and (q.frameworkEdition = :edition or q.course = :course)""", QualificationPeriod.class)
                .setParameter("kind", QualificationKind.MASTER_TRAINER)
                .setParameter("holders", instructorIds)
                .setParameter("edition", course.getFrameworkEdition())
                .setParameter("course", course)
                .getResultList();
    }

    /** Row locks on the room and the instructors, always in id order so that two saves cannot deadlock. */
    private void lock(Room room, Set<Long> instructorIds) {
        if (room != null) {
            em.lock(room, LockModeType.PESSIMISTIC_WRITE);
        }
        instructorIds.stream().sorted()
                .forEach(id -> em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
