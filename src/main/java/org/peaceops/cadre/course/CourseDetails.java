package org.peaceops.cadre.course;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;

/**
 * What describes a course template. The curriculum version must be a
 * published one of the same centre; a master-trainer course names the edition
 * or the course its graduates may deliver.
 */
public record CourseDetails(
        @NotBlank @Size(max = 40) String code,
        @NotBlank @Size(max = 200) String title,
        @NotNull CourseType type,
        @NotNull Long curriculumVersionId,
        Long frameworkEditionId,
        Long qualifiesForCourseId,
        @Min(1) @Max(365) int defaultDays,
        @NotEmpty @Size(max = 6) List<@Pattern(regexp = "[a-z]{2}", message = "{cadre.validation.languageCode}") String> languages,
        @Min(1) @Max(Course.MAX_SEATS) int minSeats,
        @Min(1) @Max(Course.MAX_SEATS) int maxSeats,
        @Min(1) @Max(240) Integer qualificationMonths,
        @Size(max = 2000) String description,
        @Size(max = 20) List<@Valid @NotNull PrerequisiteDetails> prerequisites) {

    public CourseDetails {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        languages = languages == null ? null : List.copyOf(languages);
    }

    /** One prerequisite; only the field its kind needs is read. */
    public record PrerequisiteDetails(
            @NotNull PrerequisiteKind kind,
            Long requiredCourseId,
            QualificationKind qualificationKind,
            Long frameworkEditionId,
            PersonnelCategory personnelCategory,
            RankBand rankBand,
            @Pattern(regexp = "[a-z]{2}", message = "{cadre.validation.languageCode}") String language) {
    }
}
