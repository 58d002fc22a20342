package org.peaceops.cadre.course;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.curriculum.CurriculumVersion;
import org.peaceops.cadre.curriculum.FrameworkEdition;
import org.peaceops.cadre.platform.persistence.BaseEntity;
import org.peaceops.cadre.platform.persistence.CodeList;

/**
 * A course template of one centre: what is taught (a published curriculum
 * version), to whom (prerequisites), for how long and for how many. Each run
 * of it is an {@link Offering}.
 */
@Entity
@Table(name = "course")
public class Course extends BaseEntity {

    /** Seats a course or offering may hold: a whole contingent taking one e-learning run. */
    public static final int MAX_SEATS = 10_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private TrainingCentre centre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "curriculum_version_id", nullable = false)
    private CurriculumVersion curriculumVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_edition_id")
    private FrameworkEdition frameworkEdition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "qualifies_for_course_id")
    private Course qualifiesForCourse;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "course_type", nullable = false, length = 24)
    private CourseType type;

    @Column(name = "default_days", nullable = false)
    private int defaultDays;

    @Column(nullable = false, length = 60)
    @Convert(converter = CodeList.class)
    private List<String> languages = List.of();

    @Column(name = "min_seats", nullable = false)
    private int minSeats;

    @Column(name = "max_seats", nullable = false)
    private int maxSeats;

    @Column(name = "qualification_months")
    private Integer qualificationMonths;

    @Column(length = 2000)
    private String description;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Prerequisite> prerequisites = new ArrayList<>();

    protected Course() {
    }

    Course(TrainingCentre centre) {
        this.centre = centre;
    }

    void describe(CourseDetails details, CurriculumVersion version, FrameworkEdition edition, Course qualifiesFor) {
        this.code = details.code().strip();
        this.title = details.title().strip();
        this.type = details.type();
        this.curriculumVersion = version;
        this.frameworkEdition = edition;
        this.qualifiesForCourse = qualifiesFor;
        this.defaultDays = details.defaultDays();
        this.languages = List.copyOf(details.languages());
        this.minSeats = details.minSeats();
        this.maxSeats = details.maxSeats();
        this.qualificationMonths = details.qualificationMonths();
        this.description = details.description();
    }

    void replacePrerequisites(List<Prerequisite> replacement) {
        prerequisites.clear();
        prerequisites.addAll(replacement);
    }

    public boolean belongsTo(Long centreId) {
        return centre.getId().equals(centreId);
    }

    public TrainingCentre getCentre() {
        return centre;
    }

    public CurriculumVersion getCurriculumVersion() {
        return curriculumVersion;
    }

    public FrameworkEdition getFrameworkEdition() {
        return frameworkEdition;
    }

    /** The title of the ITS edition the course is aligned to, or null: what a certificate prints. */
    public String alignedEditionTitle() {
        return frameworkEdition == null ? null : frameworkEdition.getTitle();
    }

    public Course getQualifiesForCourse() {
        return qualifiesForCourse;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public CourseType getType() {
        return type;
    }

    public int getDefaultDays() {
        return defaultDays;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public int getMinSeats() {
        return minSeats;
    }

    public int getMaxSeats() {
        return maxSeats;
    }

    public Integer getQualificationMonths() {
        return qualificationMonths;
    }

    public String getDescription() {
        return description;
    }

    public List<Prerequisite> getPrerequisites() {
        return List.copyOf(prerequisites);
    }
}
