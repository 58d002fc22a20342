package org.peaceops.cadre.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 countries, named in the reader's language by the JDK's locale data. */
public final class Countries {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale reader) {
        return isKnown(code) ? new Locale("", code).getDisplayCountry(reader) : code;
    }

    public static List<ReferenceEntry> all(Locale reader) {
        return CODES.stream()
                .map(code -> new ReferenceEntry(code, name(code, reader), false))
                .sorted(Comparator.comparing(ReferenceEntry::name, java.text.Collator.getInstance(reader)))
                .toList();
    }
}
