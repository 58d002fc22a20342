package org.peaceops.cadre.course.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.course.QualificationService;
import org.peaceops.cadre.course.rest.QualificationResource.QualificationDto;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.PageParameters;
import org.peaceops.cadre.platform.security.Account;

@Path("instructors")
@Tag(name = "Qualifications")
@Produces(MediaType.APPLICATION_JSON)
public class InstructorResource {

    @Inject
    QualificationService qualifications;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "listInstructors",
            summary = "Your centre's instructors (every centre's for administrators) with their qualifications, "
            + "each flagged valid today or expiring soon; paged, filter and sort by displayName, username")
    public Page<InstructorDto> list(@BeanParam PageParameters page) {
        LocalDate today = LocalDate.now(clock);
        return qualifications.instructors(page.toRequest()).map(standing -> InstructorDto.of(standing.instructor(),
                standing.qualifications().stream().map(q -> QualificationDto.of(q, today)).toList()));
    }

    /** An instructor and every qualification they hold, valid or not. */
    public record InstructorDto(Long id, String username, String displayName, Long centreId, String centreName,
                                List<QualificationDto> qualifications) {

        static InstructorDto of(Account a, List<QualificationDto> qualifications) {
            return new InstructorDto(a.getId(), a.getUsername(), a.getDisplayName(),
                    a.getCentre() == null ? null : a.getCentre().getId(),
                    a.getCentre() == null ? null : a.getCentre().getName(), qualifications);
        }
    }
}
