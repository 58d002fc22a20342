package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.course.calendar.FeedEvent;
import org.peaceops.cadre.course.calendar.IcsCalendar;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Secret calendar feed links. A person takes a link for a calendar they may
 * see (their own, their centre's, a room's, an instructor's); the link works
 * without signing in until its owner revokes it or loses the access it was
 * taken with.
 */
@ApplicationScoped
@Transactional
public class FeedService {

    static final String RECORD = "CalendarFeed";

    /** A feed carries recent history and the year ahead: enough for any planning horizon. */
    static final Duration PAST = Duration.ofDays(60);
    static final Duration AHEAD = Duration.ofDays(400);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CalendarService calendar;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** The caller's own links that still work. */
    public List<CalendarFeed> mine() {
        return em.createQuery("""
                        select f from CalendarFeed f where f.owner.id = :me and f.revokedAt is null order by f.createdAt""",
                        CalendarFeed.class)
                .setParameter("me", currentUser.caller().accountId()).getResultList();
    }

    public CalendarFeed create(@NotNull FeedScope scope, long targetId) {
        CurrentUser.Caller caller = currentUser.caller();
        TrainingCentre centre = calendar.guard(scope, targetId);
        Account owner = em.find(Account.class, caller.accountId());
        if (owner == null) {
            throw new RecordNotFoundException("Account", caller.accountId());
        }
        CalendarFeed feed = new CalendarFeed(newToken(), owner, centre, scope, targetId, clock.instant());
        em.persist(feed);
        em.flush();
        auditLog.changed(currentUser.actor(), "CREATE", RECORD, feed.getId(), scope + " " + targetId);
        return feed;
    }

    /** Revokes one of the caller's links (administrators: anyone's); the old address stops working at once. */
    public void revoke(long id) {
        CurrentUser.Caller caller = currentUser.caller();
        CalendarFeed feed = em.find(CalendarFeed.class, id);
        if (feed == null || !(feed.getOwner().getId().equals(caller.accountId()) || currentUser.has(Role.ADMIN))) {
            throw new RecordNotFoundException(RECORD, id);
        }
        feed.revoke(clock.instant());
        auditLog.changed(currentUser.actor(), "REVOKE", RECORD, id, feed.getScope() + " " + feed.getTargetId());
    }

    /**
     * The iCalendar text behind a link, or unknown when the link is revoked,
     * wrong, or its owner is disabled or has left the centre. Cancelled
     * sessions stay in, marked cancelled, so that subscribers remove them.
     */
    public String render(@NotNull String token) {
        CalendarFeed feed = em.createQuery("""
                        select f from CalendarFeed f join fetch f.owner a left join fetch a.centre join fetch f.centre
                        where f.token = :token""", CalendarFeed.class)
                .setParameter("token", token).getResultStream().findFirst()
                .filter(f -> !f.isRevoked() && stillAllowed(f))
                .orElseThrow(() -> new RecordNotFoundException(RECORD, "?"));
        Instant now = clock.instant();
        List<FeedEvent> events = calendar.query(feed.getScope(), feed.getTargetId(), now.minus(PAST), now.plus(AHEAD), true)
                .stream().map(FeedService::event).toList();
        // The name calendar applications show, in the language the owner chose for Cadre.
        String name = Messages.explain(Messages.supported(Locale.forLanguageTag(feed.getOwner().getPreferredLanguage())),
                "feed.calendarName", List.of(feed.getCentre().getName(), Messages.label(feed.getScope())));
        return IcsCalendar.render(name, ZoneId.of(feed.getCentre().getTimeZone()), events, now);
    }

    /**
     * Whether the owner still has the access the link was taken with: an
     * enabled account of the same centre (administrators: any) whose roles
     * still allow that calendar (the rule of {@link CalendarService#allows}).
     */
    private static boolean stillAllowed(CalendarFeed feed) {
        Account owner = feed.getOwner();
        if (!owner.isEnabled()) {
            return false;
        }
        if (owner.getRoles().contains(Role.ADMIN)) {
            return true;
        }
        boolean sameCentre = owner.getCentre() != null && owner.getCentre().getId().equals(feed.getCentre().getId());
        return sameCentre && CalendarService.allows(owner.getRoles(), owner.getId(), feed.getScope(), feed.getTargetId());
    }

    private static FeedEvent event(CalendarEntry entry) {
        String location = entry.roomName() == null ? null
                : entry.building() == null ? entry.roomName() : entry.roomName() + ", " + entry.building();
        String description = entry.courseTitle() + " (" + entry.offeringLabel() + ")"
                + (entry.instructors().isEmpty() ? "" : "\n" + String.join(", ", entry.instructors()));
        return new FeedEvent(entry.uid(), entry.sequence(), entry.title(), location, description, entry.start(),
                entry.end(), entry.status() == SessionStatus.CANCELLED, entry.modifiedAt());
    }

    /** 256 random bits, URL-safe: the link is the credential, so it must not be guessable. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
