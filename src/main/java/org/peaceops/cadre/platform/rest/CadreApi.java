package org.peaceops.cadre.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cadre's REST API under {@code /api}; its OpenAPI document is served at {@code /openapi}
 * and finished by {@link ApiDocumentFilter}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Cadre API", version = "1",
                description = "Joint-training management for peace operations. Errors are RFC 9457 problem "
                        + "details; lists take offset, limit, sort and filter parameters."),
        security = @SecurityRequirement(name = "basic"),
        tags = {
                @Tag(name = "Accounts", description = "Sign-in accounts, their roles and centre"),
                @Tag(name = "Audit trail", description = "Who changed what, when, and refused sign-ins"),
                @Tag(name = "Background jobs", description = "Progress of long work such as imports"),
                @Tag(name = "Reference data", description = "Countries, languages and time zones"),
                @Tag(name = "Training centres", description = "Peacekeeping training centres"),
                @Tag(name = "Rooms", description = "The rooms of a training centre"),
                @Tag(name = "Missions", description = "Peace operations that contingents prepare for"),
                @Tag(name = "ITS frameworks", description = "UN Integrated Training Service framework editions, "
                        + "their items and CASE 1.0 exchange"),
                @Tag(name = "Curricula", description = "Centres' curricula, their versions, drafts and alignment "
                        + "with ITS editions"),
                @Tag(name = "Courses", description = "Course templates and their prerequisites"),
                @Tag(name = "Offerings", description = "Runs of a course: status, enrolments and completion"),
                @Tag(name = "Sessions", description = "Blocks in an offering's timetable"),
                @Tag(name = "Calendar", description = "Sessions by centre, room or person, and calendar links "
                        + "(iCalendar feeds)"),
                @Tag(name = "Qualifications", description = "Instructors' qualifications such as master trainer"),
                @Tag(name = "People", description = "The people a centre trains, with or without a sign-in account"),
                @Tag(name = "Cohorts", description = "Contingents of contributing countries: rosters, training "
                        + "plans, cohort enrolment and readiness to deploy"),
                @Tag(name = "Attendance", description = "Roll calls of sessions, taken by their instructors"),
                @Tag(name = "My training", description = "A trainee's own plan for deployment and standing"),
                @Tag(name = "Certificates", description = "Course certificates, their PDF, revocation, and the "
                        + "public check of a code"),
                @Tag(name = "Notices", description = "The signed-in person's in-app notices")
        })
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class CadreApi extends Application {

    /**
     * Jersey would also describe the API as WADL at {@code /api/application.wadl},
     * to anyone and without sign-in; the OpenAPI document is the description.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
