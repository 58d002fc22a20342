package org.peaceops.cadre.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * A module, lesson or learning outcome of an edition (a CASE CFItem). Its code
 * ("1.3", "1.3.2") and position order it among its siblings; the recommended
 * duration weighs it in the alignment report. Items are replaced as a whole
 * when an edition is imported again.
 */
@Entity
@Table(name = "framework_item")
public class FrameworkItem extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false, updatable = false)
    private FrameworkEdition edition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private FrameworkItem parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ItemLevel level;

    @Column(length = 60)
    private String code;

    @Column(nullable = false, length = 2000)
    private String title;

    @Column(name = "item_type", length = 100)
    private String itemType;

    @Column(nullable = false)
    private int position;

    @Column(name = "recommended_minutes")
    private Integer recommendedMinutes;

    @Column(length = 200)
    private String audience;

    @Column(length = 200)
    private String themes;

    @Column(nullable = false)
    private boolean unconfirmed;

    @Column(name = "case_identifier", nullable = false, length = 64, updatable = false)
    private String caseIdentifier;

    protected FrameworkItem() {
    }

    public FrameworkItem(FrameworkEdition edition, String caseIdentifier) {
        this.edition = edition;
        this.caseIdentifier = caseIdentifier;
    }

    /** Places and describes the item; called on creation and on every re-import. */
    public void describe(FrameworkItem newParent, int newPosition, ItemDescription description) {
        this.parent = newParent;
        this.position = newPosition;
        this.level = description.level();
        this.code = description.code();
        this.title = description.title();
        this.itemType = description.itemType();
        this.recommendedMinutes = description.recommendedMinutes();
        this.audience = description.audience();
        this.themes = description.themes();
        this.unconfirmed = description.unconfirmed();
    }

    public FrameworkEdition getEdition() {
        return edition;
    }

    public FrameworkItem getParent() {
        return parent;
    }

    /** The parent's id without loading the parent. */
    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    public ItemLevel getLevel() {
        return level;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getItemType() {
        return itemType;
    }

    public int getPosition() {
        return position;
    }

    public Integer getRecommendedMinutes() {
        return recommendedMinutes;
    }

    public String getAudience() {
        return audience;
    }

    public String getThemes() {
        return themes;
    }

    public boolean isUnconfirmed() {
        return unconfirmed;
    }

    public String getCaseIdentifier() {
        return caseIdentifier;
    }
}
