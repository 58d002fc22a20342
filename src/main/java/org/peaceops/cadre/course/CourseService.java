package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.curriculum.CurriculumVersion;
import org.peaceops.cadre.curriculum.FrameworkEdition;
import org.peaceops.cadre.curriculum.VersionStatus;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Course templates of a centre. Every member of the centre sees them; its staff
 * write them; administrators see every centre's. A course is built on a
 * published (frozen) curriculum version of the same centre.
 */
@ApplicationScoped
@Transactional
public class CourseService {

    static final String RECORD = "Course";
    private static final Map<String, String> FIELDS = Map.of(
            "code", "code", "title", "title", "type", "type", "centre", "centre.name");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    /** The centre's courses, for its staff and instructors; trainees and assessors are refused. */
    public Page<Course> page(@NotNull PageRequest request) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF, Role.INSTRUCTOR, Role.ADMIN);
        PagedQuery<Course> query = new PagedQuery<>(Course.class, FIELDS, "code").fetch(root -> {
            root.fetch("centre", JoinType.INNER);
            root.fetch("curriculumVersion", JoinType.INNER).fetch("curriculum", JoinType.INNER);
            root.fetch("frameworkEdition", JoinType.LEFT);
        });
        if (!currentUser.isAdmin()) {
            query.scope((cb, root) -> cb.equal(root.get("centre").get("id"), caller.centreId()));
        }
        return query.run(em, request);
    }

    /** The course with what its page shows: centre, curriculum version, edition and prerequisites. */
    public Course get(long id) {
        currentUser.require(Role.CENTRE_STAFF, Role.INSTRUCTOR, Role.ADMIN);
        Course course = em.createQuery("""
                        select c from Course c join fetch c.centre join fetch c.curriculumVersion v
                        join fetch v.curriculum left join fetch c.frameworkEdition left join fetch c.qualifiesForCourse
                        where c.id = :id""", Course.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        currentUser.guardCentre(course.getCentre().getId(), RECORD, id);
        course.getPrerequisites().forEach(p -> {
            describe(p.getRequiredCourse());
            describe(p.getFrameworkEdition());
        });
        return course;
    }

    public Course add(@NotNull @Valid CourseDetails details) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        TrainingCentre centre = em.find(TrainingCentre.class, caller.centreId());
        requireUniqueCode(centre.getId(), details.code(), null);
        Course course = new Course(centre);
        apply(course, details);
        em.persist(course);
        em.flush();
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, course.getId(), course.getCode() + " " + course.getTitle());
        return course;
    }

    public Course change(long id, long expectedVersion, @NotNull @Valid CourseDetails details) {
        currentUser.require(Role.CENTRE_STAFF);
        Course course = get(id);
        course.requireVersion(expectedVersion);
        requireUniqueCode(course.getCentre().getId(), details.code(), id);
        apply(course, details);
        em.flush();
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id, course.getCode() + " " + course.getTitle());
        return course;
    }

    /** Removes a course that never ran; one with offerings stays, as their record. */
    public void remove(long id) {
        currentUser.require(Role.CENTRE_STAFF);
        Course course = get(id);
        long offerings = em.createQuery("select count(o) from Offering o where o.course = :course", Long.class)
                .setParameter("course", course).getSingleResult();
        long referring = em.createQuery("""
                        select count(p) from Prerequisite p where p.requiredCourse = :course""", Long.class)
                .setParameter("course", course).getSingleResult()
                + em.createQuery("select count(q) from Qualification q where q.course = :course", Long.class)
                .setParameter("course", course).getSingleResult()
                + em.createQuery("select count(c) from Course c where c.qualifiesForCourse = :course", Long.class)
                .setParameter("course", course).getSingleResult();
        if (offerings > 0 || referring > 0) {
            throw new ConflictException("error.course.inUse", course.getCode());
        }
        em.remove(course);
        auditLog.changed(currentUser.actor(), "DELETE", RECORD, id, course.getCode());
    }

    /** A course of the caller's centre, for the other services of the slice. */
    Course ownCourse(Long id, String field) {
        Course course = id == null ? null : em.find(Course.class, id);
        if (course == null || !course.belongsTo(currentUser.caller().centreId())) {
            throw new InvalidInputException(field, "error.course.unknown");
        }
        return course;
    }

    private void apply(Course course, CourseDetails details) {
        if (details.maxSeats() < details.minSeats()) {
            throw new InvalidInputException("maxSeats", "error.course.seats");
        }
        Long centreId = course.getCentre().getId();
        CurriculumVersion version = publishedVersion(details.curriculumVersionId(), centreId);
        FrameworkEdition edition = edition(details.frameworkEditionId(), "frameworkEditionId");
        Course qualifiesFor = details.qualifiesForCourseId() == null ? null
                : ownCourse(details.qualifiesForCourseId(), "qualifiesForCourseId");
        if (details.type() == CourseType.MASTER_TRAINER && edition == null && qualifiesFor == null) {
            throw new InvalidInputException("frameworkEditionId", "error.course.masterTrainerTarget");
        }
        if (qualifiesFor != null && qualifiesFor.equals(course)) {
            throw new InvalidInputException("qualifiesForCourseId", "error.course.selfReference");
        }
        course.describe(details, version, edition, qualifiesFor);
        List<Prerequisite> prerequisites = new ArrayList<>();
        for (CourseDetails.PrerequisiteDetails p : details.prerequisites()) {
            prerequisites.add(prerequisite(course, p, prerequisites.size()));
        }
        course.replacePrerequisites(prerequisites);
    }

    private Prerequisite prerequisite(Course course, CourseDetails.PrerequisiteDetails details, int position) {
        String field = "prerequisites[" + position + "]";
        Prerequisite prerequisite = new Prerequisite(course, details.kind(), position);
        return switch (details.kind()) {
            case COURSE_COMPLETED -> {
                Course required = ownCourse(details.requiredCourseId(), field);
                if (required.equals(course)) {
                    throw new InvalidInputException(field, "error.course.selfReference");
                }
                yield prerequisite.requiring(required);
            }
            case QUALIFICATION -> prerequisite.requiring(
                    require(details.qualificationKind(), field), edition(details.frameworkEditionId(), field));
            case PERSONNEL_CATEGORY -> prerequisite.requiring(require(details.personnelCategory(), field));
            case MINIMUM_RANK -> prerequisite.requiring(require(details.rankBand(), field));
            case LANGUAGE -> prerequisite.requiring(require(details.language(), field));
        };
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "error.prerequisite.incomplete");
        }
        return value;
    }

    private CurriculumVersion publishedVersion(Long id, Long centreId) {
        CurriculumVersion version = em.createQuery("""
                        select v from CurriculumVersion v join fetch v.curriculum c where v.id = :id""",
                        CurriculumVersion.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (version == null || !version.getCurriculum().getCentreId().equals(centreId)) {
            throw new InvalidInputException("curriculumVersionId", "error.course.curriculumUnknown");
        }
        if (version.getStatus() == VersionStatus.DRAFT) {
            throw new InvalidInputException("curriculumVersionId", "error.course.curriculumDraft");
        }
        return version;
    }

    private FrameworkEdition edition(Long id, String field) {
        if (id == null) {
            return null;
        }
        FrameworkEdition edition = em.find(FrameworkEdition.class, id);
        if (edition == null) {
            throw new InvalidInputException(field, "error.course.editionUnknown");
        }
        return edition;
    }

    private void requireUniqueCode(Long centreId, String code, Long exceptId) {
        boolean taken = em.createQuery("""
                        select c.id from Course c where c.centre.id = :centre and lower(c.code) = :code""", Long.class)
                .setParameter("centre", centreId)
                .setParameter("code", code.strip().toLowerCase())
                .getResultStream().anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new InvalidInputException("code", "error.course.codeTaken", code.strip());
        }
    }

    /** Loads a lazy reference while the transaction is open, for pages that show it. */
    private static void describe(Object lazy) {
        if (lazy instanceof Course c) {
            c.getCode();
        } else if (lazy instanceof FrameworkEdition e) {
            e.getCode();
        }
    }
}
