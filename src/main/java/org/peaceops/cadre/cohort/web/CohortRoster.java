package org.peaceops.cadre.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.cohort.CohortMember;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.cohort.RosterService;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.people.PersonService;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;

/**
 * The cohort's roster on its page: 20 people a page, found by name or
 * service number and filtered by role; staff add one of the centre's people,
 * change a member's role or take them off the roster.
 */
@Named
@ViewScoped(saveInViewState = true)
public class CohortRoster implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ADD_FORM = "memberForm";
    static final String ROLE_FORM = "roleForm";
    private static final int SUGGESTIONS = 15;

    @Inject
    CohortView page;

    @Inject
    RosterService rosters;

    @Inject
    PersonService people;

    private ServiceLazyDataModel<CohortMember> model;
    private Long personToAdd;
    private CohortRole roleToGive = CohortRole.MEMBER;
    private Long assigningId;
    private String assigning;
    private CohortRole newRole;
    /** Names of the people last suggested, so that the chosen id shows as a name. */
    private final HashMap<Long, String> personNames = new HashMap<>();

    @PostConstruct
    void init() {
        model = ServiceLazyDataModel.ofEntities(this::page);
    }

    private Page<CohortMember> page(PageRequest request) {
        return rosters.roster(page.getId(), request);
    }

    public void add() {
        FormErrors.attempt(ADD_FORM, () -> {
            if (personToAdd == null) {
                throw new InvalidInputException("personId", "error.cohort.personUnknown");
            }
            CohortMember member = rosters.add(page.getId(), personToAdd, roleToGive);
            FormErrors.info("cohort.memberAdded", member.getPerson().getDisplayName());
            personToAdd = null;
            page.reload();
        });
    }

    /** Opens the role dialog for one member. */
    public void startAssign(CohortMember member) {
        assigningId = member.getPerson().getId();
        assigning = member.getPerson().getDisplayName();
        newRole = member.getRole();
    }

    public void assign() {
        FormErrors.attempt(ROLE_FORM, () -> {
            rosters.assign(page.getId(), assigningId, newRole);
            FormErrors.info("cohort.roleChanged", assigning);
            page.reload();
        });
    }

    public String getAssigning() {
        return assigning;
    }

    public CohortRole getNewRole() {
        return newRole;
    }

    public void setNewRole(CohortRole newRole) {
        this.newRole = newRole;
    }

    public void remove(CohortMember member) {
        FormErrors.attempt(CohortView.PAGE_FORM, () -> {
            rosters.remove(page.getId(), member.getPerson().getId());
            FormErrors.info("cohort.memberRemoved", member.getPerson().getDisplayName());
            page.reload();
        });
    }

    /** The centre's people whose name, sign-in name or service number matches what was typed. */
    public List<Long> completePerson(String text) {
        Map<String, String> filter = text == null || text.isBlank() ? Map.of() : Map.of(PersonService.SEARCH, text);
        List<Person> found = people.page(new PageRequest(0, SUGGESTIONS, "familyName", true, filter)).items();
        found.forEach(person -> personNames.put(person.getId(), person.reference().isEmpty()
                ? person.getDisplayName() : person.getDisplayName() + " (" + person.reference() + ")"));
        return found.stream().map(Person::getId).toList();
    }

    public String personName(Long id) {
        return id == null ? "" : personNames.getOrDefault(id, String.valueOf(id));
    }

    public ServiceLazyDataModel<CohortMember> getModel() {
        return model;
    }

    public Long getPersonToAdd() {
        return personToAdd;
    }

    public void setPersonToAdd(Long personToAdd) {
        this.personToAdd = personToAdd;
    }

    public CohortRole getRoleToGive() {
        return roleToGive;
    }

    public void setRoleToGive(CohortRole roleToGive) {
        this.roleToGive = roleToGive;
    }
}
