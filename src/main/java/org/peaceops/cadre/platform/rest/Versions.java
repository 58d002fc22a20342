package org.peaceops.cadre.platform.rest;

import org.peaceops.cadre.platform.InvalidInputException;

/** Optimistic locking over the API: a change must say which version of the record it was made on. */
public final class Versions {

    private Versions() {
    }

    public static long required(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "error.versionRequired");
        }
        return version;
    }
}
