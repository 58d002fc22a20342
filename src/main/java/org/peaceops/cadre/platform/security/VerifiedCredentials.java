package org.peaceops.cadre.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * API credentials verified in the last {@code cadre.api.credential-cache-seconds}
 * seconds, so that a client sending the same HTTP Basic header on every call
 * pays the deliberately slow password hash once, not each time. Only a keyed
 * hash of the header is kept (with a key made at start-up that never leaves
 * this instance), never the password. Any change to an account forgets all;
 * another instance of a cluster forgets at the latest when the entry expires.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final String MAC = "HmacSHA256";
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    @ConfigProperty(name = "cadre.api.credential-cache-seconds", defaultValue = "60")
    int lifetimeSeconds;

    private SecretKeySpec key;
    private Cache<String, SignedIn> verified;

    @PostConstruct
    void start() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, MAC);
        verified = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(Duration.ofSeconds(Math.max(0, lifetimeSeconds)))
                .build();
    }

    /**
     * The caller these exact credentials were verified for, if recently and from
     * the same address: a source held by sign-in throttling gets no shortcut.
     */
    public Optional<SignedIn> recall(String authorizationHeader, String source) {
        return Optional.ofNullable(verified.getIfPresent(digest(authorizationHeader, source)));
    }

    public void remember(String authorizationHeader, String source, SignedIn caller) {
        if (lifetimeSeconds > 0) {
            verified.put(digest(authorizationHeader, source), caller);
        }
    }

    /** Called whenever an account changes: its password, roles or state may no longer match. */
    public void forgetAll() {
        verified.invalidateAll();
    }

    private String digest(String header, String source) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal((source + " " + header).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(MAC + " is part of every Java runtime", impossible);
        }
    }
}
