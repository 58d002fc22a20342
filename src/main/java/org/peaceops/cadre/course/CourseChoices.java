package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.peaceops.cadre.curriculum.CurriculumVersion;
import org.peaceops.cadre.curriculum.VersionStatus;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * What the course screens offer to choose from, always within the caller's
 * own centre: the curriculum versions a course may be built on, and the
 * centre's trainees and instructors. One statement each, bounded.
 */
@ApplicationScoped
@Transactional
public class CourseChoices {

    /** More than any centre keeps; a bound on a select list, not a page. */
    static final int MAX_CHOICES = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** Published and superseded versions of the centre's curricula (drafts cannot carry a course), newest first. */
    public List<CurriculumVersion> curriculumVersions() {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        return em.createQuery("""
                        select v from CurriculumVersion v join fetch v.curriculum c
                        where c.centre.id = :centre and v.status <> :draft order by c.title, v.number desc""",
                        CurriculumVersion.class)
                .setParameter("centre", caller.centreId()).setParameter("draft", VersionStatus.DRAFT)
                .setMaxResults(MAX_CHOICES).getResultList();
    }

    /** Enabled instructor accounts of the centre, by name; members of the centre may read them. */
    public List<Account> instructors() {
        return members(Role.INSTRUCTOR);
    }

    private List<Account> members(Role role) {
        CurrentUser.Caller caller = currentUser.caller();
        return em.createQuery("""
                        select a from Account a where a.centre.id = :centre and a.enabled = true
                        and :role member of a.roles order by a.displayName""", Account.class)
                .setParameter("centre", caller.centreId()).setParameter("role", role)
                .setMaxResults(MAX_CHOICES).getResultList();
    }
}
