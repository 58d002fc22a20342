package org.peaceops.cadre.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing without handing out a denial of service. Refusals
 * are counted per username <em>and</em> source address: after
 * {@code cadre.sign-in.max-failures} refusals for one username from one source
 * within {@code cadre.sign-in.lockout-minutes}, that source is held for that
 * username until the window (opened by its first refusal) has passed — further
 * tries neither succeed nor extend the hold. The same person signing in from
 * another address is not held. A source refused
 * {@code cadre.sign-in.source-max-failures} times across all usernames (password
 * spraying) is held for every username. An administrator can lift the holds on
 * an account. Counts live in the database, so they hold across a cluster.
 */
@ApplicationScoped
public class SignInThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cadre.sign-in.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "cadre.sign-in.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "cadre.sign-in.source-max-failures", defaultValue = "50")
    int sourceMaxFailures;

    /** Whether sign-ins for {@code username} from {@code source} are held now. */
    @Transactional(TxType.SUPPORTS)
    public boolean isHeld(String username, String source) {
        Instant now = clock.instant();
        Duration window = window();
        return counts(username, source).stream().anyMatch(failure ->
                failure.failuresAt(now, window) >= limitFor(failure));
    }

    /**
     * Counts a refused sign-in and says whether the audit trail should record
     * it: only the first refusal of a window and the one that starts a hold
     * are written, so that failing sign-ins cannot fill the audit table.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Refusal refused(String username, String source) {
        Instant now = clock.instant();
        int forUser = count(username, source, now);
        int forSource = count(SignInFailure.ANY_USERNAME, source, now);
        if (forSource >= sourceMaxFailures) {
            // Past the source's limit nothing more is written, whatever usernames it tries.
            return forSource == sourceMaxFailures ? Refusal.SOURCE_HOLD_STARTS : Refusal.COUNTED;
        }
        if (forUser == 1) {
            return Refusal.FIRST;
        }
        return forUser == maxFailures ? Refusal.HOLD_STARTS : Refusal.COUNTED;
    }

    /** A successful sign-in clears the count of that username from that source. */
    @Transactional(TxType.REQUIRES_NEW)
    public void succeeded(String username, String source) {
        em.createQuery("delete from SignInFailure f where f.key.username = :username and f.key.source = :source")
                .setParameter("username", username).setParameter("source", source).executeUpdate();
    }

    /** Lifts every hold on a username, from any source; answers how many sources were held or counted. */
    @Transactional(TxType.MANDATORY)
    public int lift(String username) {
        return em.createQuery("delete from SignInFailure f where f.key.username = :username")
                .setParameter("username", username).executeUpdate();
    }

    /** Counts one refusal and answers the refusals in the open window, this one included. */
    private int count(String username, String source, Instant now) {
        SignInFailure failure = em.find(SignInFailure.class, new SignInFailure.Key(username, source),
                LockModeType.PESSIMISTIC_WRITE);
        if (failure == null) {
            em.persist(new SignInFailure(username, source, now));
            em.flush();
            return 1;
        }
        failure.count(now, window());
        return failure.failuresAt(now, window());
    }

    private List<SignInFailure> counts(String username, String source) {
        return em.createQuery("""
                        select f from SignInFailure f
                        where f.key.source = :source and f.key.username in (:username, :any)""", SignInFailure.class)
                .setParameter("source", source).setParameter("username", username)
                .setParameter("any", SignInFailure.ANY_USERNAME)
                .getResultList();
    }

    private int limitFor(SignInFailure failure) {
        return failure.isForAnyUsername() ? sourceMaxFailures : maxFailures;
    }

    private Duration window() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    /** What a refusal meant for the count, and so whether it is audited. */
    public enum Refusal {
        /** The first of its window: audited. */
        FIRST,
        /** One more in an open window: only counted. */
        COUNTED,
        /** The one that holds this username from this source: audited. */
        HOLD_STARTS,
        /** The one that holds this source for every username: audited. */
        SOURCE_HOLD_STARTS;

        public boolean audited() {
            return this != COUNTED;
        }
    }
}
