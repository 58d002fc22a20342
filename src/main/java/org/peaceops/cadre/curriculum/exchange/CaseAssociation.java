package org.peaceops.cadre.curriculum.exchange;

import java.util.Set;

/**
 * One CFAssociation: a typed link from an item of the package (the origin) to
 * another node (the destination). Only isChildOf builds the hierarchy; the
 * other types may point at nodes of other frameworks. Every field may be null
 * here; {@link CaseValidator} says which ones a valid package needs.
 * <p>
 * Not kept on import: CFAssociationGroupingURI, which points into
 * CFDefinitions, and CFDocumentURI, which {@link CaseWriter} rebuilds.
 */
public record CaseAssociation(String identifier, String uri, String associationType, NodeRef origin,
        NodeRef destination, Integer sequenceNumber, String lastChangeDateTime) {

    public static final String IS_CHILD_OF = "isChildOf";

    /** The association types CASE 1.0 defines; the schema allows no others. */
    public static final Set<String> TYPES = Set.of(IS_CHILD_OF, "isPeerOf", "isPartOf", "exactMatchOf",
            "precedes", "isRelatedTo", "replacedBy", "exemplar", "hasSkillLevel");

    public boolean isChildOf() {
        return IS_CHILD_OF.equals(associationType);
    }

    /** CASE's LinkGenURI: a node named by identifier, with its address and a human-readable title. */
    public record NodeRef(String identifier, String uri, String title) {
    }
}
