package org.peaceops.cadre.cohort.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.cohort.CohortService;
import org.peaceops.cadre.cohort.RosterService;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.LocalFormats;
import org.peaceops.cadre.platform.web.PageAccess;

/**
 * One cohort's page: its header and strength. The roster
 * ({@link CohortRoster}), the plan ({@link CohortPlan}), the roster import
 * and the cohort's enrolment are their own beans; each reads what it shows
 * again after a change anywhere on the page ({@link #revision()}). Another
 * centre's cohort answers "not found", as the service does.
 */
@Named
@ViewScoped(saveInViewState = true)
public class CohortView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE_FORM = "cohortPage";

    @Inject
    CohortService cohorts;

    @Inject
    RosterService rosters;

    private Long id;
    private CohortHeader header;
    private int revision;

    /** On opening: staff only; a missing or unknown cohort, or one of another centre, ends on the 404 page. */
    public void load() throws IOException {
        PageAccess.require(Role.CENTRE_STAFF);
        if (FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        if (id == null) {
            throw new RecordNotFoundException(CohortService.RECORD, null);
        }
        reload();
    }

    /** Reads the cohort and its strength again, and tells the page's parts to read theirs again. */
    void reload() {
        header = CohortHeader.of(cohorts.get(id), rosters.strength(id));
        revision++;
    }

    int revision() {
        return revision;
    }

    public String date(LocalDate date) {
        return LocalFormats.date(date);
    }

    public String languageName(String code) {
        return LocalFormats.languageName(code);
    }

    public CohortRole[] getRoles() {
        return CohortRole.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CohortHeader getHeader() {
        return header;
    }
}
