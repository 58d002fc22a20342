package org.peaceops.cadre.course.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.course.Offering;
import org.peaceops.cadre.course.TimetableService;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.web.FormErrors;

/**
 * The "copy offering" dialog of the offering page: asks the new first day,
 * copies the offering with its sessions shifted, and opens the copy. A
 * conflict keeps the dialog open and nothing is copied.
 */
@Named
@ViewScoped(saveInViewState = true)
public class OfferingCopyView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "copyForm";

    @Inject
    TimetableService timetables;

    private Long offeringId;
    private LocalDate startsOn;

    public void start(Long id) {
        offeringId = id;
        startsOn = null;
    }

    /** The new offering's page, or null (stay) when the copy was refused. */
    public String copy() {
        return FormErrors.attempt(FORM, () -> {
            if (startsOn == null) {
                throw new InvalidInputException("startsOn", "courseApi.startsOnRequired");
            }
            Offering copy = timetables.copy(offeringId, startsOn);
            return "/app/offering/view?faces-redirect=true&id=" + copy.getId();
        }, null);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }
}
