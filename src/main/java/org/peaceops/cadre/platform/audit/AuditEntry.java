package org.peaceops.cadre.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/** One line of the audit trail; written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    public enum Outcome { DONE, DENIED }

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(name = "centre_id", updatable = false)
    private Long centreId;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 60, updatable = false)
    private String entityType;

    @Column(name = "entity_id", length = 60, updatable = false)
    private String entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Outcome outcome;

    @Column(length = 1000, updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, Long centreId, String action, String entityType,
               Object entityId, Outcome outcome, String detail) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 60);
        this.centreId = centreId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId == null ? null : truncate(entityId.toString(), 60);
        this.outcome = outcome;
        this.detail = truncate(detail, 1000);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getCentreId() {
        return centreId;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
