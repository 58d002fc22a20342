package org.peaceops.cadre.cohort.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.cohort.Readiness;
import org.peaceops.cadre.cohort.ReadinessService;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.LocalFormats;
import org.peaceops.cadre.platform.web.PageAccess;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;

/**
 * A cohort's readiness page: the shares trained and on track, a bar per
 * course of the plan, the breakdown by role and gender, and the people at
 * risk with their reason, 20 a page. Only the cohort's id travels in the
 * page state; the figures are read again with every request, so they are
 * never stale.
 */
@Named
@ViewScoped(saveInViewState = true)
public class CohortReadinessView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadinessService readiness;

    private Long id;
    private transient ReadinessService.CohortReadiness computed;
    private final ServiceLazyDataModel<ReadinessService.NamedRisk> risks = new ServiceLazyDataModel<>(
            request -> readiness.risks(computed(), request.offset(), request.limit()),
            risk -> risk.person().getId() + ":" + risk.course().getId());

    /** On opening: staff only; a missing cohort or another centre's ends on the 404 page. */
    public void load() throws IOException {
        PageAccess.require(Role.CENTRE_STAFF);
        if (FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        if (id == null) {
            throw new RecordNotFoundException("Cohort", null);
        }
        computed();
    }

    public ReadinessService.CohortReadiness computed() {
        if (computed == null) {
            computed = readiness.of(id);
        }
        return computed;
    }

    public Readiness getReadiness() {
        return computed().readiness();
    }

    public String courseLabel(long courseId) {
        var course = computed().courses().get(courseId);
        return course.getCode() + " · " + course.getTitle();
    }

    /** How many of the cohort's people are short on the course once the free seats are shared out. */
    public int shortOn(long courseId) {
        return computed().outlook().shortfalls().stream().filter(e -> e.courseId() == courseId)
                .mapToInt(e -> e.peopleShort()).sum();
    }

    /** "12 people cannot get a seat in time on 2 courses." in the page's language. */
    public String getShortSummary() {
        var outlook = computed().outlook();
        return Messages.format(LocalFormats.locale(), "forecast.short.detail", outlook.peopleShort(),
                outlook.shortfalls().size());
    }

    /** Where the readiness workbook is downloaded: the API, with the page's session. */
    public String getWorkbook() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/cohorts/" + id
                + "/readiness/workbook";
    }

    public String date(java.time.LocalDate date) {
        return LocalFormats.date(date);
    }

    /**
     * The plan as a stacked bar chart (Chart.js, drawn by p:chart): per
     * course, the people done, on their way in time, and not on track.
     */
    public String getChart() {
        Locale locale = LocalFormats.locale();
        List<Readiness.Element> elements = getReadiness().elements();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        elements.forEach(e -> labels.add(computed().courses().get(e.courseId()).getCode()));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(locale, "readiness.done", "#2e7d32", elements, Readiness.Element::done))
                                .add(dataset(locale, "readiness.onTheirWay", "#0277bd", elements,
                                        e -> e.onTrack() - e.done()))
                                .add(dataset(locale, "readiness.notOnTrack", "#c62828", elements,
                                        Readiness.Element::needingSeat))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(Locale locale, String labelKey, String colour,
                                                          List<Readiness.Element> elements,
                                                          ToIntFunction<Readiness.Element> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        elements.forEach(e -> data.add(value.applyAsInt(e)));
        return Json.createObjectBuilder().add("label", Messages.format(locale, labelKey))
                .add("backgroundColor", colour).add("maxBarThickness", 40).add("data", data);
    }

    public ServiceLazyDataModel<ReadinessService.NamedRisk> getRisks() {
        return risks;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
