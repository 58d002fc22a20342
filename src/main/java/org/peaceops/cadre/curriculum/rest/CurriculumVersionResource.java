package org.peaceops.cadre.curriculum.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.curriculum.AlignmentCalculator;
import org.peaceops.cadre.curriculum.Coverage;
import org.peaceops.cadre.curriculum.CurriculumDraftService;
import org.peaceops.cadre.curriculum.CurriculumNode;
import org.peaceops.cadre.curriculum.CurriculumReports;
import org.peaceops.cadre.curriculum.CurriculumService;
import org.peaceops.cadre.curriculum.DeliveryMethod;
import org.peaceops.cadre.curriculum.MappingStrength;
import org.peaceops.cadre.curriculum.NodeDetails;
import org.peaceops.cadre.curriculum.NodeKind;
import org.peaceops.cadre.curriculum.NodeMapping;
import org.peaceops.cadre.curriculum.report.AlignmentCsv;
import org.peaceops.cadre.curriculum.report.AlignmentPdf;
import org.peaceops.cadre.curriculum.report.AlignmentReport;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.rest.CallerLanguage;

/** A curriculum's versions: the list, each version's tree with mappings, and the alignment report. */
@Path("curricula/{id}/versions")
@Tag(name = "Curricula")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CurriculumVersionResource {

    @Inject
    Clock clock;

    @Inject
    CurriculumDraftService contents;

    @Inject
    CurriculumReports reports;

    @Inject
    CurriculumService curricula;

    @GET
    @Operation(operationId = "listVersions", summary = "The curriculum's versions, newest first")
    public List<CurriculumResource.VersionDto> versions(@PathParam("id") long id) {
        return curricula.versions(id).stream().map(CurriculumResource.VersionDto::of).toList();
    }

    @GET
    @Path("{number}/nodes")
    @Operation(operationId = "listVersionNodes",
            summary = "A version's nodes in tree order, each with its mappings onto ITS items")
    public List<NodeDto> nodes(@PathParam("id") long id, @PathParam("number") int number) {
        Map<Long, List<MappingDto>> mappings = contents.mappings(id, number).stream().collect(
                Collectors.groupingBy(m -> m.getNode().getId(), Collectors.mapping(MappingDto::of, Collectors.toList())));
        return contents.tree(id, number).stream()
                .map(n -> NodeDto.of(n, mappings.getOrDefault(n.getId(), List.of()))).toList();
    }

    @GET
    @Path("{number}/alignment")
    @Operation(operationId = "getAlignment",
            summary = "How far the version covers an ITS edition: per item, totals, gaps and the centre's additions")
    public AlignmentDto alignment(@PathParam("id") long id, @PathParam("number") int number,
                                  @QueryParam("edition") Long edition) {
        if (edition == null) {
            throw new InvalidInputException("edition", "error.alignment.edition");
        }
        return AlignmentDto.of(reports.alignment(id, number, edition));
    }

    @GET
    @Path("{number}/alignment.csv")
    @Produces("text/csv")
    @Operation(operationId = "getAlignmentCsv",
            summary = "The alignment report as CSV (UTF-8), in the language the client accepts")
    public Response alignmentCsv(@PathParam("id") long id, @PathParam("number") int number,
                                 @QueryParam("edition") Long edition, @Context HttpHeaders headers) {
        AlignmentReport report = report(id, number, edition);
        Locale locale = locale(headers);
        StreamingOutput body = out -> AlignmentCsv.write(report, locale, out);
        return download(body, "text/csv; charset=UTF-8", report, "csv");
    }

    @GET
    @Path("{number}/alignment.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getAlignmentPdf",
            summary = "The alignment report as PDF, to attach to a request for UN course recognition")
    public Response alignmentPdf(@PathParam("id") long id, @PathParam("number") int number,
                                 @QueryParam("edition") Long edition, @Context HttpHeaders headers) {
        AlignmentReport report = report(id, number, edition);
        Locale locale = locale(headers);
        StreamingOutput body = out -> AlignmentPdf.write(report, locale, out);
        return download(body, "application/pdf", report, "pdf");
    }

    private AlignmentReport report(long id, int number, Long edition) {
        if (edition == null) {
            throw new InvalidInputException("edition", "error.alignment.edition");
        }
        return AlignmentReport.of(reports.alignment(id, number, edition), clock.instant());
    }

    private static Response download(StreamingOutput body, String type, AlignmentReport report, String extension) {
        String name = "alignment-v" + report.versionNumber() + "-" + report.editionCode() + "." + extension;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static Locale locale(HttpHeaders headers) {
        return CallerLanguage.of(headers);
    }

    public record NodeDto(Long id, Long parentId, NodeKind kind, String code, String title, Integer minutes,
                          DeliveryMethod deliveryMethod, Integer position, String key, List<MappingDto> mappings) {
        static NodeDto of(CurriculumNode n, List<MappingDto> mappings) {
            return new NodeDto(n.getId(), n.getParentId(), n.getKind(), n.getCode(), n.getTitle(), n.getMinutes(),
                    n.getDeliveryMethod(), n.getPosition(), n.getNodeKey(), mappings);
        }

        NodeDetails details() {
            return new NodeDetails(code, title, minutes, deliveryMethod);
        }
    }

    @Schema(name = "NodeMoveDto")
    public record MoveDto(Long parentId, Integer position) {
    }

    public record MappingDto(long itemId, String itemCode, String itemTitle, String editionCode,
                             MappingStrength strength) {
        static MappingDto of(NodeMapping m) {
            return new MappingDto(m.getItem().getId(), m.getItem().getCode(), m.getItem().getTitle(),
                    m.getItem().getEdition().getCode(), m.getStrength());
        }
    }

    public record ItemCoverageDto(long itemId, Long parentId, String code, String title, Coverage coverage,
                                  double recommendedMinutes, double plannedMinutes, boolean estimated) {
    }

    public record AlignmentDto(String curriculum, int version, String edition, double coveragePercent,
                               double recommendedHours, double plannedHours, int estimatedItems,
                               List<ItemCoverageDto> items, List<String> gaps, List<String> additions) {
        static AlignmentDto of(CurriculumReports.Alignment a) {
            AlignmentCalculator.Result r = a.result();
            return new AlignmentDto(a.curriculum().getTitle(), a.version().getNumber(), a.edition().getCode(),
                    Math.round(r.coveragePercent() * 10) / 10.0, r.recommendedMinutes() / 60, r.plannedMinutes() / 60,
                    r.estimatedItems(),
                    r.items().stream().map(i -> new ItemCoverageDto(i.item().id(), i.item().parentId(),
                            i.item().code(), i.item().title(), i.coverage(), i.recommendedMinutes(),
                            i.plannedMinutes(), i.estimated())).toList(),
                    r.gaps().stream().map(AlignmentCalculator.Item::code).toList(),
                    r.additions().stream().map(n -> n.code() == null ? n.title() : n.code()).toList());
        }
    }
}
