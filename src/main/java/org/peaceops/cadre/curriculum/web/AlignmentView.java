package org.peaceops.cadre.curriculum.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Item;
import org.peaceops.cadre.curriculum.AlignmentCalculator.ItemResult;
import org.peaceops.cadre.curriculum.AlignmentCalculator.Result;
import org.peaceops.cadre.curriculum.Coverage;
import org.peaceops.cadre.curriculum.CurriculumReports.Alignment;
import org.peaceops.cadre.curriculum.CurriculumReports;
import org.peaceops.cadre.curriculum.FrameworkService;
import org.peaceops.cadre.curriculum.report.AlignmentCsv;
import org.peaceops.cadre.curriculum.report.AlignmentPdf;
import org.peaceops.cadre.curriculum.report.AlignmentReport;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.web.FormErrors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** How far one curriculum version covers an ITS edition: figures, a chart, every item, gaps and additions. */
@Named
@ViewScoped(saveInViewState = true)
public class AlignmentView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<Coverage, String> COLOURS = Map.of(
            Coverage.FULL, "#2e7d32", Coverage.PARTIAL, "#f9a825", Coverage.NONE, "#c62828");

    @Inject
    Clock clock;

    @Inject
    CurriculumReports reports;

    @Inject
    FrameworkService frameworks;

    /** Not kept with the view (the container's factory is not serializable); looked up again after a reload. */
    private Long id;
    private Integer version;
    private Long editionId;
    private LinkedHashMap<String, Long> editions;
    /** Recalculated after the view is restored from a serialized session: it holds entities. */
    private transient Alignment alignment;
    private boolean failed;
    private Map<Long, Integer> depths = Map.of();
    private Set<Long> parents = Set.of();

    /**
     * On opening, with the usual edition. A curriculum or version that does not
     * exist, or is another centre's, is not a message on an empty page: it ends
     * on the "not found" page (see CadreExceptionHandler).
     */
    public void load() {
        if (id == null || version == null) {
            throw new RecordNotFoundException("Curriculum", id);
        }
        editions = EditionChoices.all(frameworks);
        editionId = EditionChoices.usual(editions);
        if (editionId != null) {
            read();
        }
    }

    /** Another edition chosen: a refusal shows on the page. */
    public void calculate() {
        alignment = null;
        failed = false;
        if (editionId == null) {
            return;
        }
        failed = !FormErrors.attempt("alignmentForm", this::read);
    }

    private void read() {
        alignment = reports.alignment(id, version, editionId);
        Map<Long, Integer> depth = new HashMap<>();
        Set<Long> withChildren = new HashSet<>();
        for (ItemResult row : alignment.result().items()) {
            Long parent = row.item().parentId();
            depth.put(row.item().id(), parent == null ? 0 : depth.getOrDefault(parent, 0) + 1);
            if (parent != null) {
                withChildren.add(parent);
            }
        }
        depths = depth;
        parents = withChildren;
    }

    public Result getResult() {
        Alignment current = getAlignment();
        return current == null ? null : current.result();
    }

    public Alignment getAlignment() {
        if (alignment == null && !failed && editionId != null) {
            calculate();
        }
        return alignment;
    }

    /** Indentation class for the item's depth in the ITS tree (capped: deeper levels look alike). */
    public String indent(ItemResult row) {
        return "cadre-depth-" + Math.min(depths.getOrDefault(row.item().id(), 0), 4);
    }

    public String severity(Coverage coverage) {
        return switch (coverage) {
            case FULL -> "success";
            case PARTIAL -> "warning";
            case NONE -> "danger";
        };
    }

    public String percent() {
        return String.format(locale(), "%.1f", getResult().coveragePercent());
    }

    public String hours(double minutes) {
        return String.format(locale(), "%.1f", minutes / 60);
    }

    /** A Chart.js doughnut of the leaf items' weighted minutes by coverage, as p:chart's JSON value. */
    public String getChart() {
        Map<Coverage, Long> minutes = minutesByCoverage();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (Coverage coverage : Coverage.values()) {
            labels.add(Messages.format(locale(), "coverage." + coverage.name()));
            data.add(minutes.get(coverage));
            colours.add(COLOURS.get(coverage));
        }
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets",
                        Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Messages.format(locale(), "curriculum.alignment.chartLabel"))
                                .add("data", data).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    /** The chart in words, for those who cannot see it (the canvas's accessible name). */
    public String getChartSummary() {
        Map<Coverage, Long> minutes = minutesByCoverage();
        return Messages.format(locale(), "curriculum.alignment.chartSummary",
                minutes.get(Coverage.FULL), minutes.get(Coverage.PARTIAL), minutes.get(Coverage.NONE));
    }

    private Map<Coverage, Long> minutesByCoverage() {
        Map<Coverage, Double> minutes = new EnumMap<>(Coverage.class);
        getResult().items().stream().filter(row -> !parents.contains(row.item().id()))
                .forEach(row -> minutes.merge(row.coverage(), row.recommendedMinutes(), Double::sum));
        Map<Coverage, Long> rounded = new EnumMap<>(Coverage.class);
        for (Coverage coverage : Coverage.values()) {
            rounded.put(coverage, Math.round(minutes.getOrDefault(coverage, 0.0)));
        }
        return rounded;
    }

    /**
     * The gaps as rows of the items table: an item the edition gives no duration
     * shows the minutes it was counted for, marked as estimated, not a blank.
     */
    public List<ItemResult> getGaps() {
        Set<Long> gaps = getResult().gaps().stream().map(Item::id).collect(Collectors.toSet());
        return getResult().items().stream().filter(row -> gaps.contains(row.item().id())).toList();
    }

    public StreamedContent getCsv() {
        return download("text/csv;charset=UTF-8", "csv", false);
    }

    public StreamedContent getPdf() {
        return download("application/pdf", "pdf", true);
    }

    private StreamedContent download(String contentType, String extension, boolean pdf) {
        Alignment current = getAlignment();
        AlignmentReport report = new AlignmentReport(current.curriculum().getCentre().getName(),
                current.curriculum().getTitle(), current.version().getNumber(), current.version().getStatus().name(),
                current.edition().getCode(), current.edition().getTitle(), clock.instant(), current.result());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (pdf) {
                AlignmentPdf.write(report, locale(), out);
            } else {
                AlignmentCsv.write(report, locale(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "alignment-" + id + "-v" + version + "-" + current.edition().getCode() + "." + extension;
        return DefaultStreamedContent.builder().name(name).contentType(contentType)
                .stream(() -> new ByteArrayInputStream(out.toByteArray())).build();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Map<String, Long> getEditions() {
        return editions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

}
