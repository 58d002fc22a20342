package org.peaceops.cadre.people;

import java.util.Locale;

/**
 * Service numbers as forces write them ("GH/12 345", "ke-778812"): compared
 * and stored in one form, so that the same person is found again whether a
 * roster spells the number in upper or lower case or with doubled spaces.
 */
public final class ServiceNumbers {

    /** Letters, digits, dashes, slashes and single spaces, starting with a letter or digit. */
    public static final String PATTERN = "[\\p{Alnum}][\\p{Alnum}/ -]{0,39}";

    private ServiceNumbers() {
    }

    /** Upper case, spaces trimmed and collapsed; null or blank gives null. */
    public static String normalise(String serviceNumber) {
        if (serviceNumber == null || serviceNumber.isBlank()) {
            return null;
        }
        return serviceNumber.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
