package org.peaceops.cadre.curriculum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What describes a framework edition. */
public record EditionDetails(
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9.-]{1,39}", message = "{cadre.validation.editionCode}") String code,
        @NotBlank @Size(max = 300) String title,
        @NotNull EditionFamily family,
        @Size(max = 200) String publisher,
        @Size(max = 8) String language,
        @Size(max = 2000) String description,
        @NotNull EditionStatus status,
        boolean unconfirmed) {
}
