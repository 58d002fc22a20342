package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Personnel profiles (category, rank band, languages) that prerequisites are
 * checked against. Staff keep them for the people of their centre; a person
 * reads their own.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

    static final String RECORD = "PersonnelProfile";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    public Optional<ProfileDetails> of(long accountId) {
        CurrentUser.Caller caller = currentUser.caller();
        if (!Long.valueOf(accountId).equals(caller.accountId())) {
            currentUser.require(Role.CENTRE_STAFF, Role.ADMIN);
            member(accountId);
        }
        return find(accountId).map(PersonnelProfile::details);
    }

    public ProfileDetails put(long accountId, @NotNull @Valid ProfileDetails details) {
        currentUser.require(Role.CENTRE_STAFF);
        Account account = member(accountId);
        PersonnelProfile profile = find(accountId).orElse(null);
        if (profile == null) {
            profile = new PersonnelProfile(account);
            profile.describe(details);
            em.persist(profile);
        } else {
            profile.describe(details);
        }
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, accountId,
                details.category() + " " + details.rankBand() + " " + details.languages());
        return profile.details();
    }

    private Optional<PersonnelProfile> find(long accountId) {
        return em.createQuery("select p from PersonnelProfile p where p.account.id = :id", PersonnelProfile.class)
                .setParameter("id", accountId).getResultStream().findFirst();
    }

    private Account member(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getCentre() == null) {
            throw new RecordNotFoundException("Account", accountId);
        }
        currentUser.guardCentre(account.getCentre().getId(), "Account", accountId);
        return account;
    }
}
