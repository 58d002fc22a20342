package org.peaceops.cadre.platform.security;

import java.util.Set;
import java.util.stream.Collectors;

/** Who a credential signed in, and the roles the container grants them. */
public record SignedIn(String username, Set<String> roles) {

    static SignedIn of(Account account) {
        return new SignedIn(account.getUsername(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
