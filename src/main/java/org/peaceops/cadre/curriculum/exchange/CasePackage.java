package org.peaceops.cadre.curriculum.exchange;

import java.util.List;
import java.util.Objects;

/**
 * A CASE framework as one unit: its document, its items and the associations
 * between them, each list in the order the package gave it. The lists are kept
 * in that order because problem pointers such as {@code /CFItems/12} and the
 * last tie-break of sibling order rely on it.
 */
public record CasePackage(CaseDocument document, List<CaseItem> items, List<CaseAssociation> associations) {

    public CasePackage {
        Objects.requireNonNull(document, "document");
        items = items == null ? List.of() : List.copyOf(items);
        associations = associations == null ? List.of() : List.copyOf(associations);
    }
}
