package org.peaceops.cadre.curriculum.exchange;

/**
 * The CFDocument of a package: the framework as a whole. Every field may be
 * null here; {@link CaseValidator} says which ones a valid package needs.
 * <p>
 * Not kept on import: officialSourceURL, subject, subjectURI, licenseURI,
 * statusStartDate, statusEndDate and notes, which Cadre does not use, and
 * CFPackageURI, which {@link CaseWriter} rebuilds from the document itself.
 */
public record CaseDocument(String identifier, String uri, String creator, String title, String version,
        String description, String language, String adoptionStatus, String publisher,
        String lastChangeDateTime) {
}
