package org.peaceops.cadre.training.certificate;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * The certificate's words in the holder's language. Dates are written out
 * ("3 March 2026", "1er mars 2026") rather than in the ISO form the screens
 * use: a certificate is read by people outside Cadre, and a month's name
 * cannot be misread between countries either. The patterns come from the
 * message bundle, so that French can have its "1er" without a special case.
 */
final class CertificateTexts {

    private final Locale locale;

    CertificateTexts(Locale requested) {
        this.locale = Messages.supported(requested);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    String date(LocalDate date) {
        String pattern = get(date.getDayOfMonth() == 1 ? "certificate.date.first" : "certificate.date");
        return DateTimeFormatter.ofPattern(pattern, locale).format(date);
    }

    /** "from 3 March 2026 to 14 March 2026", or "on 3 March 2026" for a one-day course. */
    String period(LocalDate startsOn, LocalDate endsOn) {
        return startsOn.equals(endsOn) ? get("certificate.oneDay", date(startsOn))
                : get("certificate.period", date(startsOn), date(endsOn));
    }

    /**
     * "37.5 hours of instruction", "1 hour", "1,5 heure": the bundle picks the
     * plural from the number (French keeps the singular below two), and the
     * number is passed again already formatted, with at most one decimal.
     * Rounded first, so that 59 minutes make "1 hour" and not "1 hours".
     */
    String hours(int minutes) {
        double hours = Math.round(minutes / 6.0) / 10.0;
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        number.setGroupingUsed(false);
        return get("certificate.hours", hours, number.format(hours));
    }

    /** "Issued on 3 March 2026 in Accra, Ghana" where the place is known. */
    String issued(String place, LocalDate issuedOn) {
        return place == null ? get("certificate.issued", date(issuedOn))
                : get("certificate.issuedAt", place, date(issuedOn));
    }
}
