package org.peaceops.cadre.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * One numbered version of a curriculum. A draft is edited freely; publishing
 * freezes it (who and when is kept); publishing the next version marks this
 * one superseded. Nothing about a published version changes after that.
 */
@Entity
@Table(name = "curriculum_version")
public class CurriculumVersion extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "curriculum_id", nullable = false, updatable = false)
    private Curriculum curriculum;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private VersionStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 60)
    private String publishedBy;

    protected CurriculumVersion() {
    }

    CurriculumVersion(Curriculum curriculum, int number) {
        this.curriculum = curriculum;
        this.number = number;
        this.status = VersionStatus.DRAFT;
    }

    /** Refuses any change unless this is the draft. */
    void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new ConflictException("error.version.published", number);
        }
    }

    void publish(String by, Instant at) {
        requireDraft();
        this.status = VersionStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    void supersede() {
        if (status == VersionStatus.PUBLISHED) {
            status = VersionStatus.SUPERSEDED;
        }
    }

    public Curriculum getCurriculum() {
        return curriculum;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
