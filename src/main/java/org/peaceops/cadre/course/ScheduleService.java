package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.cadre.centre.Room;
import org.peaceops.cadre.course.schedule.ScheduleConflict;
import org.peaceops.cadre.curriculum.CurriculumNode;
import org.peaceops.cadre.curriculum.NodeKind;
import org.peaceops.cadre.platform.CadreException;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * The timetable of an offering. Every save is checked by {@link ConflictFinder}:
 * hard conflicts refuse the save, soft ones come back as warnings.
 */
@ApplicationScoped
@Transactional
public class ScheduleService {

    static final String RECORD = "Session";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    @Inject
    OfferingService offerings;

    @Inject
    ConflictFinder conflictFinder;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cadre.calendar.uid-domain", defaultValue = "cadre.peaceops.org")
    String uidDomain;

    /** A saved session and the warnings (soft conflicts) its save raised. */
    public record Saved(CourseSession session, List<ScheduleConflict> warnings) {
    }

    /** The offering's sessions in time order, with rooms and instructors: two statements. */
    public List<CourseSession> sessions(long offeringId) {
        Offering offering = offerings.get(offeringId);
        List<CourseSession> sessions = em.createQuery("""
                        select s from CourseSession s left join fetch s.room left join fetch s.lesson
                        where s.offering = :offering order by s.startsAt""", CourseSession.class)
                .setParameter("offering", offering).getResultList();
        sessions.forEach(s -> s.getInstructors().size());
        return sessions;
    }

    public CourseSession get(long id) {
        CourseSession session = em.createQuery("""
                        select s from CourseSession s join fetch s.offering o join fetch o.course join fetch o.centre
                        left join fetch s.room left join fetch s.lesson where s.id = :id""", CourseSession.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        currentUser.guardCentre(session.getCentre().getId(), RECORD, id);
        offerings.requireReader(session.getOffering());
        session.getInstructors().size();
        return session;
    }

    /** The conflicts a save would meet, without saving; for a form that warns before the user presses save. */
    public List<ScheduleConflict> check(long offeringId, Long sessionId, @NotNull @Valid SessionDetails details) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = offerings.get(offeringId);
        return conflicts(offering, sessionId, resolve(offering, details), false);
    }

    /** The conflicts of a new session of the offering (access already checked); with {@code lock} before a save. */
    List<ScheduleConflict> conflictsOf(Offering offering, SessionDetails details, boolean lock) {
        return conflicts(offering, null, resolve(offering, details), lock);
    }

