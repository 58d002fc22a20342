package org.peaceops.cadre.centre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peaceops.cadre.reference.CountryCode;
import org.peaceops.cadre.reference.TimeZoneId;

/** What describes a training centre; validated wherever it enters Cadre. */
public record CentreDetails(
        @NotBlank @Size(max = 160) String name,
        @NotNull @CountryCode String countryCode,
        @NotBlank @Size(max = 120) String city,
        @NotNull @TimeZoneId String timeZone,
        @NotNull RegionalAssociation regionalAssociation) {
}
