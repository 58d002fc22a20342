package org.peaceops.cadre.training.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificateTextsTest {

    private final CertificateTexts english = new CertificateTexts(Locale.ENGLISH);
    private final CertificateTexts french = new CertificateTexts(Locale.FRENCH);

    @Test
    void datesAreWrittenOutInTheHoldersLanguage() {
        assertEquals("3 March 2026", english.date(LocalDate.of(2026, 3, 3)));
        assertEquals("3 mars 2026", french.date(LocalDate.of(2026, 3, 3)));
        assertEquals("1 February 2026", english.date(LocalDate.of(2026, 2, 1)));
        assertEquals("1er février 2026", french.date(LocalDate.of(2026, 2, 1)));
        assertEquals("14 août 2026", french.date(LocalDate.of(2026, 8, 14)));
    }

    @Test
    void aPeriodOfOneDayIsThatDay() {
        LocalDate day = LocalDate.of(2026, 3, 3);
        assertEquals("on 3 March 2026", english.period(day, day));
        assertEquals("le 3 mars 2026", french.period(day, day));
        assertEquals("from 2 March 2026 to 13 March 2026", english.period(day.minusDays(1), day.plusDays(10)));
        assertEquals("du 1er mars 2026 au 13 mars 2026", french.period(day.minusDays(2), day.plusDays(10)));
    }

    @Test
    void hoursAreRoundedToOneDecimalAndAgreeInNumber() {
        assertEquals("1 hour of instruction", english.hours(60));
        assertEquals("1 hour of instruction", english.hours(59));
        assertEquals("1.5 hours of instruction", english.hours(90));
        assertEquals("0.5 hours of instruction", english.hours(30));
        assertEquals("37.5 hours of instruction", english.hours(2250));
        assertEquals("1200 hours of instruction", english.hours(72_000));
        assertEquals("1 heure de formation", french.hours(60));
        assertEquals("1,5 heure de formation", french.hours(90));
        assertEquals("2 heures de formation", french.hours(120));
        assertEquals("37,5 heures de formation", french.hours(2250));
    }

    @Test
    void theIssueNamesThePlaceWhenKnown() {
        LocalDate day = LocalDate.of(2026, 3, 13);
        assertEquals("Issued on 13 March 2026 in Accra, Ghana", english.issued("Accra, Ghana", day));
        assertEquals("Issued on 13 March 2026", english.issued(null, day));
        assertEquals("Fait à Accra, Ghana, le 13 mars 2026", french.issued("Accra, Ghana", day));
        assertEquals("Délivré le 13 mars 2026", french.issued(null, day));
    }

    @Test
    void anyFrenchIsFrenchAndAnyOtherLanguageEnglish() {
        assertEquals(Locale.FRENCH, new CertificateTexts(Locale.CANADA_FRENCH).locale());
        assertEquals(Locale.ENGLISH, new CertificateTexts(Locale.GERMAN).locale());
        assertEquals("Certificat de fin de formation", new CertificateTexts(Locale.forLanguageTag("fr-SN"))
                .get("certificate.title"));
    }
}
