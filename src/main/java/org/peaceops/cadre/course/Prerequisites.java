package org.peaceops.cadre.course;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peaceops.cadre.people.Person;

/**
 * What an offering's prerequisites ask, and what a group of people hold
 * towards them, read once for the whole group: the courses they completed
 * and the qualifications they hold, in one statement per
 * {@value BulkEnrolment#CHUNK} people and only when the course asks for them.
 */
final class Prerequisites {

    private final Offering offering;
    private final List<PrerequisiteCheck.Requirement> requirements;
    private final Map<Long, Set<Long>> completed = new HashMap<>();
    private final Map<Long, List<PrerequisiteCheck.Held>> held = new HashMap<>();

    Prerequisites(EntityManager em, Offering offering, Collection<Person> people) {
        this.offering = offering;
        this.requirements = offering.getCourse().getPrerequisites().stream().map(Prerequisites::requirement).toList();
        boolean courses = requirements.stream().anyMatch(r -> r.kind() == PrerequisiteKind.COURSE_COMPLETED);
        boolean qualifications = requirements.stream().anyMatch(r -> r.kind() == PrerequisiteKind.QUALIFICATION);
        List<Long> ids = people.stream().map(Person::getId).toList();
        for (int from = 0; from < ids.size() && (courses || qualifications); from += BulkEnrolment.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BulkEnrolment.CHUNK));
            if (courses) {
                em.createQuery("""
                                select e.person.id, e.offering.course.id from Enrolment e
                                where e.person.id in :people and e.status = :completed""", Object[].class)
                        .setParameter("people", chunk).setParameter("completed", EnrolmentStatus.COMPLETED)
                        .getResultStream().forEach(row -> completed.computeIfAbsent((Long) row[0], k -> new HashSet<>())
                                .add((Long) row[1]));
            }
            if (qualifications) {
                em.createQuery("""
                                select q.holder.id, q.kind, e.id, c.id, q.issuedOn, q.expiresOn from Qualification q
                                left join q.frameworkEdition e left join q.course c where q.holder.id in :people""",
                                Object[].class)
                        .setParameter("people", chunk).getResultStream()
                        .forEach(row -> held.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                                .add(new PrerequisiteCheck.Held((QualificationKind) row[1], (Long) row[2], (Long) row[3],
                                        (java.time.LocalDate) row[4], (java.time.LocalDate) row[5])));
            }
        }
    }

    /** Every prerequisite the person does not meet on the offering's first day; empty when they may enrol. */
    List<PrerequisiteCheck.Unmet> unmet(Person person) {
        if (requirements.isEmpty()) {
            return List.of();
        }
        PrerequisiteCheck.Trainee trainee = new PrerequisiteCheck.Trainee(person.profile(),
                completed.getOrDefault(person.getId(), Set.of()), held.getOrDefault(person.getId(), List.of()));
        return PrerequisiteCheck.unmet(requirements, trainee, offering.getStartsOn());
    }

    static PrerequisiteCheck.Requirement requirement(Prerequisite p) {
        return new PrerequisiteCheck.Requirement(p.getKind(),
                p.getRequiredCourse() == null ? null : p.getRequiredCourse().getId(),
                p.getRequiredCourse() == null ? null : p.getRequiredCourse().getCode() + " " + p.getRequiredCourse().getTitle(),
                p.getQualificationKind(),
                p.getFrameworkEdition() == null ? null : p.getFrameworkEdition().getId(),
                p.getFrameworkEdition() == null ? null : p.getFrameworkEdition().getCode(),
                p.getPersonnelCategory(), p.getRankBand(), p.getLanguage());
    }
}
