package org.peaceops.cadre.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * One course of a cohort's required training plan: for everyone in the
 * cohort when {@code role} is empty, else an extra for that role only.
 */
@Entity
@Table(name = "cohort_plan_course")
public class PlanCourse extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Enumerated(EnumType.STRING)
    @Column(length = 16, updatable = false)
    private CohortRole role;

    protected PlanCourse() {
    }

    PlanCourse(Cohort cohort, Course course, CohortRole role) {
        this.cohort = cohort;
        this.course = course;
        this.role = role;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Course getCourse() {
        return course;
    }

    public CohortRole getRole() {
        return role;
    }
}
