package org.peaceops.cadre.course.web;

import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as the reader's language writes them. The values are
 * already in the centre's local time: nothing is converted here.
 */
final class LocalFormats {

    private LocalFormats() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    static String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(time);
    }

    static String dateTime(LocalDateTime at) {
        return at == null ? "" : date(at.toLocalDate()) + " " + time(at.toLocalTime());
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String languageName(String code) {
        return code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(locale());
    }
}
