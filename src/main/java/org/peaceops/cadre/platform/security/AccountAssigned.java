package org.peaceops.cadre.platform.security;

/**
 * An account was opened or given its roles and centre, within the caller's
 * transaction: slices that keep records for accounts (the person a trainee or
 * instructor is) observe it and write theirs in the same transaction.
 * {@code forRecord} names the record the account was opened for (a person
 * staff registered earlier), or is null.
 */
public record AccountAssigned(Account account, Long forRecord) {

    public AccountAssigned(Account account) {
        this(account, null);
    }
}
