package org.peaceops.cadre.reference;

/** A code from a standard list and its name in the reader's language. */
public record ReferenceEntry(String code, String name, boolean unOfficial) {
}
