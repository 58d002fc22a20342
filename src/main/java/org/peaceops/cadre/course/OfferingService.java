package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.notice.NoticeService;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Offerings (runs of a course) of a centre: planning, opening for enrolment,
 * running, completing (which grants qualifications) and cancelling (which
 * frees every place and tells the trainees).
 */
@ApplicationScoped
@Transactional
public class OfferingService {

    static final String RECORD = "Offering";
    private static final Map<String, String> FIELDS = Map.of(
            "startsOn", "startsOn", "endsOn", "endsOn", "status", "status", "language", "language",
            "course", "course.code", "courseTitle", "course.title", "centre", "centre.name");

    @PersistenceContext
    EntityManager em;

    @Inject
    NoticeService notices;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    @Inject
    CourseService courses;

    @Inject
    QualificationService qualifications;

    @Inject
    Event<OfferingCompleted> completions;

    @Inject
    SeatKeeper seats;

    @Inject
    Clock clock;

    /**
     * The centre's offerings for its staff and instructors (every centre's for
     * administrators); a trainee lists only the offerings they are enrolled on.
     */
    public Page<Offering> page(@NotNull PageRequest request) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF, Role.INSTRUCTOR, Role.TRAINEE, Role.ADMIN);
        PagedQuery<Offering> query = new PagedQuery<>(Offering.class, FIELDS, "-startsOn").fetch(root -> {
            root.fetch("centre", JoinType.INNER);
            root.fetch("course", JoinType.INNER);
        });
        if (!currentUser.isAdmin()) {
            query.scope((cb, root) -> cb.equal(root.get("centre").get("id"), caller.centreId()));
        }
        if (!readsWholeCentre()) {
            List<Long> mine = em.createQuery("select e.offering.id from Enrolment e where e.person.account.id = :me", Long.class)
                    .setParameter("me", caller.accountId()).getResultList();
            query.scope((cb, root) -> mine.isEmpty() ? cb.disjunction() : root.get("id").in(mine));
        }
        return query.run(em, request);
    }

    public Offering get(long id) {
        Offering offering = find(id);
        currentUser.guardCentre(offering.getCentre().getId(), RECORD, id);
        requireReader(offering);
        return offering;
    }

    /**
     * Lets staff and instructors of the centre read the offering and its
     * timetable, and a trainee only an offering they are (or were) enrolled on;
     * anyone else is refused.
     */
    void requireReader(Offering offering) {
        if (readsWholeCentre()) {
            return;
        }
        boolean enrolled = currentUser.has(Role.TRAINEE) && !em.createQuery("""
                        select e.id from Enrolment e where e.offering = :offering and e.person.account.id = :me""", Long.class)
                .setParameter("offering", offering).setParameter("me", currentUser.caller().accountId())
                .setMaxResults(1).getResultList().isEmpty();
        if (!enrolled) {
            throw currentUser.denied(RECORD, offering.getId(), "not enrolled on it");
        }
    }

    /** Staff, administrators and instructors read every offering of their centre and its timetable. */
    private boolean readsWholeCentre() {
        return currentUser.isStaffOrAdmin() || currentUser.has(Role.INSTRUCTOR);
    }

    /** Whether the signed-in person teaches at least one session of the offering. */
    boolean taughtByCaller(Offering offering) {
        return !em.createQuery("""
                        select s.id from CourseSession s join s.instructors i
                        where s.offering = :offering and i.instructorId = :me""", Long.class)
                .setParameter("offering", offering).setParameter("me", currentUser.caller().accountId())
                .setMaxResults(1).getResultList().isEmpty();
    }

    public Offering add(Long courseId, @NotNull @Valid OfferingDetails details) {
        currentUser.require(Role.CENTRE_STAFF);
        Course course = courses.ownCourse(courseId, "courseId");
        Offering offering = new Offering(course);
        check(course, details, 0);
        offering.describe(details);
        em.persist(offering);
        em.flush();
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, offering.getId(), offering.label());
        return offering;
    }

    /** Changes dates, language or seats; sessions already planned must still fit the dates. */
    public Offering change(long id, long expectedVersion, @NotNull @Valid OfferingDetails details) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = editable(id, expectedVersion);
        check(offering.getCourse(), details, offering.getEnrolled());
        long outside = em.createQuery("""
                        select count(s) from CourseSession s where s.offering = :offering
                        and s.status = :scheduled and (s.startsAt < :from or s.endsAt > :to)""", Long.class)
                .setParameter("offering", offering)
                .setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("from", details.startsOn().atStartOfDay(zone(offering)).toInstant())
                .setParameter("to", details.endsOn().plusDays(1).atStartOfDay(zone(offering)).toInstant())
                .getSingleResult();
        if (outside > 0) {
            throw new InvalidInputException("endsOn", "error.offering.sessionsOutside", outside);
        }
        offering.describe(details);
        em.flush();
        // More seats, or a later seat freed meanwhile: the waitlist moves on at once.
        seats.promote(offering);
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id, offering.label());
        return offering;
    }

    /** Moves a planned offering on to open, or an open one to running. */
    public Offering advance(long id, long expectedVersion, @NotNull OfferingStatus next) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = editable(id, expectedVersion);
        boolean allowed = (offering.getStatus() == OfferingStatus.PLANNED && next == OfferingStatus.OPEN)
                || (offering.getStatus() == OfferingStatus.OPEN && next == OfferingStatus.RUNNING);
        if (!allowed) {
            throw new InvalidInputException("status", "error.offering.transition",
                    Messages.label(offering.getStatus()), Messages.label(next));
        }
        offering.moveTo(next);
        auditLog.changed(currentUser.actor(), "STATUS", RECORD, id, offering.label() + " " + next);
        return offering;
    }

    /**
     * Cancels the offering: its sessions are marked cancelled (so that calendar
     * feeds remove them), every enrolment is cancelled and its trainee told.
     * Bulk statements, so the cost does not grow with the number of sessions.
     */
    public Offering cancel(long id, long expectedVersion) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = editable(id, expectedVersion);
        Instant now = clock.instant();
        em.createQuery("""
                        update CourseSession s set s.status = :cancelled, s.sequence = s.sequence + 1, s.modifiedAt = :now,
                        s.version = s.version + 1 where s.offering = :offering and s.status = :scheduled""")
                .setParameter("cancelled", SessionStatus.CANCELLED).setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("now", now).setParameter("offering", offering).executeUpdate();
        List<Enrolment> enrolled = placed(offering, List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED));
        List<String> arguments = List.of(offering.getCourse().getTitle(), offering.getStartsOn().toString());
        for (Enrolment enrolment : enrolled) {
            enrolment.cancel();
            if (enrolment.getPerson().getAccount() != null) {
                notices.send(enrolment.getPerson().getAccount(), "notice.offeringCancelled", arguments);
            }
        }
        offering.moveTo(OfferingStatus.CANCELLED);
        offering.releaseAllSeats();
        em.createQuery("update OfferingQuota q set q.taken = 0, q.version = q.version + 1 where q.offering = :offering")
                .setParameter("offering", offering).executeUpdate();
        auditLog.changed(currentUser.actor(), "CANCEL", RECORD, id, offering.label() + ", " + enrolled.size() + " trainees told");
        return offering;
    }

    /**
     * Completes the offering: the trainees named as passed complete it, the
     * others do not; a course that grants a qualification grants (or renews)
     * it to each who passed, from the offering's last day, and each who passed
     * is given a certificate ({@link OfferingCompleted}).
     */
    public Offering complete(long id, long expectedVersion, @NotNull Collection<Long> passedTraineeIds) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = editable(id, expectedVersion);
        Set<Long> passed = Set.copyOf(passedTraineeIds);
        List<Enrolment> enrolled = enrolled(offering);
        Set<Long> enrolledIds = enrolled.stream().map(e -> e.getPerson().getId()).collect(java.util.stream.Collectors.toSet());
        passed.stream().filter(traineeId -> !enrolledIds.contains(traineeId)).findFirst().ifPresent(stranger -> {
            throw new InvalidInputException("passedTraineeIds", "error.offering.notEnrolled", stranger);
        });
        LocalDate on = offering.getEndsOn();
        List<Enrolment> completed = new java.util.ArrayList<>();
        for (Enrolment enrolment : enrolled) {
            boolean ok = passed.contains(enrolment.getPerson().getId());
            enrolment.complete(ok, on);
            if (ok) {
                qualifications.grantOnCompletion(enrolment.getPerson(), offering, on);
                completed.add(enrolment);
            }
        }
        offering.moveTo(OfferingStatus.COMPLETED);
        completions.fire(new OfferingCompleted(offering, completed));
        auditLog.changed(currentUser.actor(), "COMPLETE", RECORD, id, offering.label() + ", " + passed.size() + " of "
                + enrolled.size() + " completed");
        return offering;
    }

    Offering editable(long id, long expectedVersion) {
        Offering offering = get(id);
        offering.requireVersion(expectedVersion);
        offering.requireOpenForChange();
        return offering;
    }

    Offering find(long id) {
        return em.createQuery("""
                        select o from Offering o join fetch o.centre join fetch o.course where o.id = :id""", Offering.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    static java.time.ZoneId zone(Offering offering) {
        return java.time.ZoneId.of(offering.getCentre().getTimeZone());
    }

    private List<Enrolment> enrolled(Offering offering) {
        return placed(offering, List.of(EnrolmentStatus.ENROLLED));
    }

    private List<Enrolment> placed(Offering offering, List<EnrolmentStatus> statuses) {
        return em.createQuery("""
                        select e from Enrolment e join fetch e.person p left join fetch p.account
                        where e.offering = :offering and e.status in :statuses""",
                        Enrolment.class)
                .setParameter("offering", offering).setParameter("statuses", statuses).getResultList();
    }

    private void check(Course course, OfferingDetails details, int enrolled) {
        if (details.endsOn().isBefore(details.startsOn())) {
            throw new InvalidInputException("endsOn", "error.offering.dates");
        }
        if (!course.getLanguages().contains(details.language())) {
            throw new InvalidInputException("language", "error.offering.language", String.join(", ", course.getLanguages()));
        }
        if (details.seats() > course.getMaxSeats()) {
            throw new InvalidInputException("seats", "error.offering.seatsAboveCourse", course.getMaxSeats());
        }
        if (details.seats() < enrolled) {
            throw new InvalidInputException("seats", "error.offering.seatsBelowEnrolled", enrolled);
        }
    }
}
