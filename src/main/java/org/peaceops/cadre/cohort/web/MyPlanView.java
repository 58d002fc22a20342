package org.peaceops.cadre.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.peaceops.cadre.cohort.ElementStatus;
import org.peaceops.cadre.cohort.ProgressService;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.LocalFormats;

/**
 * The top of a trainee's own page: each cohort they deploy with, the days
 * left, and their plan's standing. Read once per request and shown, never
 * changed on the page, so nothing of it travels in the page state.
 */
@Named
@RequestScoped
public class MyPlanView {

    @Inject
    ProgressService progress;

    @Inject
    CurrentUser currentUser;

    private List<ProgressService.CohortProgress> cohorts = List.of();

    @PostConstruct
    void load() {
        if (currentUser.caller().roles().contains(Role.TRAINEE)) {
            cohorts = progress.mine();
        }
    }

    public List<ProgressService.CohortProgress> getCohorts() {
        return cohorts;
    }

    public String date(LocalDate date) {
        return date == null ? "" : LocalFormats.date(date);
    }

    /** The colour of a standing: done green, on its way blue, at risk amber, nothing red. */
    public String severity(ProgressService.ElementProgress element) {
        ElementStatus status = element.standing().status();
        if (status == ElementStatus.DONE) {
            return "success";
        }
        if (element.standing().onTrack()) {
            return "info";
        }
        return status == ElementStatus.MISSING || status == ElementStatus.FAILED ? "danger" : "warning";
    }
}
