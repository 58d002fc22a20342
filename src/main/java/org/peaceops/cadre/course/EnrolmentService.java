package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.platform.CadreException;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Places on offerings. Staff enrol people of their centre on an offering
 * open for enrolment; the course's prerequisites are checked on the
 * offering's first day and every unmet one is named. Seats and quotas are
 * guarded in the database ({@link SeatKeeper}): the last seat goes to exactly
 * one person, and whoever finds the offering full joins its waitlist, to be
 * promoted in turn when a seat frees.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    static final String RECORD = "Enrolment";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    @Inject
    OfferingService offerings;

    @Inject
    SeatKeeper seats;

    @Inject
    Clock clock;

    /**
     * The offering's enrolments, trainees included, in enrolment order: all of
     * them for staff and for the instructors who teach a session of it (they
     * take its attendance), only their own for a trainee enrolled on it.
     * Anyone else is refused.
     */
    public List<Enrolment> of(long offeringId) {
        Offering offering = offerings.get(offeringId);
        boolean all = seesEveryone(offering);
        if (!all && !currentUser.has(Role.TRAINEE)) {
            throw currentUser.denied(OfferingService.RECORD, offeringId, "enrolments of an offering not taught");
        }
        return em.createQuery("""
                        select e from Enrolment e join fetch e.person p left join fetch p.account
                        where e.offering = :offering and (:all = true or p.account.id = :me) order by e.enrolledAt""", Enrolment.class)
                .setParameter("offering", offering).setParameter("all", all)
                .setParameter("me", currentUser.caller().accountId()).getResultList();
    }

    /** Whether the signed-in person sees every enrolment of the offering: staff, and the instructors teaching it. */
    public boolean seesEveryone(Offering offering) {
        return currentUser.isStaffOrAdmin() || currentUser.has(Role.INSTRUCTOR) && offerings.taughtByCaller(offering);
    }

    /** The signed-in trainee's own enrolments, newest offering first. */
    public List<Enrolment> mine() {
        CurrentUser.Caller caller = currentUser.caller();
        return em.createQuery("""
                        select e from Enrolment e join fetch e.offering o join fetch o.course
                        where e.person.account.id = :me order by o.startsOn desc""", Enrolment.class)
                .setParameter("me", caller.accountId()).setMaxResults(200).getResultList();
    }

    /** Why the person may not enrol on the offering; empty when they may. */
    public List<PrerequisiteCheck.Unmet> unmetPrerequisites(long offeringId, long personId) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = offerings.get(offeringId);
        return unmet(offering, trainee(offering, personId));
    }

    public Enrolment enrol(long offeringId, long personId) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = offerings.get(offeringId);
        if (offering.getStatus() != OfferingStatus.OPEN) {
            throw new ConflictException("error.enrolment.notOpen", offering.label());
        }
        Person trainee = trainee(offering, personId);
        List<CadreException.Reason> reasons = unmet(offering, trainee).stream().map(PrerequisiteCheck.Unmet::reason).toList();
        if (!reasons.isEmpty()) {
            throw new ConflictException(reasons, "error.enrolment.prerequisites", trainee.getDisplayName());
        }
        // A withdrawn (cancelled) enrolment stays as history and does not stand in the way of a new one.
        boolean already = !em.createQuery("""
                        select e.id from Enrolment e where e.offering = :offering and e.person = :trainee
                        and e.status <> :cancelled""", Long.class)
                .setParameter("offering", offering).setParameter("trainee", trainee)
                .setParameter("cancelled", EnrolmentStatus.CANCELLED).getResultList().isEmpty();
        if (already) {
            throw new ConflictException("error.enrolment.duplicate", trainee.getDisplayName());
        }
        Enrolment enrolment = seats.take(offering, trainee.getNationality())
                ? new Enrolment(offering, trainee, clock.instant())
                : Enrolment.waitlisted(offering, trainee, clock.instant(), seats.nextRank(offering));
        em.persist(enrolment);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // Someone enrolled the same trainee meanwhile: the unique key on live enrolments refused this one.
            throw new ConflictException("error.enrolment.duplicate", trainee.getDisplayName());
        }
        auditLog.changed(currentUser.actor(), enrolment.getStatus() == EnrolmentStatus.WAITLISTED ? "WAITLIST" : "CREATE",
                RECORD, enrolment.getId(), trainee.getDisplayName() + " (" + trainee.getId() + ") on " + offering.label());
        return enrolment;
    }

    /**
     * Withdraws a person before the offering closes, or takes them off its
     * waitlist; a seat freed goes to the first on the waitlist at once.
     */
    public void withdraw(long offeringId, long personId) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = offerings.get(offeringId);
        offering.requireOpenForChange();
        Enrolment enrolment = em.createQuery("""
                        select e from Enrolment e join fetch e.person
                        where e.offering = :offering and e.person.id = :person and e.status in :placed""", Enrolment.class)
                .setParameter("offering", offering).setParameter("person", personId)
                .setParameter("placed", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED))
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("traineeId", "error.offering.notEnrolled", personId));
        boolean heldSeat = enrolment.getStatus() == EnrolmentStatus.ENROLLED;
        enrolment.cancel();
        if (heldSeat) {
            seats.release(offering, enrolment.getPerson().getNationality());
            seats.promote(offering);
        }
        auditLog.changed(currentUser.actor(), "WITHDRAW", RECORD, enrolment.getId(),
                enrolment.getPerson().getDisplayName() + " (" + personId + ") from " + offering.label());
    }

    /**
     * Waitlist positions (1 for the first) of the waitlisted enrolments of a
     * list read by {@link #of}, by enrolment id. A whole list gives them by
     * itself; a trainee's own enrolment asks the database where it stands.
     */
    public Map<Long, Long> waitlistPositions(List<Enrolment> list) {
        List<Enrolment> waiting = list.stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED)
                .sorted(java.util.Comparator.comparing(Enrolment::getWaitlistRank)).toList();
        Map<Long, Long> positions = new HashMap<>();
        boolean whole = waiting.isEmpty() || seesEveryone(waiting.get(0).getOffering());
        for (int i = 0; i < waiting.size(); i++) {
            positions.put(waiting.get(i).getId(), whole ? i + 1L : seats.position(waiting.get(i)));
        }
        return positions;
    }

    /** Where the person stands on the offering's waitlist (1 for the first); null unless waitlisted. */
    public Long waitlistPosition(Enrolment enrolment) {
        return enrolment.getStatus() == EnrolmentStatus.WAITLISTED ? seats.position(enrolment) : null;
    }

    /** A person of the offering's centre; anyone else is unknown here. */
    private Person trainee(Offering offering, long personId) {
        Person person = em.createQuery("select p from Person p left join fetch p.account where p.id = :id", Person.class)
                .setParameter("id", personId).getResultStream().findFirst().orElse(null);
        if (person == null || !person.centreId().equals(offering.getCentre().getId())) {
            throw new InvalidInputException("traineeId", "error.enrolment.traineeUnknown");
        }
        return person;
    }

    private List<PrerequisiteCheck.Unmet> unmet(Offering offering, Person trainee) {
        return new Prerequisites(em, offering, List.of(trainee)).unmet(trainee);
    }
}
