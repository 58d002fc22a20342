package org.peaceops.cadre.platform.web;

import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * Dates and times as the reader's language writes them: the patterns of the
 * message bundle (format.date, format.time), the same the date pickers take,
 * so that a date is shown as it is typed. The values are already in the
 * centre's local time: nothing is converted here.
 */
public final class LocalFormats {

    private LocalFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : pattern("format.date").format(date);
    }

    public static String time(LocalTime time) {
        return time == null ? "" : pattern("format.time").format(time);
    }

    private static DateTimeFormatter pattern(String key) {
        Locale locale = locale();
        return DateTimeFormatter.ofPattern(Messages.format(locale, key), locale);
    }

    public static String dateTime(LocalDateTime at) {
        return at == null ? "" : date(at.toLocalDate()) + " " + time(at.toLocalTime());
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public static String languageName(String code) {
        return code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(locale());
    }
}
