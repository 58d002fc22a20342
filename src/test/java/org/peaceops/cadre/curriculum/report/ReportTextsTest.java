package org.peaceops.cadre.curriculum.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.curriculum.Coverage;
import org.peaceops.cadre.curriculum.ItemLevel;
import org.peaceops.cadre.curriculum.VersionStatus;
import org.peaceops.cadre.platform.i18n.Messages;

class ReportTextsTest {

    @Test
    void everyStatusLevelAndCoverageHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Locale locale : Messages.SUPPORTED) {
            for (VersionStatus status : VersionStatus.values()) {
                check(missing, locale, "alignment.status." + status.name());
            }
            for (ItemLevel level : ItemLevel.values()) {
                check(missing, locale, "alignment.level." + level.name());
            }
            for (Coverage coverage : Coverage.values()) {
                check(missing, locale, "alignment.coverage." + coverage.name());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void anUnknownStatusIsShownAsGiven() {
        ReportTexts french = new ReportTexts(Locale.CANADA_FRENCH);
        assertEquals("Brouillon", french.status("DRAFT"));
        assertEquals("ARCHIVED", french.status("ARCHIVED"));
    }

    @Test
    void numbersRoundHalfUpWithoutGrouping() {
        assertEquals("2.3", Decimals.oneDecimal(2.25, Locale.ROOT));
        assertEquals("45,5", Decimals.oneDecimal(45.5357, Locale.FRENCH));
        assertEquals("2.0", Decimals.oneDecimal(2, Locale.ROOT));
        assertEquals("12345", Decimals.upToOneDecimal(12345, Locale.ENGLISH));
        assertEquals("22.5", Decimals.upToOneDecimal(22.5, Locale.ROOT));
    }

    @Test
    void aReportHasAVersionFromOne() {
        assertThrows(IllegalArgumentException.class, () -> new AlignmentReport("c", "t", 0, "DRAFT", "e", "E",
                ReportFixture.GENERATED, ReportFixture.report().result()));
    }

    private static void check(List<String> missing, Locale locale, String key) {
        if (!Messages.bundle(locale).containsKey(key)) {
            missing.add(locale + ": " + key);
        }
    }
}
