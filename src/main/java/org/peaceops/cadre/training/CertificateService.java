package org.peaceops.cadre.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.course.Enrolment;
import org.peaceops.cadre.course.Offering;
import org.peaceops.cadre.course.OfferingCompleted;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.training.certificate.CertificateContent;

/**
 * Certificates: one for each person who completes an offering, issued in
 * the same transaction as the completion; read by their holder and the
 * centre's staff, revoked by staff with a reason, and checked by anyone
 * with the code (see {@link #verify}).
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    static final String RECORD = "Certificate";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** What the public verification page may say of a certificate: nothing more than this. */
    public record Verification(boolean valid, String holderName, String courseTitle, String courseCode,
                               String centreName, LocalDate completedOn, LocalDate revokedOn) {
    }

    void issue(@Observes OfferingCompleted completion) {
        Offering offering = completion.offering();
        for (Enrolment enrolment : completion.completed()) {
            em.persist(new Certificate(enrolment, CertificateCodes.next(), offering.getEndsOn()));
        }
        if (!completion.completed().isEmpty()) {
            auditLog.changed(currentUser.actor(), "ISSUE", RECORD, offering.getId(),
                    completion.completed().size() + " certificates for " + offering.label());
        }
    }

    /** The signed-in trainee's own certificates, newest first. */
    public List<Certificate> mine() {
        CurrentUser.Caller me = currentUser.require(Role.TRAINEE);
        return em.createQuery("""
                        select c from Certificate c join fetch c.person join fetch c.enrolment e join fetch e.offering o
                        join fetch o.course where c.person.account.id = :me order by c.issuedOn desc, c.id desc""", Certificate.class)
                .setParameter("me", me.accountId()).setMaxResults(200).getResultList();
    }

    /** A person's certificates, for the staff of their centre. */
    public List<Certificate> of(long personId) {
        currentUser.require(Role.CENTRE_STAFF);
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new RecordNotFoundException("Person", personId);
        }
        currentUser.guardCentre(person.centreId(), "Person", personId);
        return em.createQuery("""
                        select c from Certificate c join fetch c.person join fetch c.enrolment e join fetch e.offering o
                        join fetch o.course where c.person.id = :person order by c.issuedOn desc, c.id desc""", Certificate.class)
                .setParameter("person", personId).setMaxResults(200).getResultList();
    }

    /** One certificate, for its holder or their centre's staff; anyone else finds nothing. */
    public Certificate get(long id) {
        Certificate certificate = em.createQuery("""
                        select c from Certificate c join fetch c.person p left join fetch p.account
                        join fetch c.centre join fetch c.enrolment e join fetch e.offering o join fetch o.course
                        where c.id = :id""", Certificate.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        currentUser.guardCentre(certificate.getCentre().getId(), RECORD, id);
        boolean holder = certificate.getPerson().getAccount() != null
                && certificate.getPerson().getAccount().getId().equals(currentUser.caller().accountId());
        if (!holder && !currentUser.isStaffOrAdmin()) {
            throw new RecordNotFoundException(RECORD, id);
        }
        return certificate;
    }

    /** Revokes the certificate: the verification page says so from now on, and the audit trail says why. */
    public Certificate revoke(long id, String reason) {
        currentUser.require(Role.CENTRE_STAFF);
        Certificate certificate = get(id);
        if (reason == null || reason.isBlank() || reason.strip().length() > Certificate.REASON_LENGTH) {
            throw new InvalidInputException("reason", "error.certificate.reason", Certificate.REASON_LENGTH);
        }
        if (certificate.isRevoked()) {
            throw new ConflictException("error.certificate.revoked");
        }
        certificate.revoke(reason.strip(), currentUser.caller().username(), clock.instant());
        auditLog.changed(currentUser.actor(), "REVOKE", RECORD, id, certificate.getCode() + ": " + reason.strip());
        return certificate;
    }

    /** What anyone holding the code may learn of the certificate; an unknown code is not found. */
    public Verification verify(String code) {
        String normalised = CertificateCodes.normalise(code);
        Certificate certificate = normalised == null ? null : em.createQuery("""
                        select c from Certificate c join fetch c.person join fetch c.centre
                        join fetch c.enrolment e join fetch e.offering o join fetch o.course where c.code = :code""",
                        Certificate.class)
                .setParameter("code", normalised).getResultStream().findFirst().orElse(null);
        if (certificate == null) {
            throw new RecordNotFoundException(RECORD, null);
        }
        Course course = certificate.getEnrolment().getOffering().getCourse();
        return new Verification(!certificate.isRevoked(), certificate.getPerson().getDisplayName(), course.getTitle(),
                course.getCode(), certificate.getCentre().getName(), certificate.getIssuedOn(),
                certificate.isRevoked() ? LocalDate.ofInstant(certificate.getRevokedAt(), clock.getZone()) : null);
    }

    /** What the certificate's PDF prints, in {@code locale}, pointing at {@code verificationAddress}. */
    public CertificateContent content(long certificateId, URI verificationAddress, Locale locale) {
        Certificate certificate = get(certificateId);
        Offering offering = certificate.getEnrolment().getOffering();
        Course course = offering.getCourse();
        TrainingCentre centre = certificate.getCentre();
        Person holder = certificate.getPerson();
        long minutes = em.createQuery("""
                        select s.startsAt, s.endsAt from CourseSession s where s.offering = :offering
                        and s.status <> org.peaceops.cadre.course.SessionStatus.CANCELLED""", Object[].class)
                .setParameter("offering", offering).getResultStream()
                .mapToLong(row -> Duration.between((java.time.Instant) row[0], (java.time.Instant) row[1]).toMinutes())
                .sum();
        String place = centre.getCity() == null ? null : centre.getCity() + ", "
                + new Locale("", centre.getCountryCode()).getDisplayCountry(locale);
        return new CertificateContent(holder.getDisplayName(), holder.getRank(), course.getTitle(), course.getCode(),
                centre.getName(), place, offering.getStartsOn(), offering.getEndsOn(), (int) minutes, course.alignedEditionTitle(),
                certificate.getIssuedOn(), certificate.getCode(), verificationAddress, locale);
    }
}
