package org.peaceops.cadre.reference;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ISO 639-1 languages, named in the reader's language. The six official
 * languages of the United Nations are marked: courses are mostly given in
 * them, English and French above all (the Secretariat's working languages).
 */
public final class Languages {

    public static final Set<String> UN_OFFICIAL = Set.of("ar", "zh", "en", "fr", "ru", "es");
    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static List<ReferenceEntry> all(Locale reader) {
        Comparator<ReferenceEntry> unFirst = Comparator.comparing(entry -> !entry.unOfficial());
        return Arrays.stream(Locale.getISOLanguages())
                .map(code -> new ReferenceEntry(code, Locale.forLanguageTag(code).getDisplayLanguage(reader),
                        UN_OFFICIAL.contains(code)))
                .sorted(unFirst.thenComparing(ReferenceEntry::name, Collator.getInstance(reader)))
                .toList();
    }
}
