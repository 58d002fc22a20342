package org.peaceops.cadre.cohort.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.cohort.RosterImport;
import org.peaceops.cadre.cohort.RosterImportRun;
import org.peaceops.cadre.cohort.roster.RosterProblem;
import org.peaceops.cadre.cohort.roster.RosterProblemReport;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.rest.CallerLanguage;

/**
 * Roster files imported into a cohort: sent as the request body (CSV or
 * .xlsx), checked and written in the background; follow the import at the
 * Location given, and download its problems as CSV.
 */
@Path("cohorts/{id}/roster-imports")
@Tag(name = "Cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class RosterImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RosterImport imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importRoster", summary = "Import a roster file (CSV or .xlsx, the template's columns) "
            + "into the cohort; ?fileName= names it. Answers 202 at once: every row is checked in the background, "
            + "and if any is wrong nothing is written and the import lists every problem; else the whole file is "
            + "written in one transaction")
    public Response start(@PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body,
                          @Context UriInfo uri) {
        RosterImportRun run = imports.start(id, fileName, read(body));
        return Response.accepted(RosterImportDto.of(run, locale()))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(run.getId())).build()).build();
    }

    @GET
    @Operation(operationId = "listRosterImports", summary = "The cohort's last 20 roster imports, newest first")
    public List<RosterImportDto> list(@PathParam("id") long id) {
        return imports.of(id).stream().map(RosterImportDto::summary).toList();
    }

    @GET
    @Path("{importId}")
    @Operation(operationId = "getRosterImport", summary = "Where an import stands: RUNNING, IMPORTED (people added "
            + "and linked, warnings), REFUSED (every problem, by row and column; nothing was written) or FAILED")
    public RosterImportDto get(@PathParam("id") long id, @PathParam("importId") long importId) {
        return RosterImportDto.of(imports.get(id, importId), locale());
    }

    @GET
    @Path("{importId}/problems.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadRosterProblems", summary = "A refused import's problems (or an imported one's "
            + "warnings) as CSV: row, column, problem, in the caller's language or ?lang=en|fr")
    public Response problems(@PathParam("id") long id, @PathParam("importId") long importId,
                             @QueryParam("lang") String language) {
        RosterImportRun run = imports.get(id, importId);
        List<RosterProblem> problems = run.getStatus() == RosterImportRun.Status.REFUSED ? run.problems()
                : run.warnings();
        Locale locale = locale(headers, language);
        StreamingOutput csv = out -> RosterProblemReport.writeCsv(problems, locale, out);
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"roster-problems-" + importId + ".csv\"").build();
    }

    private Locale locale() {
        return CallerLanguage.of(headers);
    }

    /** The language a link asks for (the page's, for downloads from a screen), else the caller's. */
    static Locale locale(HttpHeaders headers, String language) {
        return language == null || language.isBlank() ? CallerLanguage.of(headers)
                : CallerLanguage.of(List.of(Locale.forLanguageTag(language)));
    }

    private static byte[] read(InputStream body) {
        try {
            byte[] content = body.readNBytes(RosterImport.MAX_BYTES + 1);
            if (content.length > RosterImport.MAX_BYTES) {
                throw new InvalidInputException("file", "error.roster.tooLarge", RosterImport.MAX_BYTES / (1024 * 1024));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An import; {@code problems} and {@code warnings} only when one import is asked for. */
    public record RosterImportDto(Long id, Long jobId, String fileName, RosterImportRun.Status status, int rowsRead,
                                  int peopleAdded, int peopleLinked, int problemCount, int warningCount,
                                  Instant startedAt, Instant finishedAt, List<ProblemDto> problems,
                                  List<ProblemDto> warnings) {

        static RosterImportDto of(RosterImportRun run, Locale locale) {
            List<RosterProblem> problems = run.problems();
            List<RosterProblem> warnings = run.warnings();
            return new RosterImportDto(run.getId(), run.getJobId(), run.getFileName(), run.getStatus(),
                    run.getRowsRead(), run.getPeopleAdded(), run.getPeopleLinked(), problems.size(), warnings.size(),
                    run.getStartedAt(), run.getFinishedAt(), ProblemDto.of(problems, locale),
                    ProblemDto.of(warnings, locale));
        }

        static RosterImportDto summary(RosterImportRun run) {
            return new RosterImportDto(run.getId(), run.getJobId(), run.getFileName(), run.getStatus(),
                    run.getRowsRead(), run.getPeopleAdded(), run.getPeopleLinked(), run.problems().size(),
                    run.warnings().size(), run.getStartedAt(), run.getFinishedAt(), null, null);
        }
    }

    /** One problem: the spreadsheet row (1 is the header, 0 the whole file), the column's header, what is wrong. */
    public record ProblemDto(int row, String column, String code, String message) {

        static List<ProblemDto> of(List<RosterProblem> problems, Locale locale) {
            return problems.stream().map(p -> new ProblemDto(p.row(), p.column() == null ? null : p.column().header(locale),
                    p.messageKey(), p.text(locale))).toList();
        }
    }
}
