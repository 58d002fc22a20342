package org.peaceops.cadre.course;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The dates (centre's calendar), teaching language and seats of an offering. */
public record OfferingDetails(
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull @Pattern(regexp = "[a-z]{2}", message = "{cadre.validation.languageCode}") String language,
        @Min(1) @Max(Course.MAX_SEATS) int seats,
        @Size(max = 1000) String note) {
}
