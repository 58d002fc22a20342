package org.peaceops.cadre.platform.security;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a credential signed in, and the roles the container grants them. Kept in
 * the session of a form sign-in (under {@link #SESSION_ATTRIBUTE}), where it
 * travels with the session when another instance, or this one from its session
 * store, takes the session up: the container's own record of the signed-in
 * caller does not.
 */
public record SignedIn(String username, Set<String> roles) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedIn.class.getName();

    static SignedIn of(Account account) {
        return new SignedIn(account.getUsername(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
