package org.peaceops.cadre.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * One edition of an ITS training standard, e.g. CPTM 2017. Shipped as
 * reference data or imported from a CASE package (its CFDocument), kept by
 * administrators. When a new edition replaces it, its status becomes
 * SUPERSEDED and its items are linked to their successors; curricula built on
 * it stay readable and measurable.
 */
@Entity
@Table(name = "framework_edition")
public class FrameworkEdition extends BaseEntity {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EditionFamily family;

    @Column(length = 200)
    private String publisher;

    @Column(length = 8)
    private String language;

    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EditionStatus status;

    @Column(nullable = false)
    private boolean unconfirmed;

    @Column(name = "case_identifier", nullable = false, length = 64, updatable = false)
    private String caseIdentifier;

    /** When the content last changed: the CASE lastChangeDateTime of the document and its items. */
    @Column(name = "changed_at", nullable = false)
    private java.time.Instant changedAt;

    protected FrameworkEdition() {
    }

    public FrameworkEdition(String caseIdentifier, EditionDetails details, java.time.Instant changedAt) {
        this.caseIdentifier = caseIdentifier;
        this.changedAt = changedAt;
        describe(details);
    }

    void changedAt(java.time.Instant at) {
        this.changedAt = at;
    }

    public java.time.Instant getChangedAt() {
        return changedAt;
    }

    public void describe(EditionDetails details) {
        this.code = details.code();
        this.title = details.title().strip();
        this.family = details.family();
        this.publisher = details.publisher();
        this.language = details.language();
        this.description = details.description();
        this.status = details.status();
        this.unconfirmed = details.unconfirmed();
    }

    public EditionDetails details() {
        return new EditionDetails(code, title, family, publisher, language, description, status, unconfirmed);
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public EditionFamily getFamily() {
        return family;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getLanguage() {
        return language;
    }

    public String getDescription() {
        return description;
    }

    public EditionStatus getStatus() {
        return status;
    }

    public boolean isUnconfirmed() {
        return unconfirmed;
    }

    public String getCaseIdentifier() {
        return caseIdentifier;
    }
}
