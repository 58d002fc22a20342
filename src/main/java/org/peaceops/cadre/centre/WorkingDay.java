package org.peaceops.cadre.centre;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.peaceops.cadre.platform.InvalidInputException;

/**
 * The hours a centre teaches on a working day and its breaks (tea, lunch), in
 * the centre's local time. Timetables laid out from a curriculum keep to them.
 * Always valid once built: the day ends after it starts, and every break lies
 * inside the day without overlapping another.
 */
public record WorkingDay(LocalTime start, LocalTime end, List<Break> breaks) implements Serializable {

    /** What a centre starts with until its staff change it. */
    public static final WorkingDay DEFAULT = new WorkingDay(LocalTime.of(8, 0), LocalTime.of(17, 0),
            List.of(new Break(LocalTime.of(10, 30), LocalTime.of(10, 45)),
                    new Break(LocalTime.of(12, 30), LocalTime.of(13, 30))));

    /** A pause in the working day, from {@code start} to {@code end}. */
    public record Break(LocalTime start, LocalTime end) implements Serializable {

        public Break {
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }

    public WorkingDay {
        if (start == null || end == null) {
            throw new InvalidInputException(start == null ? "dayStarts" : "dayEnds", "error.workingDay.hoursRequired");
        }
        if (!end.isAfter(start)) {
            throw new InvalidInputException("dayEnds", "error.workingDay.endBeforeStart");
        }
        List<Break> sorted = new ArrayList<>(breaks == null ? List.of() : breaks);
        sorted.sort(Comparator.comparing(Break::start));
        LocalTime previousEnd = start;
        for (Break pause : sorted) {
            if (!pause.end().isAfter(pause.start()) || pause.start().isBefore(previousEnd)
                    || pause.end().isAfter(end)) {
                throw new InvalidInputException("breaks", "error.workingDay.breakOutside", pause.toString());
            }
            previousEnd = pause.end();
        }
        breaks = List.copyOf(sorted);
    }

    /**
     * Reads breaks written as {@code 10:30-10:45, 12:30-13:30} (how the
     * database keeps them and staff type them); blank means no breaks.
     */
    public static List<Break> parseBreaks(String text) {
        List<Break> parsed = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return parsed;
        }
        for (String part : text.split("[,;]")) {
            String[] ends = part.strip().split("\\s*[-–]\\s*");
            try {
                if (ends.length != 2) {
                    throw new IllegalArgumentException(part);
                }
                parsed.add(new Break(LocalTime.parse(pad(ends[0])), LocalTime.parse(pad(ends[1]))));
            } catch (RuntimeException unreadable) {
                throw new InvalidInputException("breaks", "error.workingDay.breakUnreadable", part.strip());
            }
        }
        return parsed;
    }

    /** The breaks as {@link #parseBreaks} reads them. */
    public String breaksText() {
        return String.join(", ", breaks.stream().map(Break::toString).toList());
    }

    /** Minutes of teaching in a day: its hours less its breaks. */
    public long teachingMinutes() {
        long minutes = Duration.between(start, end).toMinutes();
        return minutes - breaks.stream().mapToLong(b -> Duration.between(b.start(), b.end()).toMinutes()).sum();
    }

    /** The same day with other hours or breaks where given (null keeps the centre's). */
    public WorkingDay overriddenBy(LocalTime otherStart, LocalTime otherEnd, List<Break> otherBreaks) {
        return new WorkingDay(otherStart == null ? start : otherStart, otherEnd == null ? end : otherEnd,
                otherBreaks == null ? breaks : otherBreaks);
    }

    /** "8:00" → "08:00", so that staff need not type the leading zero. */
    private static String pad(String time) {
        return time.indexOf(':') == 1 ? "0" + time : time;
    }
}
