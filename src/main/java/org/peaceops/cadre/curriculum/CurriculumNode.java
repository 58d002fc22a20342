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
 * A module, lesson or learning outcome of one curriculum version. Its key stays
 * the same when a new draft copies the version, so that two versions can be
 * compared node by node.
 */
@Entity
@Table(name = "curriculum_node")
public class CurriculumNode extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "curriculum_version_id", nullable = false, updatable = false)
    private CurriculumVersion curriculumVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private CurriculumNode parent;

    @Column(name = "node_key", nullable = false, length = 36, updatable = false)
    private String nodeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private NodeKind kind;

    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 500)
    private String title;

    private Integer minutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", length = 16)
    private DeliveryMethod deliveryMethod;

    @Column(nullable = false)
    private int position;

    protected CurriculumNode() {
    }

    CurriculumNode(CurriculumVersion version, CurriculumNode parent, String nodeKey, NodeKind kind,
                   NodeDetails details, int position) {
        this.curriculumVersion = version;
        this.parent = parent;
        this.nodeKey = nodeKey;
        this.kind = kind;
        this.position = position;
        describe(details);
    }

    void describe(NodeDetails details) {
        this.code = details.code() == null || details.code().isBlank() ? null : details.code().strip();
        this.title = details.title().strip();
        this.minutes = details.minutes();
        this.deliveryMethod = details.deliveryMethod();
    }

    void place(CurriculumNode newParent, int newPosition) {
        this.parent = newParent;
        this.position = newPosition;
    }

    NodeDetails details() {
        return new NodeDetails(code, title, minutes, deliveryMethod);
    }

    public CurriculumVersion getCurriculumVersion() {
        return curriculumVersion;
    }

    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    CurriculumNode getParent() {
        return parent;
    }

    public String getNodeKey() {
        return nodeKey;
    }

    public NodeKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public int getPosition() {
        return position;
    }
}
