package org.peaceops.cadre.platform.security;

/** What an account may do; every role but ADMIN acts within one training centre. */
public enum Role {
    /** Reference data, ITS frameworks, centres and accounts; sees every centre. */
    ADMIN,
    /** Their centre's curricula, courses, offerings, cohorts, enrolments and results. */
    CENTRE_STAFF,
    /** Their own sessions: attendance and results. */
    INSTRUCTOR,
    /** Their own record, plan and certificates. */
    TRAINEE,
    /** The assessment events they are assigned to. */
    ASSESSOR;

    /** Role names as the container knows them, for {@code @RolesAllowed} and web.xml. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String CENTRE_STAFF_NAME = "CENTRE_STAFF";
}
