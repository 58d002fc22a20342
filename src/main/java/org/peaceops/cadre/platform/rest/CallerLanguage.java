package org.peaceops.cadre.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * The language an API answer's texts (problem details, names, notices) are
 * written in: the caller's first Accept-Language if Cadre speaks it, English
 * otherwise. Every resource and exception mapper asks here.
 */
public final class CallerLanguage {

    private CallerLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        return of(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    public static Locale of(List<Locale> acceptable) {
        return Messages.supported(acceptable.isEmpty() ? Locale.ENGLISH : acceptable.get(0));
    }
}
