package org.peaceops.cadre.course.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes training sessions as an iCalendar (RFC 5545) feed that calendar applications subscribe to.
 *
 * <p>A subscribed calendar polls the feed and matches each event by its UID: keeping UIDs stable and
 * raising SEQUENCE when a session changes makes it update the entry instead of adding a duplicate, and a
 * cancelled session stays in the feed as STATUS:CANCELLED so it disappears from the attendees' view.
 * Times are written in the course's own zone with its VTIMEZONE, so a cohort abroad sees the hour the
 * course keeps, across daylight-saving changes, whatever zone their device is in.
 */
public final class IcsCalendar {

    /** The HTTP content type of a feed. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    static final String PRODUCT_ID = "-//Cadre//Training calendar//EN";

    /* RFC 5545's limit on a line, in octets. */
    private static final int MAX_LINE_OCTETS = 75;

    /* The VTIMEZONE definitions bundled in ical4j (never fetched: see ical4j.properties), loaded once. */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
    private static final String UTC_ID = "Etc/UTC";

    private IcsCalendar() {
    }

    /**
     * The complete VCALENDAR text of a feed.
     *
     * @param calendarName the name calendar applications show for the subscription
     * @param zone         the zone the sessions' times are written in; UTC, or a zone ical4j has no
     *                     definition for, writes them in UTC
     * @param events       the sessions, in the order to write them
     * @param stamp        when the feed was produced (DTSTAMP of every event)
     */
    public static String render(String calendarName, ZoneId zone, List<FeedEvent> events, Instant stamp) {
        VTimeZone definition = definitionOf(zone);
        ZoneId timesIn = definition == null ? ZoneOffset.UTC : zone;

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        // Not in RFC 5545, but Google, Apple and Outlook read these for a subscription's name and zone.
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", definition == null ? "UTC" : zone.getId()));
        if (definition != null) {
            calendar.add(definition);
        } else if (events.isEmpty()) {
            // RFC 5545 wants at least one component: an empty feed in UTC carries UTC's definition.
            calendar.add(ZONES.getTimeZone(UTC_ID).getVTimeZone());
        }
        for (FeedEvent event : events) {
            calendar.add(toVEvent(event, timesIn, stamp));
        }

        // ical4j folds lines by UTF-16 characters, but RFC 5545 counts octets. When the text holds
        // characters wider than one octet in UTF-8 (accents and Arabic take two, some scripts three),
        // it is written again with lines short enough that even the widest cannot pass 75 octets.
        String text = write(calendar, FoldingWriter.REDUCED_FOLD_LENGTH);
        int widest = text.chars().map(IcsCalendar::utf8Octets).max().orElse(1);
        return widest == 1 ? text : write(calendar, MAX_LINE_OCTETS / widest);
    }

    /** Octets one UTF-16 character takes in UTF-8 (a surrogate pair's four, counted two per half). */
    private static int utf8Octets(int utf16Char) {
        if (utf16Char < 0x80) {
            return 1;
        }
        return utf16Char < 0x800 || Character.isSurrogate((char) utf16Char) ? 2 : 3;
    }

    /** The VTIMEZONE for {@code zone}, named as asked; {@code null} to write times in UTC instead. */
    private static VTimeZone definitionOf(ZoneId zone) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return null;
        }
        TimeZone known = ZONES.getTimeZone(zone.getId());
        if (known == null) {
            return null;
        }
        VTimeZone definition = known.getVTimeZone().copy();
        // The bundled data files a zone that is a link in the tz database under its target (Europe/Oslo
        // under Europe/Berlin: the same rules since 1970). The events refer to it by the name asked for,
        // so the definition takes that name and drops the properties that point at the other one.
        if (!zone.getId().equals(known.getID())) {
            definition.replace(new TzId(zone.getId()));
            definition.removeAll(Property.TZURL, "X-LIC-LOCATION");
        }
        return definition;
    }

    private static VEvent toVEvent(FeedEvent event, ZoneId timesIn, Instant stamp) {
        VEvent vevent = new VEvent(false); // false: no DTSTAMP of its own; the feed's stamp is used
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(stamp));
        vevent.add(new DtStart<>(wallTime(event.start(), timesIn)));
        vevent.add(new DtEnd<>(wallTime(event.end(), timesIn)));
        vevent.add(new Summary(event.summary()));
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new LastModified(event.lastModified()));
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return vevent;
    }

    /** In UTC the instant itself (written with a Z); otherwise the local time, written with TZID. */
    private static Temporal wallTime(Instant instant, ZoneId timesIn) {
        return timesIn.equals(ZoneOffset.UTC) ? instant : instant.atZone(timesIn);
    }

    private static String write(Calendar calendar, int foldLength) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, foldLength).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw it
        }
        return out.toString();
    }
}
