package org.peaceops.cadre.mission;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What describes a mission; validated wherever it enters Cadre. */
public record MissionDetails(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9-]{1,19}", message = "{cadre.validation.missionCode}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull LeadOrganisation leadOrganisation,
        @NotNull MissionStatus status,
        LocalDate startedOn,
        LocalDate endedOn,
        boolean datesUnconfirmed) {

    @AssertTrue(message = "{cadre.validation.missionDates}")
    public boolean isEndedOnAfterStart() {
        return endedOn == null || startedOn == null || !endedOn.isBefore(startedOn);
    }
}
