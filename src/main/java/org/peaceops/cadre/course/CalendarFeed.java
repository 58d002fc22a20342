package org.peaceops.cadre.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.platform.persistence.BaseEntity;
import org.peaceops.cadre.platform.security.Account;

/**
 * A person's secret subscription link to a calendar of sessions. Calendar
 * applications cannot sign in, so the unguessable token is the credential;
 * its owner revokes it when it leaks, and takes a new one.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends BaseEntity {

    @Column(nullable = false, length = 64, updatable = false)
    private String token;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private Account owner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private TrainingCentre centre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private FeedScope scope;

    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeed() {
    }

    CalendarFeed(String token, Account owner, TrainingCentre centre, FeedScope scope, Long targetId, Instant at) {
        this.token = token;
        this.owner = owner;
        this.centre = centre;
        this.scope = scope;
        this.targetId = targetId;
        this.createdAt = at;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getToken() {
        return token;
    }

    public Account getOwner() {
        return owner;
    }

    public TrainingCentre getCentre() {
        return centre;
    }

    public FeedScope getScope() {
        return scope;
    }

    public Long getTargetId() {
        return targetId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
