package org.peaceops.cadre.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.peaceops.cadre.platform.i18n.Messages;

/** The language texts in a successful answer are written in: the caller's first Accept-Language, as for errors. */
public final class CallerLanguage {

    private CallerLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Messages.supported(acceptable.isEmpty() ? Locale.ENGLISH : acceptable.get(0));
    }
}
