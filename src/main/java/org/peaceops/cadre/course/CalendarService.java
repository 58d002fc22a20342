package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peaceops.cadre.centre.Room;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Sessions between two dates for a centre, a room, an instructor or a
 * trainee. Three statements whatever the number of sessions: the sessions
 * with offering, course and room; their instructors; the instructors' names.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    /** The longest range one request may ask for: a month view with its leading and trailing weeks, and more. */
    public static final int MAX_DAYS = 100;

    /** More sessions than any centre teaches in the longest range; a bound on the answer, not a page. */
    static final int MAX_SESSIONS = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The calendar the caller may see, from {@code from} to {@code to} inclusive (days of the centre's calendar). */
    public List<CalendarEntry> entries(@NotNull FeedScope scope, long targetId, @NotNull LocalDate from,
                                       @NotNull LocalDate to, boolean includeCancelled) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "error.calendar.range");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "error.calendar.tooLong", MAX_DAYS);
        }
        TrainingCentre centre = guard(scope, targetId);
        ZoneId zone = ZoneId.of(centre.getTimeZone());
        return query(scope, targetId, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                includeCancelled);
    }

    /**
     * Whether the caller may see the calendar, and the centre it belongs to.
     * Centre and room calendars: the centre's staff and instructors; a
     * person's calendar: that person and the centre's staff; administrators: all.
     * Another centre's calendar answers as unknown.
     */
    TrainingCentre guard(FeedScope scope, long targetId) {
        CurrentUser.Caller caller = currentUser.caller();
        TrainingCentre centre = centreOf(scope, targetId);
        currentUser.guardCentre(centre.getId(), scope.name(), targetId);
        if (!allows(caller.roles(), caller.accountId(), scope, targetId)) {
            currentUser.require(Role.CENTRE_STAFF, Role.ADMIN);
        }
        return centre;
    }

    /**
     * Whether roles allow a calendar of the person's own centre: staff and
     * administrators every one, instructors the centre's and the rooms', and
     * anyone their own.
     */
    static boolean allows(java.util.Set<Role> roles, Long accountId, FeedScope scope, long targetId) {
        boolean staff = roles.contains(Role.CENTRE_STAFF) || roles.contains(Role.ADMIN);
        return switch (scope) {
            case CENTRE, ROOM -> staff || roles.contains(Role.INSTRUCTOR);
            case INSTRUCTOR, TRAINEE -> staff || Objects.equals(accountId, targetId);
        };
    }

    TrainingCentre centreOf(FeedScope scope, long targetId) {
        TrainingCentre centre = switch (scope) {
            case CENTRE -> em.find(TrainingCentre.class, targetId);
            case ROOM -> {
                Room room = em.find(Room.class, targetId);
                yield room == null ? null : room.getCentre();
            }
            case INSTRUCTOR, TRAINEE -> {
                Account account = em.find(Account.class, targetId);
                Role role = scope == FeedScope.INSTRUCTOR ? Role.INSTRUCTOR : Role.TRAINEE;
                yield account == null || !account.getRoles().contains(role) ? null
                        : em.find(TrainingCentre.class, account.centreId());
            }
        };
        if (centre == null) {
            throw new RecordNotFoundException(scope.name(), targetId);
        }
        return centre;
    }

    /** The sessions overlapping [from, to), without any access check: callers check first. */
    List<CalendarEntry> query(FeedScope scope, long targetId, Instant from, Instant to, boolean includeCancelled) {
        String restriction = switch (scope) {
            case CENTRE -> "s.centre.id = :target";
            case ROOM -> "r.id = :target";
            case INSTRUCTOR -> "exists (select 1 from CourseSession t join t.instructors i where t = s and i.instructorId = :target)";
            case TRAINEE -> "exists (select 1 from Enrolment e where e.offering = o and e.person.account.id = :target and e.status not in :notAttending)";
        };
        TypedQuery<CourseSession> query = em.createQuery("""
                        select s from CourseSession s join fetch s.centre join fetch s.offering o join fetch o.course
                        left join fetch s.room r
                        where s.startsAt < :to and s.endsAt > :from and (:all = true or s.status = :scheduled) and\s"""
                        + restriction + " order by s.startsAt, s.id", CourseSession.class)
                .setParameter("from", from).setParameter("to", to).setParameter("all", includeCancelled)
                .setParameter("scheduled", SessionStatus.SCHEDULED).setParameter("target", targetId)
                .setMaxResults(MAX_SESSIONS);
        if (scope == FeedScope.TRAINEE) {
            query.setParameter("notAttending", java.util.List.of(EnrolmentStatus.CANCELLED, EnrolmentStatus.WAITLISTED));
        }
        List<CourseSession> sessions = query.getResultList();
        Map<Long, Collection<Long>> taught = instructorsOf(sessions.stream().map(CourseSession::getId).toList());
        Map<Long, String> names = names(taught.values().stream().flatMap(Collection::stream).distinct().toList());
        return sessions.stream().map(s -> entry(s, taught.getOrDefault(s.getId(), List.of()), names)).toList();
    }

    /** Instructor ids per session, lead first: one statement. */
    Map<Long, Collection<Long>> instructorsOf(List<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Collection<Long>> taught = new HashMap<>();
        em.createQuery("""
                        select s.id, i.instructorId from CourseSession s join s.instructors i where s.id in :ids
                        order by i.lead desc, i.instructorId""", Object[].class)
                .setParameter("ids", sessionIds).getResultStream()
                .forEach(row -> taught.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add((Long) row[1]));
        return taught;
    }

    private Map<Long, String> names(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", accountIds).getResultStream()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private static CalendarEntry entry(CourseSession s, Collection<Long> instructorIds, Map<Long, String> names) {
        String zoneId = s.getCentre().getTimeZone();
        ZoneId zone = ZoneId.of(zoneId);
        Room room = s.getRoom();
        return new CalendarEntry(s.getId(), s.getVersion(), s.getOffering().getId(), s.getOffering().label(),
                s.getOffering().getCourse().getTitle(), s.getTitle(), s.getStartsAt(), s.getEndsAt(), zoneId,
                s.getStartsAt().atZone(zone).toLocalDateTime(), s.getEndsAt().atZone(zone).toLocalDateTime(),
                room == null ? null : room.getId(), room == null ? null : room.getName(),
                room == null ? null : room.getBuilding(),
                instructorIds.stream().map(names::get).filter(Objects::nonNull).toList(),
                s.getStatus(), s.getUid(), s.getSequence(), s.getModifiedAt());
    }
}
