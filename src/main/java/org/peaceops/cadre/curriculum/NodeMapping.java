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

/** That a curriculum node covers an ITS item, fully, partly, or is only related to it. */
@Entity
@Table(name = "node_mapping")
public class NodeMapping extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id", nullable = false, updatable = false)
    private CurriculumNode node;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private FrameworkItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private MappingStrength strength;

    protected NodeMapping() {
    }

    NodeMapping(CurriculumNode node, FrameworkItem item, MappingStrength strength) {
        this.node = node;
        this.item = item;
        this.strength = strength;
    }

    public CurriculumNode getNode() {
        return node;
    }

    public FrameworkItem getItem() {
        return item;
    }

    public MappingStrength getStrength() {
        return strength;
    }
}
