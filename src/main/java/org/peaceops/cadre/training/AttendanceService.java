package org.peaceops.cadre.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peaceops.cadre.course.CourseSession;
import org.peaceops.cadre.course.Enrolment;
import org.peaceops.cadre.course.EnrolmentStatus;
import org.peaceops.cadre.course.ScheduleService;
import org.peaceops.cadre.course.SessionInstructor;
import org.peaceops.cadre.course.SessionStatus;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.people.PersonSearch;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.persistence.IdSequence;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;
import org.peaceops.cadre.platform.security.CurrentUser;

/**
 * Roll calls: who is on a session's roll (the offering's enrolled people),
 * how each was marked, and the marks given. The session's own instructors
 * take it; the centre's staff may take it too, and may correct a mark
 * already given, with a reason that goes to the audit log. Marks can be
 * given from the day of the session until the offering is completed.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    static final String RECORD = "Attendance";
    /** The filter that matches a name or service number on the roll. */
    public static final String SEARCH = "search";
    /** The most marks one call gives: a roll call's screen page, or a sheet of exceptions. */
    public static final int MAX_MARKS = 500;
    /** The enrolments whose people are on an offering's roll. */
    static final Set<EnrolmentStatus> ON_ROLL = Set.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
            EnrolmentStatus.NOT_COMPLETED);
    private static final Map<String, String> FIELDS = Map.of("familyName", "person.familyName",
            "givenNames", "person.givenNames", "serviceNumber", "person.serviceNumber",
            "nationality", "person.nationality");

    @PersistenceContext
    EntityManager em;

    @Inject
    ScheduleService schedule;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** The session, for someone who may see its roll call: its instructors and the centre's staff. */
    public CourseSession session(long sessionId) {
        CourseSession session = schedule.get(sessionId);
        if (!currentUser.isStaffOrAdmin() && !teaches(session)) {
            throw currentUser.denied(RECORD, sessionId, "does not teach this session");
        }
        return session;
    }

    /** Whether the signed-in person is one of the session's instructors. */
    public boolean teaches(CourseSession session) {
        Long me = currentUser.caller().accountId();
        return me != null && session.getInstructors().stream().map(SessionInstructor::getInstructorId).anyMatch(me::equals);
    }

    /**
     * A page of the roll, by family name unless sorted otherwise, each
     * person with their mark: four statements (the session, the count, the
     * page, its marks) whatever the offering's size.
     */
    public Page<RollCallEntry> roll(long sessionId, @NotNull PageRequest request) {
        CourseSession session = session(sessionId);
        Map<String, String> filters = new HashMap<>(request.filters());
        String search = filters.remove(SEARCH);
        PagedQuery<Enrolment> query = new PagedQuery<>(Enrolment.class, FIELDS, "familyName")
                .fetch(root -> root.fetch("person"))
                .scope((cb, root) -> cb.and(cb.equal(root.get("offering"), session.getOffering()),
                        root.get("status").in(ON_ROLL)));
        if (search != null && !search.isBlank()) {
            query.scope((cb, root) -> PersonSearch.matching(cb, root.<Enrolment, Person>join("person"), search));
        }
        Page<Enrolment> page = query.run(em, new PageRequest(request.offset(), request.limit(), request.sortField(),
                request.ascending(), filters));
        Map<Long, Attendance> marks = marks(session, page.items().stream().map(e -> e.getPerson().getId()).toList());
        return page.map(e -> new RollCallEntry(e.getPerson(), marks.get(e.getPerson().getId())));
    }

    /** How the roll call stands; two statements. */
    public RollCallCounts counts(long sessionId) {
        return counts(session(sessionId));
    }

    /**
     * Gives the marks, all or none. A mark that changes one already given is
     * a correction when made by anyone but the session's instructors, and
     * needs a reason; each correction is audited with it.
     */
    public RollCallCounts record(long sessionId, @NotNull List<AttendanceChange> changes, String reason) {
        CourseSession session = session(sessionId);
        requireOpen(session);
        validate(session, changes);
        Map<Long, Attendance> given = marks(session, changes.stream().map(AttendanceChange::personId).toList());
        boolean correcting = !teaches(session) && changes.stream().anyMatch(c -> {
            Attendance existing = given.get(c.personId());
            return existing != null && (existing.getMark() != c.mark() || !sameNote(existing.getNote(), c.note()));
        });
        if (correcting && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "error.attendance.reasonRequired");
        }
        String by = currentUser.caller().username();
        Instant now = clock.instant();
        int marked = 0;
        for (AttendanceChange change : changes) {
            Attendance attendance = given.get(change.personId());
            String before = attendance == null || attendance.getMark() == null ? null : attendance.getMark().name();
            if (attendance == null) {
                attendance = new Attendance(session, em.getReference(Person.class, change.personId()));
                em.persist(attendance);
            }
            if (attendance.record(change.mark(), change.note(), by, now)) {
                marked++;
                if (correcting && before != null) {
                    auditLog.changed(currentUser.actor(), "CORRECT", RECORD, attendance.getId(), session.getTitle()
                            + ", " + attendance.getPerson().getDisplayName() + ": " + before + " → " + change.mark() + "; " + reason.strip());
                }
            }
        }
        flush();
        auditLog.changed(currentUser.actor(), "RECORD", RECORD, sessionId, marked + " marks on " + session.getTitle());
        return counts(session);
    }

    /** Marks everyone not yet marked as present, in one statement: the roll call's first step. */
    public RollCallCounts markUnmarkedPresent(long sessionId) {
        CourseSession session = session(sessionId);
        requireOpen(session);
        int marked = em.createNativeQuery("""
                        insert into attendance (id, version, session_id, person_id, mark, recorded_by, recorded_at)
                        select %s, 0, ?1, e.person_id, 'PRESENT', ?2, ?3 from enrolment e
                        where e.offering_id = ?4 and e.status in ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')
                        and not exists (select 1 from attendance a where a.session_id = ?1 and a.person_id = e.person_id)
                        """.formatted(IdSequence.nextValue(em)))
                .setParameter(1, session.getId()).setParameter(2, currentUser.caller().username())
                .setParameter(3, clock.instant()).setParameter(4, session.getOffering().getId()).executeUpdate();
        flush();
        auditLog.changed(currentUser.actor(), "MARK_PRESENT", RECORD, sessionId,
                marked + " marked present on " + session.getTitle());
        return counts(session);
    }

    private RollCallCounts counts(CourseSession session) {
        long roll = em.createQuery("select count(e) from Enrolment e where e.offering = :offering and e.status in :roll",
                        Long.class)
                .setParameter("offering", session.getOffering()).setParameter("roll", ON_ROLL).getSingleResult();
        Map<AttendanceMark, Long> counted = em.createQuery("""
                        select a.mark, count(a) from Attendance a where a.session = :session and exists (
                            select 1 from Enrolment e where e.offering = :offering and e.person = a.person
                            and e.status in :roll) group by a.mark""", Object[].class)
                .setParameter("session", session).setParameter("offering", session.getOffering())
                .setParameter("roll", ON_ROLL).getResultStream()
                .collect(Collectors.toMap(row -> (AttendanceMark) row[0], row -> (Long) row[1]));
        return RollCallCounts.of(roll, counted);
    }

    private void requireOpen(CourseSession session) {
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new ConflictException("error.attendance.sessionCancelled");
        }
        if (session.getOffering().getStatus().isClosed()) {
            throw new ConflictException("error.attendance.offeringClosed");
        }
        LocalDate today = LocalDate.now(clock.withZone(session.getCentre().zone()));
        if (session.getStartsAt().atZone(session.getCentre().zone()).toLocalDate().isAfter(today)) {
            throw new ConflictException("error.attendance.notYet");
        }
    }

    /** Every change names someone on the roll, once, with a mark and a note that fits; else nothing is written. */
    private void validate(CourseSession session, List<AttendanceChange> changes) {
        if (changes.isEmpty() || changes.size() > MAX_MARKS) {
            throw new InvalidInputException("marks", "error.attendance.markCount", MAX_MARKS);
        }
        Set<Long> named = new HashSet<>();
        for (AttendanceChange change : changes) {
            if (change == null || change.personId() == null || change.mark() == null) {
                throw new InvalidInputException("marks", "error.attendance.markIncomplete");
            }
            if (!named.add(change.personId())) {
                throw new InvalidInputException("marks", "error.attendance.markTwice", change.personId());
            }
            if (change.note() != null && change.note().strip().length() > Attendance.NOTE_LENGTH) {
                throw new InvalidInputException("marks", "error.attendance.noteTooLong", Attendance.NOTE_LENGTH);
            }
        }
        List<Long> onRoll = em.createQuery("""
                        select e.person.id from Enrolment e where e.offering = :offering and e.status in :roll
                        and e.person.id in :people""", Long.class)
                .setParameter("offering", session.getOffering()).setParameter("roll", ON_ROLL)
                .setParameter("people", named).getResultList();
        List<Long> strangers = new ArrayList<>(named);
        strangers.removeAll(onRoll);
        if (!strangers.isEmpty()) {
            throw new InvalidInputException("marks", "error.attendance.notOnRoll", strangers.get(0));
        }
    }

    /** The marks given on the session to these people, by person id. */
    private Map<Long, Attendance> marks(CourseSession session, List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Attendance a where a.session = :session and a.person.id in :people",
                        Attendance.class)
                .setParameter("session", session).setParameter("people", personIds).getResultStream()
                .collect(Collectors.toMap(a -> a.getPerson().getId(), Function.identity()));
    }

    /** Writes now, so that two roll calls giving the same person a first mark at once end in a clear conflict. */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException clash) {
            throw new ConflictException("error.attendance.concurrent");
        }
    }

    private static boolean sameNote(String stored, String given) {
        String clean = given == null || given.isBlank() ? null : given.strip();
        return java.util.Objects.equals(stored, clean);
    }
}
