package org.peaceops.cadre.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.centre.RegionalAssociation;
import org.peaceops.cadre.course.FeedScope;
import org.peaceops.cadre.mission.LeadOrganisation;
import org.peaceops.cadre.mission.MissionStatus;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditEntry;
import org.peaceops.cadre.platform.security.Role;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every visible text comes from the English and French bundles: the bundles
 * have the same keys, every key a page or a class names exists, and no page
 * holds literal text, inline styles or links to other hosts.
 */
class MessageBundleTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/peaceops/cadre/i18n");
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("value", "label", "itemLabel", "header",
            "headerText", "title", "placeholder", "emptyMessage", "message", "alt", "summary");
    private static final Pattern EL = Pattern.compile("#\\{[^}]*}");
    private static final Pattern STATIC_KEY = Pattern.compile("msg\\['([^']+)']");

    private final Properties english = load("messages.properties");
    private final Properties french = load("messages_fr.properties");

    @Test
    void englishAndFrenchHaveTheSameKeys() {
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
    }

    @Test
    void frenchIsTranslatedWhereEnglishIsLongText() {
        List<String> untranslated = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).split(" ").length > 3)
                .filter(key -> english.getProperty(key).equals(french.getProperty(key)))
                .sorted().toList();
        assertEquals(List.of(), untranslated);
    }

    @Test
    void everyKeyNamedInAPageExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            Matcher keys = STATIC_KEY.matcher(Files.readString(page));
            while (keys.find()) {
                if (!english.containsKey(keys.group(1))) {
                    missing.add(page + ": " + keys.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        english.stringPropertyNames().stream().filter(key -> key.contains("."))
                .forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z]*\\.[a-zA-Z_.]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher candidates = literal.matcher(Files.readString(source));
                while (candidates.find()) {
                    String key = candidates.group(1);
                    boolean looksLikeKey = prefixes.stream().anyMatch(key::startsWith) && !key.endsWith(".");
                    if (looksLikeKey && !english.containsKey(key)) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyEnumShownOnScreenHasALabel() {
        List<String> missing = new ArrayList<>();
        check(missing, "association.", RegionalAssociation.values());
        check(missing, "missionStatus.", MissionStatus.values());
        check(missing, "lead.", LeadOrganisation.values());
        check(missing, "role.", Role.values());
        check(missing, "outcome.", AuditEntry.Outcome.values());
        assertEquals(List.of(), missing);
    }

    /** Record types are named where a RecordNotFoundException can be thrown: a RECORD constant or a literal. */
    @Test
    void everyRecordThatCanBeMissingHasASentenceInTheUsersWords() throws IOException {
        Pattern named = Pattern.compile("(?:String (?:RECORD|PROFILE) = |RecordNotFoundException\\(|guardCentre\\([^,]+, )"
                + "\"([A-Za-z]+)\"");
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher found = named.matcher(Files.readString(source));
                while (found.find()) {
                    types.add(found.group(1));
                }
            }
        }
        for (FeedScope scope : FeedScope.values()) {
            types.add(scope.name());
        }
        assertTrue(types.containsAll(Set.of("Offering", "PersonnelProfile", "CalendarFeed", "Account")), types.toString());
        List<String> missing = types.stream().map(type -> "error.notFound." + type)
                .filter(key -> !english.containsKey(key)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void notFoundMessagesNameNoClassAndIdentifiersStayPlainNumbers() {
        assertEquals("No such personnel profile.",
                new RecordNotFoundException("PersonnelProfile", 1203L).localizedMessage(Locale.ENGLISH));
        assertEquals("Ce profil n’existe pas.",
                new RecordNotFoundException("PersonnelProfile", 1203L).localizedMessage(Locale.FRENCH));
        assertEquals("This curriculum has no version 12.",
                new RecordNotFoundException("CurriculumVersion", 12).localizedMessage(Locale.ENGLISH));
        assertEquals("This record does not exist, or you may not see it.",
                new RecordNotFoundException("SomethingNew", 1263L).localizedMessage(Locale.ENGLISH));
        assertEquals("Trainee 1252 is not enrolled on this offering.", new InvalidInputException("traineeId",
                "error.offering.notEnrolled", 1252L).localizedMessage(Locale.ENGLISH));
        assertEquals("Le compte 1203 n’est pas instructeur de ce centre.", new InvalidInputException(
                "leadInstructorId", "error.session.instructorUnknown", 1203L).localizedMessage(Locale.FRENCH));
    }

    @Test
    void pagesHoldNoLiteralTextNoInlineStyleAndNoOtherHosts() throws Exception {
        List<String> problems = new ArrayList<>();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Path page : pages()) {
            factory.newSAXParser().parse(page.toFile(), new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    checkText();
                    for (int i = 0; i < attributes.getLength(); i++) {
                        String name = attributes.getLocalName(i);
                        String value = attributes.getValue(i);
                        if (TEXT_ATTRIBUTES.contains(name) && hasLiteralWords(value)) {
                            problems.add(page + ": <" + qName + " " + name + "=\"" + value + "\">");
                        }
                        if (name.equals("style")) {
                            problems.add(page + ": inline style on <" + qName + ">");
                        }
                        if ((name.equals("href") || name.equals("src")) && value.matches("(?i)(https?:)?//.*")) {
                            problems.add(page + ": link to another host " + value);
                        }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    checkText();
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    text.append(ch, start, length);
                }

                /** Text between two tags arrives in pieces; it is judged whole. */
                private void checkText() {
                    if (hasLiteralWords(text.toString())) {
                        problems.add(page + ": text \"" + text.toString().strip() + "\"");
                    }
                    text.setLength(0);
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theLiteralTextCheckCatchesWords() {
        assertTrue(hasLiteralWords("Save changes"));
        assertTrue(hasLiteralWords("#{msg['a']} or cancel"));
        assertTrue(!hasLiteralWords("#{msg['app.name']} · #{msg['login.title']}"));
    }

    private static boolean hasLiteralWords(String text) {
        return EL.matcher(text).replaceAll("").codePoints().anyMatch(Character::isLetter);
    }

    private void check(List<String> missing, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            if (!english.containsKey(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(name));
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
