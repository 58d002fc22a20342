package org.peaceops.cadre.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The refused sign-ins of one username from one source address within a
 * window that opens at the first refusal. When the window has passed, the
 * next refusal opens a new one: refusals while held never extend a hold.
 */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

    /** The username under which a source's refusals for every username are counted. */
    static final String ANY_USERNAME = "*";

    @EmbeddedId
    private Key key;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "last_failure", nullable = false)
    private Instant lastFailure;

    @Column(nullable = false)
    private int failures;

    protected SignInFailure() {
    }

    SignInFailure(String username, String source, Instant now) {
        this.key = new Key(username, source);
        this.windowStart = now;
        this.lastFailure = now;
        this.failures = 1;
    }

    /** Counts one more refusal; a window that has passed starts again at one. */
    void count(Instant now, Duration window) {
        if (isOpen(now, window)) {
            failures++;
        } else {
            windowStart = now;
            failures = 1;
        }
        lastFailure = now;
    }

    boolean isOpen(Instant now, Duration window) {
        return now.isBefore(windowStart.plus(window));
    }

    boolean isForAnyUsername() {
        return ANY_USERNAME.equals(key.username);
    }

    /** The refusals counted in the window still open at {@code now}. */
    int failuresAt(Instant now, Duration window) {
        return isOpen(now, window) ? failures : 0;
    }

    /** Username and source address. */
    @Embeddable
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "username")
        private String username;

        @Column(name = "source")
        private String source;

        protected Key() {
        }

        Key(String username, String source) {
            this.username = username;
            this.source = source;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && username.equals(key.username) && source.equals(key.source);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(username, source);
        }
    }
}
