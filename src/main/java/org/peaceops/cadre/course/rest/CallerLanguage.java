package org.peaceops.cadre.course.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.peaceops.cadre.platform.i18n.Messages;

/** The language texts in a successful answer are written in: the caller's first Accept-Language, as for errors. */
final class CallerLanguage {

    private CallerLanguage() {
    }

    static Locale of(HttpHeaders headers) {
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Messages.supported(acceptable.isEmpty() ? Locale.ENGLISH : acceptable.get(0));
    }
}
