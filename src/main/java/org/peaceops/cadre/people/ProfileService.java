package org.peaceops.cadre.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;
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
    private static final Map<String, String> PEOPLE_FIELDS = Map.of(
            "displayName", "displayName", "username", "username");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    /**
     * A trainee or instructor of the centre with their profile; null when none
     * has been written yet. Screens keep it in replicated view state.
     */
    public record Person(Account account, ProfileDetails profile) implements java.io.Serializable {
    }

    /**
     * A page of the staff member's centre's trainees and instructors with their
     * profiles: the page (count and select, roles fetched in one batch) and one
     * statement for the profiles of the page.
     */
    public Page<Person> people(@NotNull PageRequest request) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        Page<Account> page = new PagedQuery<>(Account.class, PEOPLE_FIELDS, "displayName")
                .scope((cb, root) -> cb.and(cb.equal(root.get("centre").get("id"), caller.centreId()),
                        cb.or(cb.isMember(Role.TRAINEE, root.get("roles")),
                                cb.isMember(Role.INSTRUCTOR, root.get("roles")))))
                .run(em, request);
        Map<Long, ProfileDetails> profiles = profilesOf(page.items().stream().map(Account::getId).toList());
        return page.map(account -> new Person(account, profiles.get(account.getId())));
    }

    /**
     * Display names of accounts of the staff member's centre, by id, in one
     * statement; ids of other centres are left out rather than refused, as
     * the answer names nothing the caller may not see.
     */
    public Map<Long, String> names(@NotNull Collection<Long> accountIds) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a.id, a.displayName from Account a where a.id in :ids and a.centre.id = :centre",
                        Object[].class)
                .setParameter("ids", accountIds).setParameter("centre", caller.centreId()).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

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

    private Map<Long, ProfileDetails> profilesOf(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p.account.id, p from PersonnelProfile p where p.account.id in :ids", Object[].class)
                .setParameter("ids", accountIds).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((PersonnelProfile) row[1]).details()));
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
