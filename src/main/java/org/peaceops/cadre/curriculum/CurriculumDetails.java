package org.peaceops.cadre.curriculum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What describes a curriculum: title, audience, teaching languages (ISO 639-1) and a summary. */
public record CurriculumDetails(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String audience,
        @NotEmpty @Size(max = 6) List<@Pattern(regexp = "[a-z]{2}", message = "{cadre.validation.languageCode}") String> languages,
        @Size(max = 2000) String summary) {
}
