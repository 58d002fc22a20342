package org.peaceops.cadre.reference.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.rest.CallerLanguage;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.reference.Countries;
import org.peaceops.cadre.reference.Languages;
import org.peaceops.cadre.reference.ReferenceEntry;
import org.peaceops.cadre.reference.TimeZones;

/** Standard code lists, named in the language the client accepts (English or French). */
@Path("reference")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @GET
    @Path("countries")
    @Operation(operationId = "listCountries", summary = "ISO 3166-1 alpha-2 countries")
    public List<ReferenceEntry> countries() {
        currentUser.caller();
        return Countries.all(reader());
    }

    @GET
    @Path("languages")
    @Operation(operationId = "listLanguages", summary = "ISO 639-1 languages, the UN official languages first")
    public List<ReferenceEntry> languages() {
        currentUser.caller();
        return Languages.all(reader());
    }

    @GET
    @Path("time-zones")
    @Operation(operationId = "listTimeZones", summary = "IANA region time zones a centre may have")
    public List<String> timeZones() {
        currentUser.caller();
        return TimeZones.all();
    }

    private Locale reader() {
        return CallerLanguage.of(headers);
    }
}
