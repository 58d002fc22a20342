package org.peaceops.cadre.course.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarning;
import biweekly.ValidationWarnings;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import org.junit.jupiter.api.Test;

/**
 * Renders feeds with ical4j and reads them back with biweekly, a parser written independently of it,
 * so that what is checked is the text a calendar application would receive.
 */
class IcsCalendarTest {

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Instant STAMP = Instant.parse("2026-02-20T12:00:00Z");
    private static final Instant EDITED = Instant.parse("2026-02-18T07:30:00Z");

    private static FeedEvent session(String uid, Instant start, boolean cancelled) {
        return new FeedEvent(uid, 0, "Session " + uid, null, null, start, start.plusSeconds(2 * 3600),
                cancelled, EDITED);
    }

    private static FeedEvent withText(String summary, String location, String description) {
        return new FeedEvent("text@cadre", 1, summary, location, description,
                Instant.parse("2026-03-02T06:00:00Z"), Instant.parse("2026-03-02T08:00:00Z"), false, EDITED);
    }

    /** Parses with biweekly, failing on anything it had to warn about while reading. */
    private static ICalendar parse(String ics) throws Exception {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        List<ICalendar> calendars = Biweekly.parse(ics).warnings(warnings).all();
        assertEquals(1, calendars.size(), "one VCALENDAR");
        assertTrue(warnings.stream().allMatch(List::isEmpty), () -> "parse warnings: " + warnings);
        return calendars.get(0);
    }

    /** The raw text with RFC 5545 line folds undone, for looking at whole content lines. */
    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static void assertValid(ICalendar calendar) {
        ValidationWarnings warnings = calendar.validate(ICalVersion.V2_0);
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    private static VEvent only(ICalendar calendar) {
        assertEquals(1, calendar.getEvents().size());
        return calendar.getEvents().get(0);
    }

    /** The zone biweekly resolved DTSTART in: it must come from a VTIMEZONE in the feed, not from Java. */
    private static VTimezone zoneOf(ICalendar calendar, DateStart start) {
        TimezoneAssignment assignment = calendar.getTimezoneInfo().getTimezone(start);
        assertNotNull(assignment, "DTSTART has a TZID");
        assertNotNull(assignment.getComponent(), "TZID refers to a VTIMEZONE in the feed");
        return assignment.getComponent();
    }

    private static LocalDateTime wallClock(DateStart start) {
        DateTimeComponents c = start.getValue().getRawComponents();
        return LocalDateTime.of(c.getYear(), c.getMonth(), c.getDate(), c.getHour(), c.getMinute(), c.getSecond());
    }

    @Test
    void eventsComeBackWithTheirIdentitySequenceSummaryAndStatus() throws Exception {
        List<FeedEvent> events = List.of(
                new FeedEvent("s-101@cadre", 3, "Protection of civilians", "Room 2", "Bring the handbook",
                        Instant.parse("2026-03-02T06:00:00Z"), Instant.parse("2026-03-02T08:00:00Z"), false,
                        Instant.parse("2026-02-10T09:15:00Z")),
                new FeedEvent("s-102@cadre", 7, "Convoy drills", null, null,
                        Instant.parse("2026-03-03T06:00:00Z"), Instant.parse("2026-03-03T10:00:00Z"), true,
                        Instant.parse("2026-02-11T16:45:00Z")));

        ICalendar calendar = parse(IcsCalendar.render("Cohort 12", NAIROBI, events, STAMP));

        assertEquals("-//Cadre//Training calendar//EN", calendar.getProductId().getValue());
        assertEquals(ICalVersion.V2_0, calendar.getVersion());
        assertTrue(calendar.getCalendarScale().isGregorian());
        assertTrue(calendar.getMethod().isPublish());
        assertEquals("Cohort 12", calendar.getExperimentalProperty("X-WR-CALNAME").getValue());
        assertEquals("Africa/Nairobi", calendar.getExperimentalProperty("X-WR-TIMEZONE").getValue());

        List<VEvent> parsed = calendar.getEvents();
        assertEquals(2, parsed.size());
        VEvent confirmed = parsed.get(0);
        VEvent cancelled = parsed.get(1);

        assertEquals("s-101@cadre", confirmed.getUid().getValue());
        assertEquals(3, confirmed.getSequence().getValue());
        assertEquals("Protection of civilians", confirmed.getSummary().getValue());
        assertEquals("Room 2", confirmed.getLocation().getValue());
        assertEquals("Bring the handbook", confirmed.getDescription().getValue());
        assertTrue(confirmed.getStatus().isConfirmed());
        assertEquals(STAMP, confirmed.getDateTimeStamp().getValue().toInstant());
        assertEquals(Instant.parse("2026-02-10T09:15:00Z"), confirmed.getLastModified().getValue().toInstant());
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), confirmed.getDateEnd().getValue().toInstant());

