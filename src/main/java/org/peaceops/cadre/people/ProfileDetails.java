package org.peaceops.cadre.people;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A person's category, rank band (none for civilians) and languages (ISO 639-1). */
public record ProfileDetails(
        @NotNull PersonnelCategory category,
        RankBand rankBand,
        @NotNull @Size(max = 10) List<@Pattern(regexp = "[a-z]{2}", message = "{cadre.validation.languageCode}") String> languages)
        implements java.io.Serializable {

    public ProfileDetails {
        languages = languages == null ? null : List.copyOf(languages);
    }
}
