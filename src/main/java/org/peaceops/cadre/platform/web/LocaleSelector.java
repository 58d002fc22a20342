package org.peaceops.cadre.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Locale;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * The language of the screens: the one chosen with the switch (kept in a
 * cookie, so that it outlives signing out), else the browser's. Read again on
 * every request, never kept in the session: a visitor who has not signed in
 * (the sign-in page, a scanner) costs no session at all.
 */
@Named
@RequestScoped
public class LocaleSelector {

    static final String COOKIE = "cadre-language";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = faces == null ? Locale.ENGLISH : remembered(faces.getExternalContext());
        }
        return locale;
    }

    private static Locale remembered(jakarta.faces.context.ExternalContext external) {
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof jakarta.servlet.http.Cookie chosen) {
            return Messages.supported(Locale.forLanguageTag(chosen.getValue()));
        }
        return Messages.supported(external.getRequestLocale());
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the language and shows the same page again, freshly rendered. */
    public void switchTo(String language) throws IOException {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, locale.getLanguage(),
                java.util.Map.of("maxAge", ONE_YEAR, "path", "/", "httpOnly", true, "SameSite", "Lax"));
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
