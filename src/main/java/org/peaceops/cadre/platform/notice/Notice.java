package org.peaceops.cadre.platform.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.peaceops.cadre.platform.persistence.BaseEntity;
import org.peaceops.cadre.platform.persistence.JoinedList;
import org.peaceops.cadre.platform.security.Account;

/**
 * An in-app message to one person. It keeps a message key and its arguments,
 * not a text, so that it reads in the language the recipient chooses later.
 */
@Entity
@Table(name = "notice")
public class Notice extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
    private Account recipient;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false, length = 80, updatable = false)
    private String messageKey;

    @Column(length = 1000, updatable = false)
    @Convert(converter = Arguments.class)
    private List<String> arguments = List.of();

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    Notice(Account recipient, Instant createdAt, String messageKey, List<String> arguments) {
        this.recipient = recipient;
        this.createdAt = createdAt;
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Account getRecipient() {
        return recipient;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments;
    }

    public Instant getReadAt() {
        return readAt;
    }

    /** Arguments are free text (a course title may hold commas): joined by the unit separator, which text never holds. */
    @Converter
    public static class Arguments extends JoinedList {

        public Arguments() {
            super("\u001f");
        }
    }
}
