package org.peaceops.cadre.platform.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an administrator sets on an account. Whether the roles and the centre
 * fit together is a rule of {@link AccountService}, not of a single field.
 */
public record AccountDetails(
        @NotBlank @Size(max = 120) String displayName,
        @Email @Size(max = 200) String email,
        @NotEmpty Set<Role> roles,
        Long centreId,
        boolean enabled,
        @Pattern(regexp = "en|fr", message = "{cadre.validation.language}") String preferredLanguage) {
}
