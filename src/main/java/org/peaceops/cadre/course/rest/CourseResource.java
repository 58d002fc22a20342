package org.peaceops.cadre.course.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.course.CourseDetails;
import org.peaceops.cadre.course.CourseService;
import org.peaceops.cadre.course.CourseType;
import org.peaceops.cadre.course.Prerequisite;
import org.peaceops.cadre.course.PrerequisiteKind;
import org.peaceops.cadre.course.QualificationKind;
import org.peaceops.cadre.curriculum.CurriculumService;
import org.peaceops.cadre.curriculum.CurriculumVersion;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.PageParameters;
import org.peaceops.cadre.platform.rest.Versions;

@Path("courses")
@Tag(name = "Courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    CourseService courses;

    @Inject
    CurriculumService curricula;

    @GET
    @Operation(operationId = "listCourses",
            summary = "Course templates of your centre (every centre's for administrators), paged; filter by code, title, type, centre")
    public Page<CourseDto> list(@BeanParam PageParameters page) {
        return courses.page(page.toRequest()).map(CourseDto::summary);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCourse", summary = "A course template with its prerequisites")
    public CourseDto get(@PathParam("id") long id) {
        return CourseDto.of(courses.get(id));
    }

    @POST
    @Operation(operationId = "addCourse",
            summary = "Add a course template to your centre (staff), built on a published curriculum version: "
            + "name it by curriculumVersionId, or by curriculumId and curriculumVersionNumber")
    public Response add(@NotNull CourseDto body, @Context UriInfo uri) {
        Course course = courses.add(body.details(curriculumVersionId(body)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(course.getId())).build())
                .entity(CourseDto.of(courses.get(course.getId()))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeCourse",
            summary = "Change a course template and replace its prerequisites; send the version you read")
    public CourseDto change(@PathParam("id") long id, @NotNull CourseDto body) {
        long version = Versions.required(body.version());
        courses.change(id, version, body.details(curriculumVersionId(body)));
        return CourseDto.of(courses.get(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeCourse",
            summary = "Remove a course template that never ran and that nothing refers to")
    public Response remove(@PathParam("id") long id) {
        courses.remove(id);
        return Response.noContent().build();
    }

    /**
     * Clients know a curriculum version by its curriculum and number (the
     * curricula API shows no version ids), so either way of naming it is taken.
     */
    private Long curriculumVersionId(CourseDto body) {
        if (body.curriculumVersionId() != null) {
            return body.curriculumVersionId();
        }
        if (body.curriculumId() == null || body.curriculumVersionNumber() == null) {
            throw new InvalidInputException("curriculumVersionId", "courseApi.curriculumVersion");
        }
        CurriculumVersion version = curricula.version(body.curriculumId(), body.curriculumVersionNumber());
        return version.getId();
    }

    /**
     * A course template as the API shows and takes it; {@code id} and the names
     * are ignored on input, {@code version} is needed on change. Lists leave
     * {@code prerequisites} out (null); a single course carries them.
     */
    public record CourseDto(Long id, Long version, Long centreId, String centreName, String code, String title,
                            CourseType type, Long curriculumVersionId, Long curriculumId,
                            Integer curriculumVersionNumber, String curriculumTitle, Long frameworkEditionId,
                            String frameworkEditionCode, Long qualifiesForCourseId, Integer defaultDays,
                            List<String> languages, Integer minSeats, Integer maxSeats, Integer qualificationMonths,
                            String description, List<PrerequisiteDto> prerequisites) {

        static CourseDto summary(Course c) {
            return of(c, null);
        }

        static CourseDto of(Course c) {
            return of(c, c.getPrerequisites().stream().map(PrerequisiteDto::of).toList());
        }

        private static CourseDto of(Course c, List<PrerequisiteDto> prerequisites) {
            CurriculumVersion v = c.getCurriculumVersion();
            return new CourseDto(c.getId(), c.getVersion(), c.getCentre().getId(), c.getCentre().getName(),
                    c.getCode(), c.getTitle(), c.getType(), v.getId(), v.getCurriculum().getId(), v.getNumber(),
                    v.getCurriculum().getTitle(),
                    c.getFrameworkEdition() == null ? null : c.getFrameworkEdition().getId(),
                    c.getFrameworkEdition() == null ? null : c.getFrameworkEdition().getCode(),
                    c.getQualifiesForCourse() == null ? null : c.getQualifiesForCourse().getId(),
                    c.getDefaultDays(), c.getLanguages(), c.getMinSeats(), c.getMaxSeats(),
                    c.getQualificationMonths(), c.getDescription(), prerequisites);
        }

        CourseDetails details(Long versionId) {
            return new CourseDetails(code, title, type, versionId, frameworkEditionId, qualifiesForCourseId,
                    zeroIfNull(defaultDays), languages, zeroIfNull(minSeats), zeroIfNull(maxSeats),
                    qualificationMonths, description,
                    prerequisites == null ? List.of() : prerequisites.stream().map(PrerequisiteDto::details).toList());
        }

        /** A missing number reads as 0, which validation refuses beside the field. */
        private static int zeroIfNull(Integer value) {
            return value == null ? 0 : value;
        }
    }

    /** One prerequisite; only the field its kind needs is read, the codes are shown for reading. */
    public record PrerequisiteDto(PrerequisiteKind kind, Long requiredCourseId, String requiredCourseCode,
                                  QualificationKind qualificationKind, Long frameworkEditionId,
                                  String frameworkEditionCode, PersonnelCategory personnelCategory, RankBand rankBand,
                                  String language) {

        static PrerequisiteDto of(Prerequisite p) {
            return new PrerequisiteDto(p.getKind(),
                    p.getRequiredCourse() == null ? null : p.getRequiredCourse().getId(),
                    p.getRequiredCourse() == null ? null : p.getRequiredCourse().getCode(),
                    p.getQualificationKind(),
                    p.getFrameworkEdition() == null ? null : p.getFrameworkEdition().getId(),
                    p.getFrameworkEdition() == null ? null : p.getFrameworkEdition().getCode(),
                    p.getPersonnelCategory(), p.getRankBand(), p.getLanguage());
        }

        CourseDetails.PrerequisiteDetails details() {
            return new CourseDetails.PrerequisiteDetails(kind, requiredCourseId, qualificationKind,
                    frameworkEditionId, personnelCategory, rankBand, language);
        }
    }
}
