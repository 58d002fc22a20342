package org.peaceops.cadre.curriculum;

import java.util.List;

/**
 * A framework as it arrives, from Cadre's reference data or from a CASE
 * package: the edition and its items in tree order, parents before children,
 * each naming its parent by identifier.
 */
public record ImportedFramework(String identifier, EditionDetails details, java.time.Instant changedAt,
                                List<Item> items) {

    public ImportedFramework {
        items = List.copyOf(items);
    }

    /** One item and the identifier of its parent (null for a top-level item). */
    public record Item(String identifier, String parentIdentifier, ItemDescription description) {
    }
}
