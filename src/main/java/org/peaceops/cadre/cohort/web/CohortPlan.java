package org.peaceops.cadre.cohort.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.cohort.CohortService;
import org.peaceops.cadre.cohort.PlanCourse;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.course.CourseService;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.web.FormErrors;

/**
 * The cohort's required training plan on its page: the courses everyone must
 * complete and each role's extras; staff add and remove plan courses.
 */
@Named
@ViewScoped(saveInViewState = true)
public class CohortPlan implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PLAN_FORM = "planForm";
    static final String COURSE_FORM = "planCourseForm";
    private static final int COURSES = 200;

    @Inject
    CohortView page;

    @Inject
    CohortService cohorts;

    @Inject
    CourseService courses;

    /** One course of the plan as the page lists it. */
    public record Row(Long courseId, String code, String title, CohortRole role) implements Serializable {
    }

    private List<Row> rows;
    private int readAt = -1;
    private Long courseToAdd;
    private CohortRole roleToAdd;

    public List<Row> getRows() {
        if (rows == null || readAt != page.revision()) {
            rows = cohorts.plan(page.getId()).stream().map(CohortPlan::row).toList();
            readAt = page.revision();
        }
        return rows;
    }

    public void add() {
        FormErrors.attempt(COURSE_FORM, () -> {
            if (courseToAdd == null) {
                throw new InvalidInputException("courseId", "error.course.unknown");
            }
            List<CohortService.PlanEntry> entries = new ArrayList<>(entries());
            entries.add(new CohortService.PlanEntry(courseToAdd, roleToAdd));
            cohorts.replacePlan(page.getId(), entries);
            FormErrors.info("cohort.planSaved");
            courseToAdd = null;
            page.reload();
        });
    }

    public void remove(Row row) {
        FormErrors.attempt(PLAN_FORM, () -> {
            List<CohortService.PlanEntry> entries = new ArrayList<>(entries());
            entries.remove(new CohortService.PlanEntry(row.courseId(), row.role()));
            cohorts.replacePlan(page.getId(), entries);
            FormErrors.info("cohort.planSaved");
            page.reload();
        });
    }

    /** The centre's courses by code, read when the plan form is drawn. */
    public Map<String, Long> getCourses() {
        Map<String, Long> choices = new LinkedHashMap<>();
        for (Course course : courses.page(new PageRequest(0, COURSES, "code", true, Map.of())).items()) {
            choices.put(course.getCode() + " " + course.getTitle(), course.getId());
        }
        return choices;
    }

    private List<CohortService.PlanEntry> entries() {
        return getRows().stream().map(row -> new CohortService.PlanEntry(row.courseId(), row.role())).toList();
    }

    private static Row row(PlanCourse plan) {
        return new Row(plan.getCourse().getId(), plan.getCourse().getCode(), plan.getCourse().getTitle(),
                plan.getRole());
    }

    public Long getCourseToAdd() {
        return courseToAdd;
    }

    public void setCourseToAdd(Long courseToAdd) {
        this.courseToAdd = courseToAdd;
    }

    public CohortRole getRoleToAdd() {
        return roleToAdd;
    }

    public void setRoleToAdd(CohortRole roleToAdd) {
        this.roleToAdd = roleToAdd;
    }
}
