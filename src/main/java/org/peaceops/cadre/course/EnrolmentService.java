package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.peaceops.cadre.people.PersonnelProfile;
import org.peaceops.cadre.people.ProfileDetails;
import org.peaceops.cadre.platform.CadreException;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Places on offerings. Staff enrol trainees of their centre on an offering
 * open for enrolment; the course's prerequisites are checked on the
 * offering's first day and every unmet one is named. Seats are guarded by a
 * conditional update, so the last seat goes to exactly one trainee.
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
                        select e from Enrolment e join fetch e.trainee where e.offering = :offering
                        and (:all = true or e.trainee.id = :me) order by e.enrolledAt""", Enrolment.class)
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
                        where e.trainee.id = :me order by o.startsOn desc""", Enrolment.class)
                .setParameter("me", caller.accountId()).setMaxResults(200).getResultList();
    }

    /** Why the trainee may not enrol on the offering; empty when they may. */
    public List<PrerequisiteCheck.Unmet> unmetPrerequisites(long offeringId, long traineeId) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = offerings.get(offeringId);
        return unmet(offering, trainee(offering, traineeId));
    }

    public Enrolment enrol(long offeringId, long traineeId) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = offerings.get(offeringId);
        if (offering.getStatus() != OfferingStatus.OPEN) {
            throw new ConflictException("error.enrolment.notOpen", offering.label());
        }
        Account trainee = trainee(offering, traineeId);
        List<CadreException.Reason> reasons = unmet(offering, trainee).stream().map(PrerequisiteCheck.Unmet::reason).toList();
        if (!reasons.isEmpty()) {
            throw new ConflictException(reasons, "error.enrolment.prerequisites", trainee.getDisplayName());
        }
        // A withdrawn (cancelled) enrolment stays as history and does not stand in the way of a new one.
        boolean already = !em.createQuery("""
                        select e.id from Enrolment e where e.offering = :offering and e.trainee = :trainee
                        and e.status <> :cancelled""", Long.class)
                .setParameter("offering", offering).setParameter("trainee", trainee)
                .setParameter("cancelled", EnrolmentStatus.CANCELLED).getResultList().isEmpty();
        if (already) {
            throw new ConflictException("error.enrolment.duplicate", trainee.getDisplayName());
        }
        takeSeat(offering);
        Enrolment enrolment = new Enrolment(offering, trainee, clock.instant());
        em.persist(enrolment);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // Someone enrolled the same trainee meanwhile: the unique key on live enrolments refused this one.
            throw new ConflictException("error.enrolment.duplicate", trainee.getDisplayName());
        }
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, enrolment.getId(),
                trainee.getUsername() + " on " + offering.label());
        return enrolment;
    }

    /** Withdraws a trainee before the offering closes; the seat is freed. */
    public void withdraw(long offeringId, long traineeId) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = offerings.get(offeringId);
        offering.requireOpenForChange();
        Enrolment enrolment = em.createQuery("""
                        select e from Enrolment e join fetch e.trainee
                        where e.offering = :offering and e.trainee.id = :trainee and e.status = :enrolled""", Enrolment.class)
                .setParameter("offering", offering).setParameter("trainee", traineeId)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("traineeId", "error.offering.notEnrolled", traineeId));
        enrolment.cancel();
        em.createQuery("update Offering o set o.enrolled = o.enrolled - 1, o.version = o.version + 1 where o.id = :id")
                .setParameter("id", offering.getId()).executeUpdate();
        auditLog.changed(currentUser.actor(), "WITHDRAW", RECORD, enrolment.getId(),
                enrolment.getTrainee().getUsername() + " from " + offering.label());
    }

    /**
     * Takes one seat if one is left. The condition sits in the update itself,
     * so that two staff members enrolling at once cannot both take the last seat.
     */
    private void takeSeat(Offering offering) {
        int taken = em.createQuery("""
                        update Offering o set o.enrolled = o.enrolled + 1, o.version = o.version + 1
                        where o.id = :id and o.enrolled < o.seats and o.status = :open""")
                .setParameter("id", offering.getId()).setParameter("open", OfferingStatus.OPEN).executeUpdate();
        if (taken == 0) {
            throw new ConflictException("error.enrolment.full", offering.label());
        }
    }

    private Account trainee(Offering offering, long traineeId) {
        Account trainee = em.find(Account.class, traineeId);
        if (trainee == null || trainee.getCentre() == null || !trainee.getRoles().contains(Role.TRAINEE)
                || !trainee.getCentre().getId().equals(offering.getCentre().getId())) {
            throw new InvalidInputException("traineeId", "error.enrolment.traineeUnknown");
        }
        return trainee;
    }

    private List<PrerequisiteCheck.Unmet> unmet(Offering offering, Account trainee) {
        List<PrerequisiteCheck.Requirement> requirements = offering.getCourse().getPrerequisites().stream()
                .map(EnrolmentService::requirement).toList();
        if (requirements.isEmpty()) {
            return List.of();
        }
        ProfileDetails profile = em.createQuery(
                        "select p from PersonnelProfile p where p.account = :account", PersonnelProfile.class)
                .setParameter("account", trainee).getResultStream().findFirst().map(PersonnelProfile::details).orElse(null);
        Set<Long> completed = Set.copyOf(em.createQuery("""
                        select e.offering.course.id from Enrolment e where e.trainee = :trainee and e.status = :completed""",
                        Long.class)
                .setParameter("trainee", trainee).setParameter("completed", EnrolmentStatus.COMPLETED).getResultList());
        List<PrerequisiteCheck.Held> held = em.createQuery("""
                        select new org.peaceops.cadre.course.PrerequisiteCheck$Held(q.kind, e.id, c.id, q.issuedOn, q.expiresOn)
                        from Qualification q left join q.frameworkEdition e left join q.course c
                        where q.holder = :trainee""", PrerequisiteCheck.Held.class)
                .setParameter("trainee", trainee).getResultList();
        return PrerequisiteCheck.unmet(requirements, new PrerequisiteCheck.Trainee(profile, completed, held),
                offering.getStartsOn());
    }

    private static PrerequisiteCheck.Requirement requirement(Prerequisite p) {
        return new PrerequisiteCheck.Requirement(p.getKind(),
                p.getRequiredCourse() == null ? null : p.getRequiredCourse().getId(),
                p.getRequiredCourse() == null ? null : p.getRequiredCourse().getCode() + " " + p.getRequiredCourse().getTitle(),
                p.getQualificationKind(),
                p.getFrameworkEdition() == null ? null : p.getFrameworkEdition().getId(),
                p.getFrameworkEdition() == null ? null : p.getFrameworkEdition().getCode(),
                p.getPersonnelCategory(), p.getRankBand(), p.getLanguage());
    }
}
