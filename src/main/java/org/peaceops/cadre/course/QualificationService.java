package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.curriculum.FrameworkEdition;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.people.PersonService;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Qualifications of a centre's people: granted when they complete a
 * master-trainer or commander course here, or recorded by staff with the
 * evidence of training elsewhere. Staff read and write the centre's; everyone
 * else reads only their own, evidence included.
 */
@ApplicationScoped
@Transactional
public class QualificationService {

    static final String RECORD = "Qualification";
    private static final Map<String, String> INSTRUCTOR_FIELDS = Map.of(
            "displayName", "displayName", "username", "username");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** An instructor with every qualification they hold, valid or not; screens keep it in replicated view state. */
    public record InstructorStanding(Account instructor, List<Qualification> qualifications)
            implements java.io.Serializable {
    }

    /**
     * A page of the centre's instructors (for administrators, every centre's)
     * with their qualifications: two statements. An instructor finds only
     * themselves: colleagues' qualifications and evidence are for staff.
     */
    public Page<InstructorStanding> instructors(@NotNull PageRequest request) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF, Role.INSTRUCTOR, Role.ADMIN);
        PagedQuery<Account> query = new PagedQuery<>(Account.class, INSTRUCTOR_FIELDS, "displayName")
                .fetch(root -> root.fetch("centre", JoinType.LEFT))
                .scope((cb, root) -> cb.isMember(Role.INSTRUCTOR, root.get("roles")));
        if (!currentUser.isAdmin()) {
            query.scope((cb, root) -> cb.equal(root.get("centre").get("id"), caller.centreId()));
        }
        if (!currentUser.isStaffOrAdmin()) {
            query.scope((cb, root) -> cb.equal(root.get("id"), caller.accountId()));
        }
        Page<Account> page = query.run(em, request);
        Map<Long, List<Qualification>> held = heldByAccounts(page.items().stream().map(Account::getId).toList());
        return page.map(account -> new InstructorStanding(account, held.getOrDefault(account.getId(), List.of())));
    }

    /** The centre's qualifications expiring within the warning window, soonest first; an instructor's own only. */
    public List<Qualification> expiringSoon() {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF, Role.INSTRUCTOR, Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("""
                        select q from Qualification q join fetch q.holder left join fetch q.frameworkEdition
                        left join fetch q.course where q.centre.id = :centre and (:all = true or q.holder.account.id = :me)
                        and q.expiresOn between :today and :limit and q.issuedOn <= :today order by q.expiresOn""",
                        Qualification.class)
                .setParameter("centre", caller.centreId()).setParameter("today", today)
                .setParameter("all", currentUser.isStaffOrAdmin()).setParameter("me", caller.accountId())
                .setParameter("limit", today.plusDays(QualificationRules.EXPIRY_WARNING_DAYS))
                .setMaxResults(200).getResultList();
    }

    /** One person's qualifications: staff read anyone's of their centre, everyone else only their own. */
    public List<Qualification> of(long holderId) {
        Person holder = member(holderId, "holderId");
        requireOwnUnlessStaff(holder, PersonService.RECORD, holderId);
        return em.createQuery("""
                        select q from Qualification q left join fetch q.frameworkEdition left join fetch q.course
                        where q.holder = :holder order by q.issuedOn desc""", Qualification.class)
                .setParameter("holder", holder).getResultList();
    }

    /** The signed-in person's own qualifications, newest first. */
    public List<Qualification> mine() {
        return em.createQuery("""
                        select q from Qualification q left join fetch q.frameworkEdition left join fetch q.course
                        where q.holder.account.id = :me order by q.issuedOn desc""", Qualification.class)
                .setParameter("me", currentUser.caller().accountId()).getResultList();
    }

    public Qualification get(long id) {
        Qualification qualification = em.createQuery("""
                        select q from Qualification q join fetch q.holder left join fetch q.frameworkEdition
                        left join fetch q.course where q.id = :id""", Qualification.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        currentUser.guardCentre(qualification.getCentre().getId(), RECORD, id);
        requireOwnUnlessStaff(qualification.getHolder(), RECORD, id);
        return qualification;
    }

    /** Staff and administrators reach anyone's qualifications; others only their own (403 otherwise, audited). */
    private void requireOwnUnlessStaff(Person holder, String recordType, Object recordId) {
        if (!currentUser.isStaffOrAdmin() && (holder.getAccount() == null
                || !holder.getAccount().getId().equals(currentUser.caller().accountId()))) {
            throw currentUser.denied(recordType, recordId, "qualifications of " + holder.getDisplayName());
        }
    }

    public Qualification record(@NotNull @Valid QualificationDetails details) {
        currentUser.require(Role.CENTRE_STAFF);
        Person holder = member(details.holderId(), "holderId");
        Qualification qualification = new Qualification(holder, em.getReference(TrainingCentre.class, holder.centreId()), details.kind(),
                edition(details.frameworkEditionId()), course(details.courseId()), QualificationSource.RECORDED);
        requireTarget(details);
        qualification.validFor(details.issuedOn(), details.expiresOn(), details.evidence().strip(), null);
        em.persist(qualification);
        em.flush();
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, qualification.getId(), describe(qualification));
        return qualification;
    }

    /** Corrects the dates or the evidence; what it qualifies for stays. */
    public Qualification change(long id, long expectedVersion, @NotNull @Valid QualificationDetails details) {
        currentUser.require(Role.CENTRE_STAFF);
        Qualification qualification = get(id);
        qualification.requireVersion(expectedVersion);
        requireTarget(details);
        qualification.validFor(details.issuedOn(), details.expiresOn(), details.evidence().strip(),
                qualification.getOfferingId());
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id, describe(qualification));
        return qualification;
    }

    public void remove(long id) {
        currentUser.require(Role.CENTRE_STAFF);
        Qualification qualification = get(id);
        em.remove(qualification);
        auditLog.changed(currentUser.actor(), "DELETE", RECORD, id, describe(qualification));
    }

    /**
     * Grants, or renews from {@code on}, what completing the offering's course
     * qualifies for. Nothing for courses that grant no qualification.
     */
    void grantOnCompletion(Person trainee, Offering offering, LocalDate on) {
        Course course = offering.getCourse();
        QualificationKind kind = course.getType().grants();
        if (kind == null) {
            return;
        }
        FrameworkEdition edition = kind == QualificationKind.MASTER_TRAINER ? course.getFrameworkEdition() : null;
        Course target = kind == QualificationKind.MASTER_TRAINER ? course.getQualifiesForCourse() : course;
        Integer months = course.getQualificationMonths() != null || kind == QualificationKind.COMMANDER_GRADUATE
                ? course.getQualificationMonths() : QualificationRules.DEFAULT_VALIDITY_MONTHS;
        Qualification qualification = em.createQuery("""
                        select q from Qualification q where q.holder = :holder and q.kind = :kind
                        and q.source = :completion""", Qualification.class)
                .setParameter("holder", trainee).setParameter("kind", kind)
                .setParameter("completion", QualificationSource.COMPLETION)
                .getResultStream()
                .filter(q -> Objects.equals(q.getFrameworkEdition(), edition) && Objects.equals(q.getCourse(), target))
                .findFirst().orElse(null);
        boolean renewal = qualification != null;
        if (!renewal) {
            qualification = new Qualification(trainee, offering.getCentre(), kind, edition, target,
                    QualificationSource.COMPLETION);
        }
        qualification.validFor(on, QualificationRules.expiryAfter(on, months), offering.label(), offering.getId());
        if (!renewal) {
            em.persist(qualification);
        }
        auditLog.changed(currentUser.actor(), renewal ? "RENEW" : "GRANT", RECORD, trainee.getId(),
                describe(qualification));
    }

    /** The qualifications of the people who sign in with these accounts, by account id: one statement. */
    private Map<Long, List<Qualification>> heldByAccounts(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select q from Qualification q join fetch q.holder left join fetch q.frameworkEdition
                        left join fetch q.course where q.holder.account.id in :accounts order by q.issuedOn desc""",
                        Qualification.class)
                .setParameter("accounts", accountIds).getResultStream()
                .collect(Collectors.groupingBy(q -> q.getHolder().getAccount().getId()));
    }

    /** A person of the caller's centre (any centre for administrators), else a refusal on the field. */
    private Person member(Long personId, String field) {
        Person person = personId == null ? null : em.find(Person.class, personId);
        if (person == null || !currentUser.isAdmin() && !person.centreId().equals(currentUser.caller().centreId())) {
            throw new InvalidInputException(field, "error.qualification.holderUnknown");
        }
        return person;
    }

    private static void requireTarget(QualificationDetails details) {
        if (details.frameworkEditionId() == null && details.courseId() == null) {
            throw new InvalidInputException("frameworkEditionId", "error.qualification.target");
        }
        if (details.expiresOn() != null && details.expiresOn().isBefore(details.issuedOn())) {
            throw new InvalidInputException("expiresOn", "error.qualification.dates");
        }
    }

    private FrameworkEdition edition(Long id) {
        if (id == null) {
            return null;
        }
        FrameworkEdition edition = em.find(FrameworkEdition.class, id);
        if (edition == null) {
            throw new InvalidInputException("frameworkEditionId", "error.course.editionUnknown");
        }
        return edition;
    }

    private Course course(Long id) {
        if (id == null) {
            return null;
        }
        Course course = em.find(Course.class, id);
        if (course == null || !course.belongsTo(currentUser.caller().centreId())) {
            throw new InvalidInputException("courseId", "error.course.unknown");
        }
        return course;
    }

    private static String describe(Qualification q) {
        return q.getKind() + " " + (q.getFrameworkEdition() != null ? q.getFrameworkEdition().getCode() : "")
                + (q.getCourse() != null ? " " + q.getCourse().getCode() : "") + " " + q.getIssuedOn() + ".." + q.getExpiresOn();
    }
}
