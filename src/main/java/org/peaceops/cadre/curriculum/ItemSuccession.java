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
 * An item of one edition carried into its successor: replaced by one item,
 * split into several, or merged with others into one. Curricula built on the
 * old edition are carried forward along these links.
 */
@Entity
@Table(name = "item_succession")
public class ItemSuccession extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_item_id", nullable = false, updatable = false)
    private FrameworkItem from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_item_id", nullable = false, updatable = false)
    private FrameworkItem to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SuccessionRelation relation;

    protected ItemSuccession() {
    }

    public ItemSuccession(FrameworkItem from, FrameworkItem to, SuccessionRelation relation) {
        this.from = from;
        this.to = to;
        this.relation = relation;
    }

    public FrameworkItem getFrom() {
        return from;
    }

    public FrameworkItem getTo() {
        return to;
    }

    public SuccessionRelation getRelation() {
        return relation;
    }
}
