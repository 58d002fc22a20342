package org.peaceops.cadre.cohort.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.cohort.roster.RosterTemplate;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/** The roster template a contributing country fills in, in the caller's language (English or French). */
@Path("roster-template")
@Tag(name = "Cohorts")
public class RosterTemplateResource {

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "downloadRosterTemplate", summary = "The roster template (staff): ?format=xlsx "
            + "(default, with a sheet explaining each column) or csv; headers in the caller's language, or ?lang=en|fr")
    public Response template(@QueryParam("format") String format, @QueryParam("lang") String language) {
        currentUser.require(Role.CENTRE_STAFF);
        Locale locale = RosterImportResource.locale(headers, language);
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && format != null && !"xlsx".equalsIgnoreCase(format)) {
            throw new InvalidInputException("format", "error.roster.format");
        }
        String name = "cadre-roster-" + locale.getLanguage() + (csv ? ".csv" : ".xlsx");
        StreamingOutput body = out -> {
            if (csv) {
                RosterTemplate.writeCsv(locale, out);
            } else {
                RosterTemplate.writeXlsx(locale, out);
            }
        };
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : RosterImportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
