package org.peaceops.cadre.course.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.course.CourseDetails;
import org.peaceops.cadre.course.CourseType;

/** The course dialog's fields, prerequisites included, while the user edits them; checked by the service on save. */
public class CourseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String code;
    private String title;
    private CourseType type;
    private Long curriculumVersionId;
    private Long frameworkEditionId;
    private Long qualifiesForCourseId;
    private Integer defaultDays = 5;
    private List<String> languages = new ArrayList<>(List.of("en"));
    private Integer minSeats = 10;
    private Integer maxSeats = 30;
    private Integer qualificationMonths;
    private String description;
    private List<PrerequisiteRow> prerequisites = new ArrayList<>();

    /** From a course read with its prerequisites ({@code CourseService.get}). */
    static CourseForm of(Course course) {
        CourseForm form = new CourseForm();
        form.id = course.getId();
        form.version = course.getVersion();
        form.code = course.getCode();
        form.title = course.getTitle();
        form.type = course.getType();
        form.curriculumVersionId = course.getCurriculumVersion().getId();
        form.frameworkEditionId = course.getFrameworkEdition() == null ? null : course.getFrameworkEdition().getId();
        form.qualifiesForCourseId = course.getQualifiesForCourse() == null ? null : course.getQualifiesForCourse().getId();
        form.defaultDays = course.getDefaultDays();
        form.languages = new ArrayList<>(course.getLanguages());
        form.minSeats = course.getMinSeats();
        form.maxSeats = course.getMaxSeats();
        form.qualificationMonths = course.getQualificationMonths();
        form.description = course.getDescription();
        form.prerequisites = new ArrayList<>(course.getPrerequisites().stream().map(PrerequisiteRow::of).toList());
        return form;
    }

    /** Empty numbers count as 0, which the service refuses beside the field. */
    CourseDetails details() {
        return new CourseDetails(code, title, type, curriculumVersionId, frameworkEditionId, qualifiesForCourseId,
                defaultDays == null ? 0 : defaultDays, languages == null ? List.of() : List.copyOf(languages),
                minSeats == null ? 0 : minSeats, maxSeats == null ? 0 : maxSeats, qualificationMonths, description,
                prerequisites.stream().map(PrerequisiteRow::details).toList());
    }

    void addPrerequisite() {
        prerequisites.add(new PrerequisiteRow());
    }

    void removePrerequisite(int index) {
        if (index >= 0 && index < prerequisites.size()) {
            prerequisites.remove(index);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public CourseType getType() {
        return type;
    }

    public void setType(CourseType type) {
        this.type = type;
    }

    public Long getCurriculumVersionId() {
        return curriculumVersionId;
    }

    public void setCurriculumVersionId(Long curriculumVersionId) {
        this.curriculumVersionId = curriculumVersionId;
    }

    public Long getFrameworkEditionId() {
        return frameworkEditionId;
    }

    public void setFrameworkEditionId(Long frameworkEditionId) {
        this.frameworkEditionId = frameworkEditionId;
    }

    public Long getQualifiesForCourseId() {
        return qualifiesForCourseId;
    }

    public void setQualifiesForCourseId(Long qualifiesForCourseId) {
        this.qualifiesForCourseId = qualifiesForCourseId;
    }

    public Integer getDefaultDays() {
        return defaultDays;
    }

    public void setDefaultDays(Integer defaultDays) {
        this.defaultDays = defaultDays;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public Integer getMinSeats() {
        return minSeats;
    }

    public void setMinSeats(Integer minSeats) {
        this.minSeats = minSeats;
    }

    public Integer getMaxSeats() {
        return maxSeats;
    }

    public void setMaxSeats(Integer maxSeats) {
        this.maxSeats = maxSeats;
    }

    public Integer getQualificationMonths() {
        return qualificationMonths;
    }

    public void setQualificationMonths(Integer qualificationMonths) {
        this.qualificationMonths = qualificationMonths;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<PrerequisiteRow> getPrerequisites() {
        return prerequisites;
    }
}
