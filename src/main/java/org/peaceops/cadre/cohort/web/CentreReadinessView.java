package org.peaceops.cadre.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.peaceops.cadre.cohort.ReadinessService;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.web.LocalFormats;

/**
 * The readiness of the centre's cohorts still to deploy, the riskiest
 * first, above the list of cohorts. Read once per request that draws it;
 * nothing of it travels in the page state.
 */
@Named
@RequestScoped
public class CentreReadinessView {

    @Inject
    ReadinessService readiness;

    private List<ReadinessService.CohortReadiness> cohorts;

    public List<ReadinessService.CohortReadiness> getCohorts() {
        if (cohorts == null) {
            cohorts = readiness.centre();
        }
        return cohorts;
    }

    /** "On track", or "12 short", in the page's language. */
    public String forecastLabel(ReadinessService.CohortReadiness cohort) {
        return cohort.forecastOnTrack() ? Messages.format(LocalFormats.locale(), "forecast.onTrack.short")
                : Messages.format(LocalFormats.locale(), "forecast.short.short", cohort.outlook().peopleShort());
    }

    public String date(LocalDate date) {
        return LocalFormats.date(date);
    }
}
