package org.peaceops.cadre.curriculum.exchange;

import java.util.List;

/**
 * One CFItem: a competency, standard or any other node of the framework. Every
 * field may be null here; {@link CaseValidator} says which ones a valid package
 * needs. {@code itemType} is CASE's {@code CFItemType}, and
 * {@code educationLevel} also takes OpenSALT's older {@code educationalLevel}.
 * <p>
 * Not kept on import: CFItemTypeURI, which points into CFDefinitions (Cadre
 * keeps no definitions, and the type's name travels in CFItemType);
 * CFItemAssociationURI, a link into the publisher's server; CFDocumentURI,
 * which {@link CaseWriter} rebuilds from the document; and alternativeLabel,
 * conceptKeywords, conceptKeywordsURI, licenseURI, statusStartDate and
 * statusEndDate, which Cadre does not use.
 */
public record CaseItem(String identifier, String uri, String humanCodingScheme, String fullStatement,
        String abbreviatedStatement, String itemType, String listEnumeration, String notes, String language,
        List<String> educationLevel, String lastChangeDateTime) {

    public CaseItem {
        educationLevel = educationLevel == null ? List.of() : List.copyOf(educationLevel);
    }
}