    public Saved add(long offeringId, @NotNull @Valid SessionDetails details) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = offerings.get(offeringId);
        offering.requireOpenForChange();
        CourseSession session = new CourseSession(offering, uidDomain, clock.instant());
        Saved saved = save(offering, session, details);
        em.persist(session);
        em.flush();
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, session.getId(), describe(session));
        return saved;
    }

    public Saved change(long sessionId, long expectedVersion, @NotNull @Valid SessionDetails details) {
        currentUser.require(Role.CENTRE_STAFF);
        CourseSession session = editable(sessionId, expectedVersion);
        Saved saved = save(session.getOffering(), session, details);
        em.flush();
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, sessionId, describe(session));
        return saved;
    }

    /** Moves a session to another time (a drag on the calendar); room and instructors stay, the rules are checked again. */
    public Saved move(long sessionId, long expectedVersion, @NotNull java.time.LocalDateTime start,
                      @NotNull java.time.LocalDateTime end) {
        currentUser.require(Role.CENTRE_STAFF);
        CourseSession session = editable(sessionId, expectedVersion);
        Saved saved = save(session.getOffering(), session, detailsOf(session).movedTo(start, end));
        em.flush();
        auditLog.changed(currentUser.actor(), "MOVE", RECORD, sessionId, describe(session));
        return saved;
    }

    /** Cancels a session; it stays in calendar feeds as cancelled so that subscribers remove it. */
    public CourseSession cancel(long sessionId, long expectedVersion) {
        currentUser.require(Role.CENTRE_STAFF);
        CourseSession session = editable(sessionId, expectedVersion);
        session.cancel(clock.instant());
        auditLog.changed(currentUser.actor(), "CANCEL", RECORD, sessionId, describe(session));
        return session;
    }

    /** The form's values of a saved session, in the centre's local time. */
    public SessionDetails detailsOf(CourseSession session) {
        ZoneId zone = OfferingService.zone(session.getOffering());
        return new SessionDetails(session.getTitle(),
                session.getLesson() == null ? null : session.getLesson().getId(),
                session.getStartsAt().atZone(zone).toLocalDateTime(), session.getEndsAt().atZone(zone).toLocalDateTime(),
                session.getRoom() == null ? null : session.getRoom().getId(),
                session.leadInstructorId().orElse(null), session.assistingInstructorIds());
    }

    private CourseSession editable(long sessionId, long expectedVersion) {
        CourseSession session = get(sessionId);
        session.requireVersion(expectedVersion);
        session.getOffering().requireOpenForChange();
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new ConflictException("error.session.cancelled");
        }
        return session;
    }

    private Saved save(Offering offering, CourseSession session, SessionDetails details) {
        Resolved resolved = resolve(offering, details);
        List<ScheduleConflict> found = conflicts(offering, session.getId(), resolved, true);
        List<CadreException.Reason> hard = found.stream().filter(ScheduleConflict::isHard)
                .map(ScheduleConflict::reason).toList();
        if (!hard.isEmpty()) {
            throw new ConflictException(hard, "error.session.conflicts", hard.size());
        }
        session.plan(resolved.title(), resolved.lesson(), resolved.start(), resolved.end(), resolved.room(),
                details.leadInstructorId(), details.assistingInstructorIds(), clock.instant());
        return new Saved(session, found);
    }

    /** The request's references checked against the offering's centre and course, times placed in its time zone. */
    private Resolved resolve(Offering offering, SessionDetails details) {
        ZoneId zone = OfferingService.zone(offering);
        Instant start = details.startsAt().atZone(zone).toInstant();
        Instant end = details.endsAt().atZone(zone).toInstant();
        if (!end.isAfter(start)) {
            throw new InvalidInputException("endsAt", "error.session.times");
        }
        CurriculumNode lesson = null;
        if (details.lessonId() != null) {
            lesson = em.find(CurriculumNode.class, details.lessonId());
            if (lesson == null || lesson.getKind() == NodeKind.OUTCOME
                    || !lesson.getCurriculumVersion().equals(offering.getCourse().getCurriculumVersion())) {
                throw new InvalidInputException("lessonId", "error.session.lessonUnknown");
            }
        }
        String title = details.title() != null && !details.title().isBlank() ? details.title().strip()
                : lesson != null ? lesson.getTitle() : null;
        if (title == null) {
            throw new InvalidInputException("title", "error.session.titleRequired");
        }
        Room room = null;
        if (details.roomId() != null) {
            room = em.find(Room.class, details.roomId());
            if (room == null || !room.belongsTo(offering.getCentre().getId())) {
                throw new InvalidInputException("roomId", "error.session.roomUnknown");
            }
        }
        Map<Long, String> instructors = instructors(offering, details);
        return new Resolved(title, lesson, start, end, room, instructors);
    }

    /** Lead first, then assisting; each must be an instructor of the offering's centre. */
    private Map<Long, String> instructors(Offering offering, SessionDetails details) {
        List<Long> ids = new ArrayList<>();
        if (details.leadInstructorId() != null) {
            ids.add(details.leadInstructorId());
        }
        details.assistingInstructorIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = em.createQuery("""
                        select a from Account a where a.id in :ids and a.centre.id = :centre and a.enabled = true""",
                        Account.class)
                .setParameter("ids", ids).setParameter("centre", offering.getCentre().getId()).getResultStream()
                .filter(a -> a.getRoles().contains(Role.INSTRUCTOR))
                .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
        ids.stream().filter(id -> !names.containsKey(id)).findFirst().ifPresent(unknown -> {
            throw new InvalidInputException(unknown.equals(details.leadInstructorId()) ? "leadInstructorId"
                    : "assistingInstructorIds", "error.session.instructorUnknown", unknown);
        });
        Map<Long, String> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, names.get(id)));
        return ordered;
    }

    private List<ScheduleConflict> conflicts(Offering offering, Long sessionId, Resolved resolved, boolean lock) {
        return conflictFinder.find(offering, sessionId, resolved.start(), resolved.end(), resolved.room(),
                resolved.instructors(), lock);
    }

    private static String describe(CourseSession session) {
        return session.getOffering().label() + " " + session.getTitle() + " " + session.getStartsAt() + ".."
                + session.getEndsAt() + (session.getRoom() == null ? "" : " in " + session.getRoom().getName());
    }

    private record Resolved(String title, CurriculumNode lesson, Instant start, Instant end, Room room,
                            Map<Long, String> instructors) {
    }
}
