package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.platform.CadreException;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.persistence.IdSequence;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Enrols many people on an offering in one action (a whole contingent), in
 * the order given: each is enrolled while seats and their country's quota
 * last, waitlisted after that, or refused with the prerequisites they miss.
 * The decision is made under a lock on the offering's row, and written with
 * a bounded number of statements whatever the number of people (a few reads,
 * then one insert per {@value #CHUNK} people and one update per count), so
 * that 8,000 people take seconds, not minutes, and never pass a limit.
 */
@ApplicationScoped
@Transactional
public class BulkEnrolment {

    /** People written by one insert; small enough for every driver's limit on parameters. */
    static final int CHUNK = 2000;

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

    /** How one person's enrolment went. */
    public enum Outcome { ENROLLED, WAITLISTED, REFUSED, ALREADY_PLACED }

    /** One person's result; {@code waitlistPosition} only when waitlisted, {@code reasons} only when refused. */
    public record Placement(long personId, String name, Outcome outcome, Long waitlistPosition,
                            List<CadreException.Reason> reasons) implements java.io.Serializable {
    }

    public List<Placement> enrol(long offeringId, @NotNull List<Person> people) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = offerings.get(offeringId);
        if (offering.getStatus() != OfferingStatus.OPEN) {
            throw new ConflictException("error.enrolment.notOpen", offering.label());
        }
        if (people.stream().anyMatch(person -> !person.centreId().equals(offering.getCentre().getId()))) {
            throw new InvalidInputException("people", "error.enrolment.traineeUnknown");
        }
        long nextRank = seats.nextRank(offering); // locks the offering's row until the end
        Object[] counts = em.createQuery("select o.seats, o.enrolled from Offering o where o.id = :id", Object[].class)
                .setParameter("id", offering.getId()).getSingleResult();
        int seatsFree = (Integer) counts[0] - (Integer) counts[1];
        Map<String, Integer> quotaFree = new HashMap<>();
        em.createQuery("select q from OfferingQuota q where q.offering = :offering", OfferingQuota.class)
                .setParameter("offering", offering).getResultStream()
                .forEach(q -> quotaFree.put(q.getCountry(), q.getSeats() - q.getTaken()));
        Set<Long> placed = Set.copyOf(em.createQuery("""
                        select e.person.id from Enrolment e where e.offering = :offering and e.activePersonId is not null""",
                        Long.class).setParameter("offering", offering).getResultList());
        long waiting = em.createQuery("select count(e) from Enrolment e where e.offering = :offering and e.status = :w",
                        Long.class)
                .setParameter("offering", offering).setParameter("w", EnrolmentStatus.WAITLISTED).getSingleResult();
        Prerequisites prerequisites = new Prerequisites(em, offering, people);

        Map<Long, Person> byId = new HashMap<>();
        people.forEach(person -> byId.put(person.getId(), person));
        SeatPlan plan = new SeatPlan(people.stream()
                .map(p -> new SeatPlan.Candidate(p.getId(), p.getDisplayName(), p.getNationality())).toList(),
                seatsFree, quotaFree, placed, waiting, candidate -> prerequisites.unmet(byId.get(candidate.personId()))
                .stream().map(PrerequisiteCheck.Unmet::reason).toList());
        List<Long> enrolled = plan.enrolled();
        List<Long> waitlisted = plan.waitlisted();
        Map<String, Integer> quotaTaken = plan.quotaTaken();

        Instant now = clock.instant();
        insert(offering, enrolled, EnrolmentStatus.ENROLLED, now, 0);
        insert(offering, waitlisted, EnrolmentStatus.WAITLISTED, now, nextRank);
        if (!enrolled.isEmpty()) {
            em.createQuery("""
                            update Offering o set o.enrolled = o.enrolled + :count, o.version = o.version + 1
                            where o.id = :id and o.enrolled + :count <= o.seats""")
                    .setParameter("count", enrolled.size()).setParameter("id", offering.getId()).executeUpdate();
        }
        quotaTaken.forEach((country, count) -> em.createQuery("""
                        update OfferingQuota q set q.taken = q.taken + :count, q.version = q.version + 1
                        where q.offering = :offering and q.country = :country and q.taken + :count <= q.seats""")
                .setParameter("count", count).setParameter("offering", offering).setParameter("country", country)
                .executeUpdate());
        auditLog.changed(currentUser.actor(), "ENROL_MANY", EnrolmentService.RECORD, offering.getId(),
                enrolled.size() + " enrolled, " + waitlisted.size() + " waitlisted, "
                        + (people.size() - enrolled.size() - waitlisted.size()) + " not placed on " + offering.label());
        return plan.placements();
    }

    /**
     * Writes the enrolments with one insert of many rows per chunk, ids from
     * the shared sequence ({@link IdSequence}), one value per row. Waitlisted
     * people get consecutive ranks from {@code rank}.
     */
    private void insert(Offering offering, List<Long> personIds, EnrolmentStatus status, Instant at, long rank) {
        String nextId = IdSequence.nextValue(em);
        boolean waitlist = status == EnrolmentStatus.WAITLISTED;
        for (int from = 0; from < personIds.size(); from += CHUNK) {
            List<Long> chunk = personIds.subList(from, Math.min(personIds.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("""
                    insert into enrolment (id, version, offering_id, person_id, active_person_id, status, enrolled_at,
                                           waitlist_rank) values """);
            for (int i = 0; i < chunk.size(); i++) {
                int person = 3 + i;
                sql.append(i == 0 ? "" : ", ").append('(').append(nextId).append(", 0, ?1, ?").append(person)
                        .append(", ?").append(person).append(", '").append(status.name()).append("', ?2, ")
                        .append(waitlist ? String.valueOf(rank + from + i) : "null").append(')');
            }
            Query insert = em.createNativeQuery(sql.toString()).setParameter(1, offering.getId()).setParameter(2, at);
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter(3 + i, chunk.get(i));
            }
            insert.executeUpdate();
        }
    }
}
