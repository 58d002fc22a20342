package org.peaceops.cadre.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.peaceops.cadre.platform.security.AccountDetails;
import org.peaceops.cadre.platform.security.AccountService;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.NewAccount;
import org.peaceops.cadre.platform.security.Role;

/**
 * Work Cadre does on its own at start-up, through the same services as users,
 * acting as the system (audited as "system"), each task in one transaction.
 */
@ApplicationScoped
public class SystemTasks {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    DemoDataWriter demoData;

    @PersistenceContext
    EntityManager em;

    /** Opens {@code admin} unless an administrator exists; true when it did. */
    @ActivateRequestContext
    @Transactional
    public boolean openFirstAdministrator(String password) {
        boolean hasAdministrator = !em.createQuery(
                "select a.id from Account a join a.roles r where r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).setMaxResults(1).getResultList().isEmpty();
        if (hasAdministrator) {
            return false;
        }
        currentUser.actAsSystem();
        accounts.open(new NewAccount("admin", password, new AccountDetails("Administrator", null,
                Set.of(Role.ADMIN), null, true, "en")));
        return true;
    }

    /** Loads the demo data unless its first centre is already there; true when it did. */
    @ActivateRequestContext
    @Transactional
    public boolean loadDemoData() {
        boolean present = !em.createQuery("select c.id from TrainingCentre c where c.name = :name", Long.class)
                .setParameter("name", DemoDataWriter.FIRST_CENTRE).getResultList().isEmpty();
        if (present) {
            return false;
        }
        currentUser.actAsSystem();
        demoData.write();
        return true;
    }
}
