package org.peaceops.cadre.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.AccountAssigned;
import org.peaceops.cadre.platform.security.Role;

/**
 * Every trainee or instructor account of a centre is someone in training or
 * teaching: when an administrator opens one (or gives an account one of those
 * roles) without a person behind it, the person is registered with the
 * account's name and e-mail, for staff to complete. An account staff open for
 * a person they keep is linked to that person.
 */
@ApplicationScoped
public class AccountPeople {

    @PersistenceContext
    EntityManager em;

    void onAssigned(@Observes AccountAssigned event) {
        Account account = event.account();
        if (event.forRecord() != null) {
            link(em.find(Person.class, event.forRecord()), account);
            return;
        }
        if (account.getCentre() == null || !account.isEnabled()
                || account.getRoles().stream().noneMatch(EnumSet.of(Role.TRAINEE, Role.INSTRUCTOR)::contains)
                || !em.createQuery("select p.id from Person p where p.account.id = :account", Long.class)
                        .setParameter("account", account.getId()).getResultList().isEmpty()) {
            return;
        }
        // The person takes the account's id, as the people migrated from accounts did: the id sequence has
        // already passed it, so no other record can hold it, and an integration that knew the account's id
        // finds the person under the same number. A plain insert, since generated ids cannot be chosen.
        em.createNativeQuery("""
                        insert into person (id, version, centre_id, account_id, family_name, languages, email, created_at)
                        values (?1, 0, ?2, ?1, ?3, '', ?4, ?5)""")
                .setParameter(1, account.getId()).setParameter(2, account.centreId())
                .setParameter(3, account.getDisplayName()).setParameter(4, account.getEmail())
                .setParameter(5, account.getCreatedAt()).executeUpdate();
    }

    /** Links the account to the person it was opened for, who must be of its centre and have none yet. */
    private void link(Person person, Account account) {
        if (person == null || !person.centreId().equals(account.centreId())) {
            throw new InvalidInputException("personId", "error.cohort.personUnknown");
        }
        if (person.getAccount() != null) {
            throw new ConflictException("error.person.hasAccount", person.getDisplayName(),
                    person.getAccount().getUsername());
        }
        person.linkAccount(account);
    }
}
