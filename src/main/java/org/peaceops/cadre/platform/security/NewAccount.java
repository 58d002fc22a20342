package org.peaceops.cadre.platform.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An account to open: a sign-in name, a first password and the details. */
public record NewAccount(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,59}", message = "{cadre.validation.username}") String username,
        @NotNull @Size(min = AccountService.MIN_PASSWORD, max = 128, message = "{cadre.validation.password}") String password,
        @NotNull @Valid AccountDetails details) {
}
