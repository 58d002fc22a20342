package org.peaceops.cadre.course.web;

import java.io.Serializable;
import org.peaceops.cadre.course.CourseDetails;
import org.peaceops.cadre.course.Prerequisite;
import org.peaceops.cadre.course.PrerequisiteKind;
import org.peaceops.cadre.course.QualificationKind;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;

/** One line of the prerequisites editor: a kind, and the input that kind needs (the others stay empty). */
public class PrerequisiteRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private PrerequisiteKind kind = PrerequisiteKind.COURSE_COMPLETED;
    private Long requiredCourseId;
    private QualificationKind qualificationKind;
    private Long frameworkEditionId;
    private PersonnelCategory personnelCategory;
    private RankBand rankBand;
    private String language;

    static PrerequisiteRow of(Prerequisite prerequisite) {
        PrerequisiteRow row = new PrerequisiteRow();
        row.kind = prerequisite.getKind();
        row.requiredCourseId = prerequisite.getRequiredCourse() == null ? null : prerequisite.getRequiredCourse().getId();
        row.qualificationKind = prerequisite.getQualificationKind();
        row.frameworkEditionId = prerequisite.getFrameworkEdition() == null ? null
                : prerequisite.getFrameworkEdition().getId();
        row.personnelCategory = prerequisite.getPersonnelCategory();
        row.rankBand = prerequisite.getRankBand();
        row.language = prerequisite.getLanguage();
        return row;
    }

    /** Only what the kind reads is sent, so that a value left over from another kind is never stored. */
    CourseDetails.PrerequisiteDetails details() {
        return switch (kind) {
            case COURSE_COMPLETED -> new CourseDetails.PrerequisiteDetails(kind, requiredCourseId, null, null, null, null, null);
            case QUALIFICATION -> new CourseDetails.PrerequisiteDetails(kind, null, qualificationKind, frameworkEditionId,
                    null, null, null);
            case PERSONNEL_CATEGORY -> new CourseDetails.PrerequisiteDetails(kind, null, null, null, personnelCategory,
                    null, null);
            case MINIMUM_RANK -> new CourseDetails.PrerequisiteDetails(kind, null, null, null, null, rankBand, null);
            case LANGUAGE -> new CourseDetails.PrerequisiteDetails(kind, null, null, null, null, null, language);
        };
    }

    public PrerequisiteKind getKind() {
        return kind;
    }

    public void setKind(PrerequisiteKind kind) {
        this.kind = kind == null ? PrerequisiteKind.COURSE_COMPLETED : kind;
    }

    public Long getRequiredCourseId() {
        return requiredCourseId;
    }

    public void setRequiredCourseId(Long requiredCourseId) {
        this.requiredCourseId = requiredCourseId;
    }

    public QualificationKind getQualificationKind() {
        return qualificationKind;
    }

    public void setQualificationKind(QualificationKind qualificationKind) {
        this.qualificationKind = qualificationKind;
    }

    public Long getFrameworkEditionId() {
        return frameworkEditionId;
    }

    public void setFrameworkEditionId(Long frameworkEditionId) {
        this.frameworkEditionId = frameworkEditionId;
    }

    public PersonnelCategory getPersonnelCategory() {
        return personnelCategory;
    }

    public void setPersonnelCategory(PersonnelCategory personnelCategory) {
        this.personnelCategory = personnelCategory;
    }

    public RankBand getRankBand() {
        return rankBand;
    }

    public void setRankBand(RankBand rankBand) {
        this.rankBand = rankBand;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
