package org.peaceops.cadre.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;

/** The centres the platform names: for choosing an account's centre and showing times in a centre's zone. */
@ApplicationScoped
public class CentreDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** Every centre by name, for choosing one in a form (a few hundred at most). */
    public List<CentreReference> choices() {
        currentUser.caller();
        return em.createQuery("select c from CentreReference c order by c.name", CentreReference.class)
                .getResultList();
    }

    /** The caller's centre's time zone; UTC for an administrator, who has no centre. */
    public ZoneId callersTimeZone() {
        Long centreId = currentUser.caller().centreId();
        CentreReference centre = centreId == null ? null : em.find(CentreReference.class, centreId);
        return centre == null ? ZoneId.of("UTC") : ZoneId.of(centre.getTimeZone());
    }
}
