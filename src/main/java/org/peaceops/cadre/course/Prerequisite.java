package org.peaceops.cadre.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.peaceops.cadre.curriculum.FrameworkEdition;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/** One condition a trainee must meet to enrol on a course; only the column its kind needs is set. */
@Entity
@Table(name = "course_prerequisite")
public class Prerequisite extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PrerequisiteKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "required_course_id")
    private Course requiredCourse;

    @Enumerated(EnumType.STRING)
    @Column(name = "qualification_kind", length = 24)
    private QualificationKind qualificationKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_edition_id")
    private FrameworkEdition frameworkEdition;

    @Enumerated(EnumType.STRING)
    @Column(name = "personnel_category", length = 12)
    private PersonnelCategory personnelCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "rank_band", length = 20)
    private RankBand rankBand;

    @Column(length = 8)
    private String language;

    @Column(nullable = false)
    private int position;

    protected Prerequisite() {
    }

    Prerequisite(Course course, PrerequisiteKind kind, int position) {
        this.course = course;
        this.kind = kind;
        this.position = position;
    }

    Prerequisite requiring(Course required) {
        this.requiredCourse = required;
        return this;
    }

    Prerequisite requiring(QualificationKind qualification, FrameworkEdition edition) {
        this.qualificationKind = qualification;
        this.frameworkEdition = edition;
        return this;
    }

    Prerequisite requiring(PersonnelCategory category) {
        this.personnelCategory = category;
        return this;
    }

    Prerequisite requiring(RankBand band) {
        this.rankBand = band;
        return this;
    }

    Prerequisite requiring(String languageCode) {
        this.language = languageCode;
        return this;
    }

    public PrerequisiteKind getKind() {
        return kind;
    }

    public Course getRequiredCourse() {
        return requiredCourse;
    }

    public QualificationKind getQualificationKind() {
        return qualificationKind;
    }

    public FrameworkEdition getFrameworkEdition() {
        return frameworkEdition;
    }

    public PersonnelCategory getPersonnelCategory() {
        return personnelCategory;
    }

    public RankBand getRankBand() {
        return rankBand;
    }

    public String getLanguage() {
        return language;
    }

    public int getPosition() {
        return position;
    }
}
