package org.peaceops.cadre.centre.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.centre.CentreService;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.centre.WorkingDay;
import org.peaceops.cadre.platform.web.FormErrors;

/**
 * The working-day dialog of the rooms page: staff set the hours and breaks
 * in which their centre's timetables are laid out from a curriculum.
 */
@Named
@ViewScoped(saveInViewState = true)
public class WorkingDayView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "workingDayForm";

    @Inject
    CentreService centres;

    private Long centreId;
    private long version;
    private LocalTime dayStarts;
    private LocalTime dayEnds;
    private String breaks;

    public void start() {
        TrainingCentre centre = centres.own();
        WorkingDay day = centre.workingDay();
        centreId = centre.getId();
        version = centre.getVersion();
        dayStarts = day.start();
        dayEnds = day.end();
        breaks = day.breaksText();
    }

    public void save() {
        FormErrors.attempt(FORM, () -> {
            TrainingCentre saved = centres.changeWorkingDay(centreId, version,
                    new WorkingDay(dayStarts, dayEnds, WorkingDay.parseBreaks(breaks)));
            version = saved.getVersion();
            FormErrors.info("workingDay.saved");
        });
    }

    public LocalTime getDayStarts() {
        return dayStarts;
    }

    public void setDayStarts(LocalTime dayStarts) {
        this.dayStarts = dayStarts;
    }

    public LocalTime getDayEnds() {
        return dayEnds;
    }

    public void setDayEnds(LocalTime dayEnds) {
        this.dayEnds = dayEnds;
    }

    public String getBreaks() {
        return breaks;
    }

    public void setBreaks(String breaks) {
        this.breaks = breaks;
    }
}
