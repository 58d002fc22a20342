package org.peaceops.cadre.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.peaceops.cadre.reference.CountryCode;

/**
 * Who a person is, as staff or a roster write it. A service number and its
 * country come together (either both or neither); people registered before
 * rosters existed may have neither.
 */
public record PersonDetails(
        @NotBlank @Size(max = 100) String familyName,
        @Size(max = 100) String givenNames,
        @Size(max = 60) String rank,
        RankBand rankBand,
        @Size(max = 40) @Pattern(regexp = ServiceNumbers.PATTERN, message = "{cadre.validation.serviceNumber}")
        String serviceNumber,
        @CountryCode String nationality,
        @NotNull PersonnelCategory category,
        Gender gender,
        @Size(max = 10) List<@Pattern(regexp = "[a-z]{2}", message = "{cadre.validation.languageCode}") String> languages,
        @Past LocalDate dateOfBirth,
        @Email @Size(max = 200) String email) implements java.io.Serializable {

    public PersonDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
