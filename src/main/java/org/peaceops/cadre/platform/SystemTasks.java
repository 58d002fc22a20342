package org.peaceops.cadre.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
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

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "cadre-demo";

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    Event<DemoDataRequested> demoData;

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

    /**
     * Asks every slice to write its demo data, unless an earlier start-up did;
     * true when it was written. The demo administrator is the platform's own.
     */
    @ActivateRequestContext
    @Transactional
    public boolean loadDemoData() {
        currentUser.actAsSystem();
        boolean adminExists = !em.createQuery("select a.id from Account a where a.username = 'admin'", Long.class)
                .getResultList().isEmpty();
        DemoDataRequested request = new DemoDataRequested();
        demoData.fire(request);
        if (request.isAlreadyPresent()) {
            return false;
        }
        if (!adminExists) {
            accounts.open(new NewAccount("admin", DEMO_PASSWORD, new AccountDetails("Amina Diallo (administrator)",
                    "admin@example.org", Set.of(Role.ADMIN), null, true, "en")));
        }
        return true;
    }
}
