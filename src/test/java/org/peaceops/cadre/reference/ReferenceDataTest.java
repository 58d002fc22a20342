package org.peaceops.cadre.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    @Test
    void countriesAreNamedInTheReadersLanguage() {
        assertEquals("Côte d’Ivoire", Countries.name("CI", Locale.FRENCH).replace('\'', '’'));
        assertEquals("Kenya", Countries.name("KE", Locale.ENGLISH));
        assertTrue(Countries.isKnown("BD"));
        assertFalse(Countries.isKnown("ZZ"));
        assertFalse(Countries.isKnown("ke"));
    }

    @Test
    void theSixUnOfficialLanguagesComeFirst() {
        List<ReferenceEntry> languages = Languages.all(Locale.ENGLISH);
        assertEquals(6, languages.stream().takeWhile(ReferenceEntry::unOfficial).count());
        assertTrue(languages.subList(0, 6).stream().map(ReferenceEntry::code).toList()
                .containsAll(List.of("ar", "zh", "en", "fr", "ru", "es")));
    }

    @Test
    void onlyRegionTimeZonesAreAccepted() {
        assertTrue(TimeZones.isKnown("Africa/Nairobi"));
        assertTrue(TimeZones.isKnown("America/Argentina/Buenos_Aires"));
        assertFalse(TimeZones.isKnown("UTC"));
        assertFalse(TimeZones.isKnown("Etc/GMT+3"));
        assertFalse(TimeZones.isKnown("Mars/Olympus_Mons"));
    }
}
