package org.peaceops.cadre.curriculum.web;

import java.io.Serializable;
import org.peaceops.cadre.curriculum.DeliveryMethod;
import org.peaceops.cadre.curriculum.NodeDetails;
import org.peaceops.cadre.curriculum.NodeKind;

/** The node dialog's fields: a new node of {@code kind} under {@code parentId}, or a change to {@code nodeId}. */
public class NodeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long nodeId;
    private Long parentId;
    private NodeKind kind;
    private String code;
    private String title;
    private Integer minutes;
    private DeliveryMethod deliveryMethod;

    static NodeForm adding(NodeKind kind, Long parentId) {
        NodeForm form = new NodeForm();
        form.kind = kind;
        form.parentId = parentId;
        return form;
    }

    static NodeForm of(NodeRow row) {
        NodeForm form = new NodeForm();
        form.nodeId = row.id();
        form.kind = row.kind();
        form.code = row.code();
        form.title = row.title();
        form.minutes = row.minutes();
        form.deliveryMethod = row.deliveryMethod();
        return form;
    }

    NodeDetails details() {
        return new NodeDetails(code, title, minutes, deliveryMethod);
    }

    public Long getNodeId() {
        return nodeId;
    }

    public Long getParentId() {
        return parentId;
    }

    public NodeKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public void setDeliveryMethod(DeliveryMethod deliveryMethod) {
        this.deliveryMethod = deliveryMethod;
    }
}
