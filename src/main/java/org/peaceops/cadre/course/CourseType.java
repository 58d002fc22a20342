package org.peaceops.cadre.course;

/** The kinds of course a peacekeeping training centre runs (DOMAIN: CPTM, STM, RTP, leadership, ToT). */
public enum CourseType {
    INDIVIDUAL_PREDEPLOYMENT, UNIT_PREDEPLOYMENT, STAFF_OFFICER, MILITARY_OBSERVER, POLICE, SPECIALIZED,
    COMMANDER, SENIOR_MISSION_LEADERS, MASTER_TRAINER;

    /** The qualification completing a course of this type grants, if any. */
    public QualificationKind grants() {
        return switch (this) {
            case MASTER_TRAINER -> QualificationKind.MASTER_TRAINER;
            case COMMANDER, SENIOR_MISSION_LEADERS -> QualificationKind.COMMANDER_GRADUATE;
            default -> null;
        };
    }
}