        assertEquals("s-102@cadre", cancelled.getUid().getValue());
        assertEquals(7, cancelled.getSequence().getValue());
        assertEquals("Convoy drills", cancelled.getSummary().getValue());
        assertTrue(cancelled.getStatus().isCancelled());
        assertNull(cancelled.getLocation(), "no LOCATION when there is none");
        assertNull(cancelled.getDescription(), "no DESCRIPTION when there is none");
        assertEquals(Instant.parse("2026-02-11T16:45:00Z"), cancelled.getLastModified().getValue().toInstant());
    }

    @Test
    void aMorningInNairobiIsWrittenAtNineWithItsVTimezone() throws Exception {
        Instant start = Instant.parse("2026-03-02T06:00:00Z");
        String ics = IcsCalendar.render("Cohort 12", NAIROBI, List.of(session("nbo@cadre", start, false)), STAMP);

        assertTrue(unfold(ics).contains("\r\nDTSTART;TZID=Africa/Nairobi:20260302T090000\r\n"), ics);
        assertTrue(unfold(ics).contains("\r\nDTEND;TZID=Africa/Nairobi:20260302T110000\r\n"), ics);

        ICalendar calendar = parse(ics);
        // biweekly sets VTIMEZONEs aside from the other components while it reads them.
        assertEquals(1, calendar.getTimezoneInfo().getComponents().size(), "one VTIMEZONE");
        DateStart dtStart = only(calendar).getDateStart();
        assertEquals("Africa/Nairobi", zoneOf(calendar, dtStart).getTimezoneId().getValue());
        assertEquals(LocalDateTime.of(2026, 3, 2, 9, 0), wallClock(dtStart));
        assertEquals(start, dtStart.getValue().toInstant(), "biweekly resolves the VTIMEZONE to the same instant");
    }

    @Test
    void osloSessionsKeepTheirInstantsAcrossDaylightSaving() throws Exception {
        // Winter (+01:00), the night of the spring change (last Sunday of March, 01:00 UTC), and summer (+02:00).
        List<Instant> starts = List.of(
                Instant.parse("2026-01-15T08:00:00Z"),
                Instant.parse("2026-03-29T00:30:00Z"),
                Instant.parse("2026-03-29T01:30:00Z"),
                Instant.parse("2026-07-01T08:00:00Z"));
        List<LocalDateTime> wallClocks = List.of(
                LocalDateTime.of(2026, 1, 15, 9, 0),
                LocalDateTime.of(2026, 3, 29, 1, 30),
                LocalDateTime.of(2026, 3, 29, 3, 30),
                LocalDateTime.of(2026, 7, 1, 10, 0));
        List<FeedEvent> events = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            events.add(session("osl-" + i + "@cadre", starts.get(i), false));
        }

        String ics = IcsCalendar.render("Nordic staff course", OSLO, events, STAMP);
        ICalendar calendar = parse(ics);

        assertFalse(unfold(ics).contains("Europe/Berlin"), "the zone keeps the name the course uses");
        for (int i = 0; i < starts.size(); i++) {
            DateStart dtStart = calendar.getEvents().get(i).getDateStart();
            assertEquals("Europe/Oslo", zoneOf(calendar, dtStart).getTimezoneId().getValue());
            assertEquals(wallClocks.get(i), wallClock(dtStart), "wall clock of " + starts.get(i));
            assertEquals(starts.get(i), dtStart.getValue().toInstant());
        }
    }

    @Test
    void utcOrAZoneWithoutDefinitionIsWrittenInUtc() throws Exception {
        Instant start = Instant.parse("2026-03-02T06:00:00Z");
        for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneId.of("UTC"), ZoneOffset.ofHours(3))) {
            String ics = IcsCalendar.render("Remote", zone, List.of(session("utc@cadre", start, false)), STAMP);
            ICalendar calendar = parse(ics);

            assertTrue(calendar.getTimezoneInfo().getComponents().isEmpty(), "no VTIMEZONE for " + zone);
            assertTrue(unfold(ics).contains("\r\nDTSTART:20260302T060000Z\r\n"), ics);
            assertEquals("UTC", calendar.getExperimentalProperty("X-WR-TIMEZONE").getValue());
            assertEquals(start, only(calendar).getDateStart().getValue().toInstant());
            assertValid(calendar);
        }
    }

    @Test
    void punctuationLineBreaksAndNonLatinTextSurviveTheRoundTrip() throws Exception {
        String summary = "Négociation, médiation; désescalade \\ étape 2";
        String location = "Salle Réunion B; bâtiment 3, Bamako";
        String description = "Objectifs :\n1. Écouter, reformuler; conclure.\nالتفاوض وحماية المدنيين، الجلسة الثانية";
        String name = "Cohorte « Sahel », 2026; الدفعة";

        ICalendar calendar = parse(IcsCalendar.render(name, NAIROBI,
                List.of(withText(summary, location, description)), STAMP));

        VEvent event = only(calendar);
        assertEquals(summary, event.getSummary().getValue());
        assertEquals(location, event.getLocation().getValue());
        assertEquals(description, event.getDescription().getValue());
        assertEquals(name, unescapedText(calendar.getExperimentalProperty("X-WR-CALNAME").getValue()));
    }

    /** biweekly leaves non-standard properties as written; undo RFC 5545's TEXT escaping to compare. */
    private static String unescapedText(String raw) {
        return raw.replaceAll("\\\\([,;\\\\])", "$1").replace("\\n", "\n");
    }

    @Test
    void longLinesAreFoldedWithinSeventyFiveOctets() throws Exception {
        String latin = "Scenario brief: the battalion deploys to the sector, coordinates with UNPOL and the "
                + "humanitarian cluster, and reports daily. ".repeat(6);
        String mixed = "Exercice de synthèse : déploiement, coordination et rapport quotidien. "
                + "تمرين ختامي: الانتشار والتنسيق والتقارير اليومية. ".repeat(8);

        // Three octets a character (euro sign, dashes) and four a pair (the pin).
        String wide = "Budget : 1 200 € par stagiaire — transport compris — 📍 Bamako, camp de formation. ".repeat(4);

        for (String description : List.of(latin, mixed, wide)) {
            String ics = IcsCalendar.render("Cohort 12", NAIROBI, List.of(withText("Final exercise", null,
                    description)), STAMP);

            assertTrue(ics.endsWith("\r\n"), "ends with CRLF");
            String[] lines = ics.split("\r\n", -1);
            for (String line : lines) {
                assertFalse(line.contains("\n") || line.contains("\r"), "every line ends with CRLF");
                int octets = line.getBytes(StandardCharsets.UTF_8).length;
                assertTrue(octets <= 75, () -> octets + " octets: " + line);
            }
            assertTrue(List.of(lines).stream().anyMatch(l -> l.startsWith(" ")), "the description was folded");
            assertEquals(description, only(parse(ics)).getDescription().getValue());
        }
    }

    @Test
    void anEmptyFeedIsStillAValidCalendar() throws Exception {
        for (ZoneId zone : List.of(NAIROBI, ZoneOffset.UTC)) {
            String ics = IcsCalendar.render("Cohort 12", zone, List.of(), STAMP);

            assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
            assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
            ICalendar calendar = parse(ics);
            assertTrue(calendar.getEvents().isEmpty());
            assertEquals("Cohort 12", calendar.getExperimentalProperty("X-WR-CALNAME").getValue());

            // RFC 5545 asks for at least one component, and a VTIMEZONE is one. biweekly does not count the
            // VTIMEZONEs it sets aside, so its "at least one component" warning (code 4) is spurious here;
            // any other warning is not.
            assertEquals(1, calendar.getTimezoneInfo().getComponents().size(), "the VTIMEZONE is the component");
            List<Integer> otherCodes = calendar.validate(ICalVersion.V2_0).getWarnings().stream()
                    .flatMap(group -> group.getWarnings().stream())
                    .map(ValidationWarning::getCode)
                    .filter(code -> code == null || code != 4)
                    .toList();
            assertEquals(List.of(), otherCodes, "warnings for " + zone);
        }
    }

    @Test
    void biweeklyFindsNothingToWarnAbout() throws Exception {
        List<FeedEvent> events = List.of(
                session("a@cadre", Instant.parse("2026-01-15T08:00:00Z"), false),
                session("b@cadre", Instant.parse("2026-07-01T08:00:00Z"), true),
                withText("Négociation, médiation", "Salle B", "Ligne 1\nالسطر 2"));

        for (ZoneId zone : List.of(NAIROBI, OSLO)) {
            ICalendar calendar = parse(IcsCalendar.render("Cohort 12", zone, events, STAMP));
            assertEquals(3, calendar.getEvents().size());
            assertValid(calendar);
        }
    }

    @Test
    void timeZonesAreNeverFetchedFromTheNetwork() throws Exception {
        Properties settings = new Properties();
        try (InputStream in = IcsCalendar.class.getClassLoader().getResourceAsStream("ical4j.properties")) {
            assertNotNull(in, "ical4j.properties is on the class path");
            settings.load(in);
        }
        assertEquals("false", settings.getProperty("net.fortuna.ical4j.timezone.update.enabled"));
        assertFalse(new TimeZoneUpdater().isEnabled(), "ical4j reads the setting");
    }

    @Test
    void mediaTypeIsCalendarTextInUtf8() {
        assertEquals("text/calendar; charset=UTF-8", IcsCalendar.MEDIA_TYPE);
    }
}
