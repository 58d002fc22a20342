package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.reference.Countries;

/**
 * Seat quotas of an offering per contributing country: staff set how many of
 * its seats the people of one country may hold at most. A quota cannot be set
 * below the seats that country's people already hold, nor above the offering's.
 */
@ApplicationScoped
@Transactional
public class QuotaService {

    static final String RECORD = "OfferingQuota";

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

    /** The offering's quotas by country code; the centre's staff and instructors read them. */
    public List<OfferingQuota> of(long offeringId) {
        currentUser.require(Role.CENTRE_STAFF, Role.INSTRUCTOR, Role.ADMIN);
        Offering offering = offerings.get(offeringId);
        return em.createQuery("select q from OfferingQuota q where q.offering = :offering order by q.country",
                        OfferingQuota.class)
                .setParameter("offering", offering).getResultList();
    }

    /**
     * Replaces the offering's quotas: countries left out lose theirs. The
     * seats each country's people hold now are counted into the new quota.
     */
    public List<OfferingQuota> replace(long offeringId, @NotNull Map<String, Integer> seatsByCountry) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = offerings.get(offeringId);
        offering.requireOpenForChange();
        Map<String, Long> held = em.createQuery("""
                        select p.nationality, count(e) from Enrolment e join e.person p
                        where e.offering = :offering and e.status = :enrolled and p.nationality is not null
                        group by p.nationality""", Object[].class)
                .setParameter("offering", offering).setParameter("enrolled", EnrolmentStatus.ENROLLED)
                .getResultStream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        Map<String, OfferingQuota> current = of(offeringId).stream()
                .collect(Collectors.toMap(OfferingQuota::getCountry, Function.identity()));
        Map<String, Integer> wanted = new TreeMap<>(seatsByCountry);
        for (Map.Entry<String, Integer> quota : wanted.entrySet()) {
            String country = quota.getKey();
            int count = quota.getValue() == null ? 0 : quota.getValue();
            if (country == null || !Countries.isKnown(country)) {
                throw new InvalidInputException("country", "error.quota.country", String.valueOf(country));
            }
            if (count < 1 || count > offering.getSeats()) {
                throw new InvalidInputException("seats", "error.quota.seats", country, offering.getSeats());
            }
            long holding = held.getOrDefault(country, 0L);
            if (holding > count) {
                throw new InvalidInputException("seats", "error.quota.belowHeld", country, (int) holding);
            }
        }
        current.values().stream().filter(q -> !wanted.containsKey(q.getCountry())).forEach(em::remove);
        em.flush();
        for (Map.Entry<String, Integer> quota : wanted.entrySet()) {
            OfferingQuota existing = current.get(quota.getKey());
            if (existing == null) {
                em.persist(new OfferingQuota(offering, quota.getKey(), quota.getValue()));
            } else {
                existing.resize(quota.getValue());
            }
        }
        em.flush();
        em.createQuery("""
                        update OfferingQuota q set q.taken = (select count(e) from Enrolment e
                        where e.offering = q.offering and e.status = :enrolled and e.person.nationality = q.country)
                        where q.offering = :offering""")
                .setParameter("enrolled", EnrolmentStatus.ENROLLED).setParameter("offering", offering).executeUpdate();
        // A quota raised or removed may let people on the waitlist in.
        seats.promote(offering);
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, offeringId, wanted.toString());
        List<OfferingQuota> quotas = of(offeringId);
        quotas.forEach(em::refresh); // the counts were set by a statement, past the entities read earlier
        return quotas;
    }
}
