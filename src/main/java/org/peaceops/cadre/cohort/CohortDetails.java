package org.peaceops.cadre.cohort;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.peaceops.cadre.reference.CountryCode;

/** What staff write about a cohort: whose contingent, for which mission, leaving when. */
public record CohortDetails(
        @NotNull @CountryCode String country,
        @NotBlank @Size(max = 160) String contingentName,
        @NotNull ContingentType contingentType,
        @NotNull Long missionId,
        @Min(1) @Max(999) int rotation,
        @NotNull LocalDate deploysOn,
        @NotNull @Size(min = 2, max = 8) String workingLanguage,
        @Size(max = 200) String coordinator) implements java.io.Serializable {
}
