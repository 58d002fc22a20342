package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.notice.NoticeService;
import org.peaceops.cadre.platform.security.CurrentUser;

/**
 * Seats, quotas and the waitlist of an offering, for the enrolment services.
 * The database keeps the rules: a seat or a quota place is taken by an update
 * that checks there is one left, so neither count passes its limit however
 * many enrol at once; the waitlist's order is decided under a lock on the
 * offering's row, so two people never share a place in the queue. A quota
 * caps how many people of one country hold seats; it reserves nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SeatKeeper {

    private static final int PROMOTION_BATCH = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    NoticeService notices;

    @Inject
    AuditLog auditLog;

    @Inject
    CurrentUser currentUser;

    /** Takes one seat (and a place in the country's quota, if it has one); false when none is left. */
    public boolean take(Offering offering, String country) {
        return take(offering, country, 1);
    }

    /** Takes {@code count} seats at once, all or none. */
    boolean take(Offering offering, String country, int count) {
        if (country != null && hasQuota(offering, country) && em.createQuery("""
                        update OfferingQuota q set q.taken = q.taken + :count, q.version = q.version + 1
                        where q.offering = :offering and q.country = :country and q.taken + :count <= q.seats""")
                .setParameter("count", count).setParameter("offering", offering).setParameter("country", country)
                .executeUpdate() == 0) {
            return false;
        }
        int taken = em.createQuery("""
                        update Offering o set o.enrolled = o.enrolled + :count, o.version = o.version + 1
                        where o.id = :id and o.enrolled + :count <= o.seats and o.status = :open""")
                .setParameter("count", count).setParameter("id", offering.getId())
                .setParameter("open", OfferingStatus.OPEN).executeUpdate();
        if (taken == 0 && country != null) {
            giveBackQuota(offering, country, count);
        }
        return taken > 0;
    }

    /** Frees the seat a person held; the waitlist is not moved on here (see {@link #promote}). */
    void release(Offering offering, String country) {
        em.createQuery("update Offering o set o.enrolled = o.enrolled - 1, o.version = o.version + 1 where o.id = :id")
                .setParameter("id", offering.getId()).executeUpdate();
        if (country != null) {
            giveBackQuota(offering, country, 1);
        }
    }

    /**
     * Locks the offering's row until the transaction ends and gives the next
     * place at the end of its waitlist.
     */
    long nextRank(Offering offering) {
        em.createQuery("select o.id from Offering o where o.id = :id", Long.class).setParameter("id", offering.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        Long last = em.createQuery("select max(e.waitlistRank) from Enrolment e where e.offering = :offering", Long.class)
                .setParameter("offering", offering).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /**
     * Gives every free seat to the first people on the waitlist, in its order,
     * and tells each in their own language. Someone whose country's quota is
     * full keeps their place and the seat goes to the next. A few statements
     * per person promoted, whatever the waitlist's length.
     */
    public int promote(Offering offering) {
        int promoted = 0;
        int skipped = 0;
        while (seatFree(offering)) {
            List<Enrolment> next = em.createQuery("""
                            select e from Enrolment e join fetch e.person p left join fetch p.account
                            where e.offering = :offering and e.status = :waitlisted order by e.waitlistRank""",
                            Enrolment.class)
                    .setParameter("offering", offering).setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                    .setFirstResult(skipped).setMaxResults(PROMOTION_BATCH).getResultList();
            if (next.isEmpty()) {
                break;
            }
            for (Enrolment waiting : next) {
                if (take(offering, waiting.getPerson().getNationality())) {
                    waiting.promote();
                    tell(waiting);
                    promoted++;
                } else if (seatFree(offering)) {
                    skipped++; // their country's quota is full: they keep their place
                } else {
                    return promoted;
                }
            }
        }
        return promoted;
    }

    /** Where the person stands in the queue: 1 for the first. */
    long position(Enrolment enrolment) {
        return em.createQuery("""
                        select count(e) from Enrolment e where e.offering = :offering and e.status = :waitlisted
                        and e.waitlistRank <= :rank""", Long.class)
                .setParameter("offering", enrolment.getOffering())
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .setParameter("rank", enrolment.getWaitlistRank()).getSingleResult();
    }

    private void tell(Enrolment enrolment) {
        Person person = enrolment.getPerson();
        Offering offering = enrolment.getOffering();
        if (person.getAccount() != null) {
            notices.send(person.getAccount(), "notice.waitlistPromoted",
                    List.of(offering.getCourse().getTitle(), offering.getStartsOn().toString()));
        }
        auditLog.changed(currentUser.actor(), "PROMOTE", EnrolmentService.RECORD, enrolment.getId(),
                person.getDisplayName() + " (" + person.getId() + ") on " + offering.label());
    }

    private boolean seatFree(Offering offering) {
        return em.createQuery("select o.enrolled < o.seats from Offering o where o.id = :id", Boolean.class)
                .setParameter("id", offering.getId()).getSingleResult();
    }

    private boolean hasQuota(Offering offering, String country) {
        return !em.createQuery("select q.id from OfferingQuota q where q.offering = :offering and q.country = :country",
                        Long.class)
                .setParameter("offering", offering).setParameter("country", country).getResultList().isEmpty();
    }

    private void giveBackQuota(Offering offering, String country, int count) {
        em.createQuery("""
                        update OfferingQuota q set q.taken = q.taken - :count, q.version = q.version + 1
                        where q.offering = :offering and q.country = :country and q.taken >= :count""")
                .setParameter("count", count).setParameter("offering", offering).setParameter("country", country)
                .executeUpdate();
    }
}
