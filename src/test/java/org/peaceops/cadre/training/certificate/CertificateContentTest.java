package org.peaceops.cadre.training.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateContentTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate END = LocalDate.of(2026, 3, 13);

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aCertificateWithoutHolderNameIsRefused(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CertificateFixture.content(name, Locale.ENGLISH));
        assertTrue(e.getMessage().contains("holderName"), e.getMessage());
    }

    @Test
    void everyRequiredFieldIsNamedWhenMissing() {
        assertMissing("courseTitle", () -> content("Ada", null, "C-1", "Centre", START, END, END,
                CertificateFixture.ADDRESS, Locale.ENGLISH));
        assertMissing("courseCode", () -> content("Ada", "Course", " ", "Centre", START, END, END,
                CertificateFixture.ADDRESS, Locale.ENGLISH));
        assertMissing("centreName", () -> content("Ada", "Course", "C-1", "", START, END, END,
                CertificateFixture.ADDRESS, Locale.ENGLISH));
        assertMissing("startsOn", () -> content("Ada", "Course", "C-1", "Centre", null, END, END,
                CertificateFixture.ADDRESS, Locale.ENGLISH));
        assertMissing("endsOn", () -> content("Ada", "Course", "C-1", "Centre", START, null, END,
                CertificateFixture.ADDRESS, Locale.ENGLISH));
        assertMissing("issuedOn", () -> content("Ada", "Course", "C-1", "Centre", START, END, null,
                CertificateFixture.ADDRESS, Locale.ENGLISH));
        assertMissing("verificationAddress", () -> content("Ada", "Course", "C-1", "Centre", START, END, END, null,
                Locale.ENGLISH));
        assertMissing("locale", () -> content("Ada", "Course", "C-1", "Centre", START, END, END,
                CertificateFixture.ADDRESS, null));
        assertMissing("verificationCode", () -> new CertificateContent("Ada", null, "Course", "C-1", "Centre", null,
                START, END, 60, null, END, " ", CertificateFixture.ADDRESS, Locale.ENGLISH));
    }

    @Test
    void datesMustFollowEachOther() {
        assertThrows(IllegalArgumentException.class, () -> content("Ada", "Course", "C-1", "Centre", END, START, END,
                CertificateFixture.ADDRESS, Locale.ENGLISH));
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class, () -> content("Ada", "Course",
                "C-1", "Centre", START, END, END.minusDays(1), CertificateFixture.ADDRESS, Locale.ENGLISH));
        assertTrue(early.getMessage().contains("issuedOn"), early.getMessage());
        // A one-day course, certified the same day.
        content("Ada", "Course", "C-1", "Centre", START, START, START, CertificateFixture.ADDRESS, Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -60})
    void instructionTimeCannotBeNegative(int minutes) {
        assertThrows(IllegalArgumentException.class, () -> new CertificateContent("Ada", null, "Course", "C-1",
                "Centre", null, START, END, minutes, null, END, "CODE", CertificateFixture.ADDRESS, Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify/ABCD", "ftp://cadre.example.org/verify/ABCD", "mailto:someone@example.org",
        "https:///verify"})
    void theVerificationAddressIsAWebAddress(String address) {
        assertThrows(IllegalArgumentException.class, () -> content("Ada", "Course", "C-1", "Centre", START, END, END,
                URI.create(address), Locale.ENGLISH));
    }

    @Test
    void textsAreStrippedAndBlankOptionalsBecomeAbsent() {
        CertificateContent content = new CertificateContent("  Ada Lovelace ", " ", "Course", "C-1", "Centre", "\t",
                START, END, 60, "", END, " CODE ", CertificateFixture.ADDRESS, Locale.ENGLISH);
        assertEquals("Ada Lovelace", content.holderName());
        assertEquals("CODE", content.verificationCode());
        assertNull(content.holderRank());
        assertNull(content.centrePlace());
        assertNull(content.itsEdition());
    }

    private static CertificateContent content(String holder, String title, String code, String centre,
            LocalDate startsOn, LocalDate endsOn, LocalDate issuedOn, URI address, Locale locale) {
        return new CertificateContent(holder, null, title, code, centre, null, startsOn, endsOn, 60, null, issuedOn,
                "CODE", address, locale);
    }

    private static void assertMissing(String field, org.junit.jupiter.api.function.Executable creation) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, creation);
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }
}
