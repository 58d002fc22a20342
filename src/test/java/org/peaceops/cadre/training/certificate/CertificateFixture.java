package org.peaceops.cadre.training.certificate;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

/** Certificates the tests draw: one course, holders named in several scripts. */
final class CertificateFixture {

    static final String ARABIC = "محمد عبد الله";
    /** Lam then alef join into one ligature glyph, which must still read back as the two letters. */
    static final String ARABIC_LAM_ALEF = "عبد السلام الأمين";
    static final String CYRILLIC = "Дмитрий Иванов";
    static final String KIKUYU = "Ngũgĩ wa Thiong’o";
    static final String TURKISH = "Çağlar Şahin";
    static final String PORTUGUESE = "João Conceição";
    static final String CODE = "K7QM-3WXD-9PTR";
    static final URI ADDRESS = URI.create("https://cadre.example.org/verify/" + CODE);

    private CertificateFixture() {
    }

    static CertificateContent content(String holder, Locale locale) {
        String rank = locale.getLanguage().equals("fr") ? "Capitaine" : "Captain";
        return new CertificateContent(holder, rank, "Protection of Civilians in UN Peacekeeping", "POC-2026-03",
                "Kofi Annan International Peacekeeping Training Centre", "Accra, Ghana", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 13), 2250, "UN CPTM 2017", LocalDate.of(2026, 3, 13), CODE, ADDRESS, locale);
    }

    static CertificateContent withoutOptionals(String holder, Locale locale) {
        return new CertificateContent(holder, null, "Protection of Civilians in UN Peacekeeping", "POC-2026-03",
                "Kofi Annan International Peacekeeping Training Centre", null, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 13), 2250, null, LocalDate.of(2026, 3, 13), CODE, ADDRESS, locale);
    }
}
