package org.peaceops.cadre.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.primefaces.component.schedule.Schedule;
import org.primefaces.model.DefaultScheduleModel;

/**
 * PrimeFaces' calendar, answering a request for the events of a range it
 * cannot read with no events. The widget always sends two ISO date-times, but
 * a mangled or forged request can carry anything, and PrimeFaces' renderer
 * then fails while writing the page (a 500), too late for a message.
 */
public class ScheduleRenderer extends org.primefaces.component.schedule.ScheduleRenderer {

    @Override
    protected void encodeEvents(FacesContext faces, Schedule schedule) throws IOException {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String id = schedule.getClientId(faces);
        if (readable(parameters.get(id + "_start")) && readable(parameters.get(id + "_end"))) {
            super.encodeEvents(faces, schedule);
        } else {
            encodeEventsAsJSON(faces, schedule, new DefaultScheduleModel());
        }
    }

    private static boolean readable(String dateTime) {
        try {
            return dateTime != null && ZonedDateTime.parse(dateTime) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
