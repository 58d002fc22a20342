package org.peaceops.cadre.platform.security;

/**
 * An account was opened or given its roles and centre, within the
 * administrator's transaction: slices that keep records for accounts (the
 * person a trainee or instructor is) observe it and write theirs in the same
 * transaction.
 */
public record AccountAssigned(Account account) {
}
