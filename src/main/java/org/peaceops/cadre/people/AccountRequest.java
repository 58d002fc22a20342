package org.peaceops.cadre.people;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peaceops.cadre.platform.security.AccountService;
import org.peaceops.cadre.platform.security.Role;

/** A sign-in account staff open for a person: a name to sign in with, a first password, the role and language. */
public record AccountRequest(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,59}", message = "{cadre.validation.username}") String username,
        @NotNull @Size(min = AccountService.MIN_PASSWORD, max = 128, message = "{cadre.validation.password}") String password,
        @NotNull Role role,
        @Pattern(regexp = "en|fr", message = "{cadre.validation.language}") String preferredLanguage) {
}
