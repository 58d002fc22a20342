package org.peaceops.cadre.training.certificate;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Everything a course certificate prints, already decided: the renderer looks
 * nothing up, so the same content always gives the same certificate. Texts
 * are kept as given (only stripped), in whatever script the holder's name is
 * written; the labels around them come in {@code locale}, English or French.
 *
 * @param holderName          the name as it is to be printed, e.g. given names then family name
 * @param holderRank          the rank or title printed above the name, or null
 * @param courseTitle         the course's title
 * @param courseCode          the course's code, e.g. "UNSOC-2026"
 * @param centreName          the training centre that ran the course and issues the certificate
 * @param centrePlace         where the centre is, e.g. "Accra, Ghana", or null
 * @param startsOn            the course's first day
 * @param endsOn              the course's last day, not before the first
 * @param instructionMinutes  the instruction the course gave, printed in hours; 0 when its timetable
 *                            recorded none, and then not printed
 * @param itsEdition          the UN ITS framework edition the course is aligned to, e.g. "UN CPTM 2017", or null
 * @param issuedOn            the day of issue, not before the course's last day
 * @param verificationCode    the code that identifies this certificate on the verification page
 * @param verificationAddress the verification page of this certificate (http or https), printed and as a QR code
 * @param locale              the holder's language; French for any French locale, English otherwise
 */
public record CertificateContent(String holderName, String holderRank, String courseTitle, String courseCode,
        String centreName, String centrePlace, LocalDate startsOn, LocalDate endsOn, int instructionMinutes,
        String itsEdition, LocalDate issuedOn, String verificationCode, URI verificationAddress, Locale locale) {

    /** Fails on the first thing missing or wrong, naming it, so that no half-filled certificate is ever drawn. */
    public CertificateContent {
        holderName = required("holderName", holderName);
        holderRank = optional(holderRank);
        courseTitle = required("courseTitle", courseTitle);
        courseCode = required("courseCode", courseCode);
        centreName = required("centreName", centreName);
        centrePlace = optional(centrePlace);
        itsEdition = optional(itsEdition);
        verificationCode = required("verificationCode", verificationCode);
        present("startsOn", startsOn);
        present("endsOn", endsOn);
        present("issuedOn", issuedOn);
        present("verificationAddress", verificationAddress);
        present("locale", locale);
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("endsOn " + endsOn + " is before startsOn " + startsOn);
        }
        if (issuedOn.isBefore(endsOn)) {
            throw new IllegalArgumentException("issuedOn " + issuedOn + " is before the course ends on " + endsOn);
        }
        if (instructionMinutes < 0) {
            throw new IllegalArgumentException("instructionMinutes must not be negative, not " + instructionMinutes);
        }
        String scheme = verificationAddress.getScheme();
        if (!verificationAddress.isAbsolute() || verificationAddress.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("verificationAddress must be an http(s) address with a host, not "
                    + verificationAddress);
        }
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void present(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
