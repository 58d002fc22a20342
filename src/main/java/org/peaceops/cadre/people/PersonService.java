package org.peaceops.cadre.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.JoinType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.persistence.PagedQuery;
import org.peaceops.cadre.platform.security.AccountDetails;
import org.peaceops.cadre.platform.security.AccountService;
import org.peaceops.cadre.platform.security.CentreReference;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.NewAccount;
import org.peaceops.cadre.platform.security.Role;

/**
 * The people of a centre: staff register them (by hand or from a roster),
 * correct them and keep the profile prerequisites read; a person who signs in
 * reads their own record. Another centre's people answer 404.
 */
@ApplicationScoped
@Transactional
public class PersonService {

    public static final String RECORD = "Person";
    /** The filter that matches a name or a service number, besides the list's own fields. */
    public static final String SEARCH = "search";
    private static final Map<String, String> FIELDS = Map.of(
            "familyName", "familyName", "givenNames", "givenNames", "serviceNumber", "serviceNumber",
            "nationality", "nationality", "category", "category", "username", "account.username");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    /**
     * A page of the staff member's centre's people, by family name: two
     * statements (count and page, accounts joined) whatever the centre's size.
     * The {@value #SEARCH} filter matches part of a family or given name or of
     * a sign-in name, or the start of a service number.
     */
    public Page<Person> page(@NotNull PageRequest request) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        Map<String, String> filters = new HashMap<>(request.filters());
        String search = filters.remove(SEARCH);
        PagedQuery<Person> query = new PagedQuery<>(Person.class, FIELDS, "familyName")
                .fetch(root -> root.fetch("account", JoinType.LEFT))
                .scope((cb, root) -> cb.equal(root.get("centre").get("id"), caller.centreId()));
        if (search != null && !search.isBlank()) {
            query.scope((cb, root) -> PersonSearch.matching(cb, root, search));
        }
        return query.run(em, new PageRequest(request.offset(), request.limit(), request.sortField(),
                request.ascending(), filters));
    }

    /** A person of the caller's centre for staff, or the caller's own record; anyone else's answers 404. */
    public Person get(long id) {
        Person person = find(id);
        if (!ownRecord(person)) {
            currentUser.require(Role.CENTRE_STAFF);
            currentUser.guardCentre(person.centreId(), RECORD, id);
        }
        return person;
    }

    /** The person a signed-in account is, if any. */
    public Optional<Person> ofAccount(long accountId) {
        return em.createQuery("select p from Person p where p.account.id = :account", Person.class)
                .setParameter("account", accountId).getResultStream().findFirst();
    }

    public Person register(@NotNull @Valid PersonDetails details) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        Person person = new Person(em.getReference(CentreReference.class, caller.centreId()), clock.instant());
        person.describe(requireComplete(details));
        requireNumberFree(caller.centreId(), person.getNationality(), person.getServiceNumber(), null);
        em.persist(person);
        flushNumber(person);
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, person.getId(), summary(person));
        return person;
    }

    public Person change(long id, long expectedVersion, @NotNull @Valid PersonDetails details) {
        currentUser.require(Role.CENTRE_STAFF);
        Person person = get(id);
        person.requireVersion(expectedVersion);
        person.describe(requireComplete(details));
        requireNumberFree(person.centreId(), person.getNationality(), person.getServiceNumber(), id);
        flushNumber(person);
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id, summary(person));
        return person;
    }

    /**
     * Opens a sign-in account for a person the centre keeps, as a trainee or an
     * instructor: they can then see their own training. Their name, e-mail and
     * history stay as they are.
     */
    public Person openAccount(long id, @NotNull @Valid AccountRequest request) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        Person person = get(id);
        if (person.getAccount() != null) {
            throw new ConflictException("error.person.hasAccount", person.getDisplayName(),
                    person.getAccount().getUsername());
        }
        accounts.openFor(id, new NewAccount(request.username(), request.password(), new AccountDetails(
                person.getDisplayName(), person.getEmail(), java.util.EnumSet.of(request.role()), caller.centreId(),
                true, request.preferredLanguage())));
        em.flush();
        return find(id);
    }

    /** Replaces what prerequisites read (category, rank band, languages), keeping the rest. */
    public Person putProfile(long id, @NotNull @Valid ProfileDetails profile) {
        currentUser.require(Role.CENTRE_STAFF);
        Person person = get(id);
        person.profile(profile);
        auditLog.changed(currentUser.actor(), "UPDATE", RECORD, id,
                profile.category() + " " + profile.rankBand() + " " + profile.languages());
        return person;
    }

    /**
     * Display names of people of the staff member's centre, by id, in one
     * statement; ids of other centres are left out rather than refused, as the
     * answer names nothing the caller may not see.
     */
    public Map<Long, String> names(@NotNull Collection<Long> ids) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids and p.centre.id = :centre", Person.class)
                .setParameter("ids", ids).setParameter("centre", caller.centreId()).getResultStream()
                .collect(Collectors.toMap(Person::getId, Person::getDisplayName));
    }

    /** Display names of the people who sign in with these accounts, by account id (staff, their centre only). */
    public Map<Long, String> namesByAccount(@NotNull Collection<Long> accountIds) {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select p from Person p join fetch p.account a where a.id in :ids and p.centre.id = :centre""",
                        Person.class)
                .setParameter("ids", accountIds).setParameter("centre", caller.centreId()).getResultStream()
                .collect(Collectors.toMap(p -> p.getAccount().getId(), Person::getDisplayName));
    }

    private boolean ownRecord(Person person) {
        Long me = currentUser.caller().accountId(); // null when the system acts (demo data)
        return me != null && person.getAccount() != null && me.equals(person.getAccount().getId());
    }

    private Person find(long id) {
        return em.createQuery("select p from Person p left join fetch p.account where p.id = :id", Person.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    private static PersonDetails requireComplete(PersonDetails details) {
        if ((details.serviceNumber() == null || details.serviceNumber().isBlank()) != (details.nationality() == null)) {
            throw new InvalidInputException(details.nationality() == null ? "nationality" : "serviceNumber",
                    "error.person.numberWithCountry");
        }
        return details;
    }

    private void requireNumberFree(Long centreId, String nationality, String serviceNumber, Long self) {
        if (serviceNumber == null) {
            return;
        }
        em.createQuery("""
                        select p from Person p where p.centre.id = :centre and p.nationality = :country
                        and p.serviceNumber = :number""", Person.class)
                .setParameter("centre", centreId).setParameter("country", nationality)
                .setParameter("number", serviceNumber).getResultStream()
                .filter(other -> !other.getId().equals(self)).findFirst().ifPresent(other -> {
                    throw new InvalidInputException("serviceNumber", "error.person.serviceNumberTaken",
                            serviceNumber, other.getDisplayName());
                });
    }

    /** Writes now, so that a number taken meanwhile by another request is refused on its field. */
    private void flushNumber(Person person) {
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new InvalidInputException("serviceNumber", "error.person.serviceNumberTaken",
                    person.getServiceNumber(), "");
        }
    }

    private static String summary(Person person) {
        return person.getDisplayName() + (person.getServiceNumber() == null ? ""
                : " " + person.getNationality() + " " + person.getServiceNumber());
    }
}
