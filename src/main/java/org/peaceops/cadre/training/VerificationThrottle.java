package org.peaceops.cadre.training;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.cadre.platform.TooManyRequestsException;

/**
 * Keeps anyone from trying certificate codes by the thousand: each address
 * may look up so many codes a minute, then waits for the minute to pass.
 * Counted in memory, per instance: a guess needs 2^128 tries, so a cluster's
 * few instances multiplying the allowance changes nothing.
 */
@ApplicationScoped
public class VerificationThrottle {

    static final int WINDOW_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "cadre.certificates.lookups-per-minute", defaultValue = "30")
    int lookupsPerMinute;

    private Cache<String, AtomicInteger> counts;

    @PostConstruct
    void start() {
        counts = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(WINDOW_SECONDS)).maximumSize(100_000)
                .build();
    }

    /** Counts one lookup from {@code address}; refuses it when the address has used up its minute. */
    public void count(String address) {
        if (counts.get(address, key -> new AtomicInteger()).incrementAndGet() > lookupsPerMinute) {
            throw new TooManyRequestsException("error.certificate.tooManyLookups", WINDOW_SECONDS);
        }
    }
}
