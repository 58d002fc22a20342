package org.peaceops.cadre.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.peaceops.cadre.course.BulkEnrolment;
import org.peaceops.cadre.course.EnrolmentStatus;
import org.peaceops.cadre.course.Offering;
import org.peaceops.cadre.course.OfferingService;
import org.peaceops.cadre.people.Person;

/**
 * Enrols a cohort, or part of it, on an offering in one action. People go in
 * roster order, commanders first, then staff officers, master trainers and
 * members, each group in the order they joined the roster (the roster file's
 * order): when seats run out, those later in that order are waitlisted.
 */
@ApplicationScoped
@Transactional
public class CohortEnrolment {

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortService cohorts;

    @Inject
    OfferingService offerings;

    @Inject
    BulkEnrolment bulk;

    /**
     * Which part of the cohort: everyone, or one role; and optionally only
     * those who have not completed the offering's course yet.
     */
    public record Selection(CohortRole role, boolean onlyMissing) {
    }

    public List<BulkEnrolment.Placement> enrol(long cohortId, long offeringId, Selection selection) {
        Cohort cohort = cohorts.get(cohortId);
        Offering offering = offerings.get(offeringId);
        List<Person> people = em.createQuery("""
                        select p from CohortMember m join m.person p where m.cohort = :cohort
                        and (:role is null or m.role = :role)
                        and (:onlyMissing = false or not exists (select 1 from Enrolment e where e.person = p
                             and e.status = :completed and e.offering.course = :course))
                        order by case m.role when :commander then 0 when :staff then 1 when :trainer then 2 else 3 end,
                        m.id""", Person.class)
                .setParameter("cohort", cohort).setParameter("role", selection.role())
                .setParameter("onlyMissing", selection.onlyMissing())
                .setParameter("completed", EnrolmentStatus.COMPLETED).setParameter("course", offering.getCourse())
                .setParameter("commander", CohortRole.COMMANDER).setParameter("staff", CohortRole.STAFF_OFFICER)
                .setParameter("trainer", CohortRole.MASTER_TRAINER).getResultList();
        return bulk.enrol(offeringId, people);
    }
}
