package org.peaceops.cadre.course.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.course.CourseChoices;
import org.peaceops.cadre.course.CourseDetails;
import org.peaceops.cadre.course.CourseService;
import org.peaceops.cadre.course.CourseType;
import org.peaceops.cadre.course.PrerequisiteKind;
import org.peaceops.cadre.course.QualificationKind;
import org.peaceops.cadre.curriculum.FrameworkEdition;
import org.peaceops.cadre.curriculum.FrameworkService;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;

/**
 * The courses page: members of a centre see its course templates; its staff
 * add, describe and remove them, prerequisites included.
 */
@Named
@ViewScoped(saveInViewState = true)
public class CourseListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "courseForm";

    @Inject
    CourseService courses;

    @Inject
    CourseChoices choices;

    @Inject
    FrameworkService frameworks;

    private ServiceLazyDataModel<Course> model;
    private CourseForm form = new CourseForm();
    /** Read once per page, when the dialog first needs them. */
    private LinkedHashMap<String, Long> versionChoices;
    private LinkedHashMap<String, Long> editionChoices;
    private LinkedHashMap<String, Long> courseChoices;

    @PostConstruct
    void init() {
        model = ServiceLazyDataModel.ofEntities(courses::page);
    }

    public void startNew() {
        form = new CourseForm();
        courseChoices = null;
    }

    public void edit(Course course) {
        form = CourseForm.of(courses.get(course.getId()));
        courseChoices = null;
    }

    public void save() {
        FormErrors.attempt(FORM, () -> {
            CourseDetails details = form.details();
            if (form.getId() == null) {
                courses.add(details);
            } else {
                courses.change(form.getId(), form.getVersion(), details);
            }
            FormErrors.info("course.saved", details.code());
        });
    }

    /** Removal is refused (409) while offerings, prerequisites or qualifications refer to the course. */
    public void delete(Course course) {
        FormErrors.attempt(FORM, () -> {
            courses.remove(course.getId());
            FormErrors.info("course.deleted", course.getCode());
        });
    }

    public void addPrerequisite() {
        form.addPrerequisite();
    }

    public void removePrerequisite(int index) {
        form.removePrerequisite(index);
    }

    public List<CourseType> getTypes() {
        return List.of(CourseType.values());
    }

    public List<PrerequisiteKind> getPrerequisiteKinds() {
        return List.of(PrerequisiteKind.values());
    }

    public List<QualificationKind> getQualificationKinds() {
        return List.of(QualificationKind.values());
    }

    public List<PersonnelCategory> getPersonnelCategories() {
        return List.of(PersonnelCategory.values());
    }

    public List<RankBand> getRankBands() {
        return List.of(RankBand.values());
    }

    /** "Curriculum · version 2 (Published)" to the version's id: the centre's published and superseded versions. */
    public Map<String, Long> getCurriculumVersions() {
        if (versionChoices == null) {
            versionChoices = new LinkedHashMap<>();
            Locale locale = locale();
            choices.curriculumVersions().forEach(v -> versionChoices.put(Messages.format(locale, "course.versionChoice",
                    v.getCurriculum().getTitle(), v.getNumber(),
                    Messages.format(locale, "versionStatus." + v.getStatus().name())), v.getId()));
        }
        return versionChoices;
    }

    /** The ITS editions, "code · title". */
    public Map<String, Long> getEditions() {
        if (editionChoices == null) {
            editionChoices = new LinkedHashMap<>();
            for (FrameworkEdition edition : frameworks.page(new PageRequest(0, PageRequest.MAX_LIMIT, "code", true,
                    Map.of())).items()) {
                editionChoices.put(edition.getCode() + " · " + edition.getTitle(), edition.getId());
            }
        }
        return editionChoices;
    }

    /** The centre's courses other than the one being edited, "code · title". */
    public Map<String, Long> getCourses() {
        if (courseChoices == null) {
            courseChoices = new LinkedHashMap<>();
            courses.page(new PageRequest(0, PageRequest.MAX_LIMIT, "code", true, Map.of())).items().stream()
                    .filter(c -> !c.getId().equals(form.getId()))
                    .forEach(c -> courseChoices.put(c.getCode() + " · " + c.getTitle(), c.getId()));
        }
        return courseChoices;
    }

    /** A language code's name in the page's language. */
    public String languageName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale());
    }

    /** The course's languages, named, for the list. */
    public String languageNames(Course course) {
        return String.join(", ", course.getLanguages().stream().map(this::languageName).toList());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ServiceLazyDataModel<Course> getModel() {
        return model;
    }

    public CourseForm getForm() {
        return form;
    }
}
