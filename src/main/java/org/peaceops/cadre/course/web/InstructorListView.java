package org.peaceops.cadre.course.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.course.CourseService;
import org.peaceops.cadre.course.Qualification;
import org.peaceops.cadre.course.QualificationDetails;
import org.peaceops.cadre.course.QualificationKind;
import org.peaceops.cadre.course.QualificationService.InstructorStanding;
import org.peaceops.cadre.course.QualificationService;
import org.peaceops.cadre.curriculum.FrameworkService;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.people.PersonService;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.PageAccess;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;

/**
 * The instructors page: the centre's instructors with every qualification
 * they hold and its standing today, and what expires soon. Staff record
 * qualifications gained elsewhere, correct and remove them; instructors read.
 */
@Named
@ViewScoped(saveInViewState = true)
public class InstructorListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "qualificationForm";
    /** Suggestions for the holder: enough to pick from while typing, never a whole centre. */
    private static final int SUGGESTIONS = 15;

    @Inject
    QualificationService qualifications;

    @Inject
    PersonService people;

    @Inject
    FrameworkService frameworks;

    @Inject
    CourseService courses;

    @Inject
    Clock clock;

    private ServiceLazyDataModel<InstructorStanding> model;
    private List<Qualification> expiring;
    private QualificationForm form = new QualificationForm();
    private LinkedHashMap<String, Long> editionChoices;
    private LinkedHashMap<String, Long> courseChoices;
    /** Names of the people last suggested as holders, so that the chosen id shows as a name. */
    private final HashMap<Long, String> holderNames = new HashMap<>();

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(qualifications::instructors, standing -> standing.instructor().getId());
    }

    /** Staff and instructors read the page (administrators too); a trainee or an assessor is not allowed in. */
    public void requireReader() throws IOException {
        PageAccess.require(Role.CENTRE_STAFF, Role.INSTRUCTOR, Role.ADMIN);
    }

    public void startNew() {
        form = new QualificationForm();
    }

    public void edit(long id) {
        FormErrors.attempt(FORM, () -> {
            form = QualificationForm.of(qualifications.get(id));
            holderNames.put(form.getHolderId(), form.getHolderName());
        });
    }

    public void save() {
        FormErrors.attempt(FORM, () -> {
            QualificationDetails details = form.details();
            Qualification saved = form.isRecorded()
                    ? qualifications.change(form.getId(), form.getVersion(), details)
                    : qualifications.record(details);
            expiring = null;
            FormErrors.info("qualification.saved", saved.getHolder().getDisplayName());
        });
    }

    public void delete(long id) {
        FormErrors.attempt(FORM, () -> {
            qualifications.remove(id);
            expiring = null;
            FormErrors.info("qualification.deleted");
        });
    }

    /** People of the centre whose name or service number matches the text typed, as holder ids. */
    public List<Long> completeHolder(String text) {
        Map<String, String> filter = text == null || text.isBlank() ? Map.of() : Map.of(PersonService.SEARCH, text);
        List<Person> found = people.page(new PageRequest(0, SUGGESTIONS, "familyName", true, filter)).items();
        found.forEach(person -> holderNames.put(person.getId(), person.getDisplayName()));
        return found.stream().map(Person::getId).toList();
    }

    public String holderName(Long id) {
        return id == null ? "" : holderNames.getOrDefault(id, "");
    }

    /** Valid today, expiring, expired or not yet valid, as the scheduler would judge it today. */
    public QualificationStanding standing(Qualification qualification) {
        return QualificationStanding.of(qualification, today());
    }

    public long daysLeft(Qualification qualification) {
        return ChronoUnit.DAYS.between(today(), qualification.getExpiresOn());
    }

    /** What the qualification is for: the framework edition's code, else the course's. */
    public String targetOf(Qualification qualification) {
        return QualificationTarget.of(qualification);
    }

    /** Qualifications of the centre that expire within the warning window, soonest first; read once per change. */
    public List<Qualification> getExpiring() {
        if (expiring == null) {
            expiring = qualifications.expiringSoon();
        }
        return expiring;
    }

    public QualificationKind[] getKinds() {
        return QualificationKind.values();
    }

    /** ITS editions by code; a few dozen at most. */
    public Map<String, Long> getEditions() {
        if (editionChoices == null) {
            editionChoices = new LinkedHashMap<>();
            frameworks.page(new PageRequest(0, PageRequest.MAX_LIMIT, "code", true, Map.of())).items()
                    .forEach(edition -> editionChoices.put(edition.getCode() + " · " + edition.getTitle(),
                            edition.getId()));
        }
        return editionChoices;
    }

    /** The centre's courses by code. */
    public Map<String, Long> getCourses() {
        if (courseChoices == null) {
            courseChoices = new LinkedHashMap<>();
            courses.page(new PageRequest(0, PageRequest.MAX_LIMIT, "code", true, Map.of())).items()
                    .forEach(course -> courseChoices.put(course.getCode() + " · " + course.getTitle(), course.getId()));
        }
        return courseChoices;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public ServiceLazyDataModel<InstructorStanding> getModel() {
        return model;
    }

    public QualificationForm getForm() {
        return form;
    }
}
