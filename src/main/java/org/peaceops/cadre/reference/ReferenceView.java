package org.peaceops.cadre.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** Code lists and names for the screens, in the page's language. */
@Named("reference")
@RequestScoped
public class ReferenceView {

    public List<ReferenceEntry> getCountries() {
        return Countries.all(locale());
    }

    public String countryName(String code) {
        return Countries.name(code, locale());
    }

    public List<ReferenceEntry> getLanguages() {
        return Languages.all(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
