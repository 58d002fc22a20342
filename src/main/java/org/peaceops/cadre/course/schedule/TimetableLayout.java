package org.peaceops.cadre.course.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peaceops.cadre.centre.WorkingDay;

/**
 * Lays a curriculum's lessons out over an offering's days: in lesson order,
 * each for its planned minutes, within the centre's working hours and around
 * its breaks. Pure: no database, no clock; times are the centre's wall-clock
 * times, placed in its time zone when the sessions are saved.
 *
 * <p>The rules, as a training centre plans by hand:
 * <ul>
 * <li>A working day is cut by its breaks into blocks (08:00–10:30, 10:45–12:30,
 * 13:30–17:00 by default). A lesson that fits in a block is never cut: if it
 * would run into a break or past the end of the day, it starts after that
 * break, or on the next day, and the time left before stays free.</li>
 * <li>A lesson longer than every block of the day (a long exercise) cannot
 * stay whole: it starts where the previous lesson ended and continues after
 * each break and on the next day until its minutes are used, one session per
 * part, each linked to the lesson.</li>
 * <li>Saturdays and Sundays are skipped, unless the offering itself starts or
 * ends on one: a centre that plans an offering over a weekend teaches then.</li>
 * <li>When the days run out, nothing is laid out: the answer says how many
 * lessons did not fit.</li>
 * </ul>
 */
public final class TimetableLayout {

    private TimetableLayout() {
    }

    /** A lesson to lay out: its id (null for a titled block), its title and its planned minutes. */
    public record Lesson(Long lessonId, String title, int minutes) {

        public Lesson {
            Objects.requireNonNull(title);
            if (minutes <= 0) {
                throw new IllegalArgumentException("minutes must be positive: " + title);
            }
        }
    }

    /** One proposed session, in the centre's local time. */
    public record Placed(Long lessonId, String title, LocalDateTime start, LocalDateTime end) {
    }

    /**
     * The layout: every session in time order, or none and the number of
     * lessons that did not fit before the offering's last day ended.
     */
    public record Result(List<Placed> sessions, int unplacedLessons) {

        public Result {
            sessions = List.copyOf(sessions);
        }

        public boolean fits() {
            return unplacedLessons == 0;
        }
    }

    public static Result layOut(List<Lesson> lessons, LocalDate firstDay, LocalDate lastDay, WorkingDay day) {
        Objects.requireNonNull(firstDay);
        Objects.requireNonNull(lastDay);
        Objects.requireNonNull(day);
        List<LocalDate> days = teachingDays(firstDay, lastDay);
        List<Block> blocks = blocks(day);
        long longest = blocks.stream().mapToLong(Block::minutes).max().orElse(0);
        Cursor cursor = new Cursor(days, blocks);
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            boolean ok = lesson.minutes() <= longest ? cursor.placeWhole(lesson, placed)
                    : cursor.placeInParts(lesson, placed);
            if (!ok) {
                return new Result(List.of(), lessons.size() - i);
            }
        }
        return new Result(placed, 0);
    }

    /** The offering's days that are taught: weekends only when the offering starts or ends on one. */
    static List<LocalDate> teachingDays(LocalDate firstDay, LocalDate lastDay) {
        boolean weekendsTaught = isWeekend(firstDay) || isWeekend(lastDay);
        return firstDay.datesUntil(lastDay.plusDays(1)).filter(d -> weekendsTaught || !isWeekend(d)).toList();
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The stretches of teaching time between the day's start, its breaks and its end. */
    static List<Block> blocks(WorkingDay day) {
        List<Block> blocks = new ArrayList<>();
        LocalTime from = day.start();
        for (WorkingDay.Break pause : day.breaks()) {
            if (pause.start().isAfter(from)) {
                blocks.add(new Block(from, pause.start()));
            }
            from = pause.end();
        }
        if (day.end().isAfter(from)) {
            blocks.add(new Block(from, day.end()));
        }
        return blocks;
    }

    record Block(LocalTime start, LocalTime end) {

        long minutes() {
            return Duration.between(start, end).toMinutes();
        }
    }

    /** Where the next lesson may start: a teaching day, a block of it and a time within the block. */
    private static final class Cursor {

        private final List<LocalDate> days;
        private final List<Block> blocks;
        private int dayIndex;
        private int blockIndex;
        private LocalTime at;

        Cursor(List<LocalDate> days, List<Block> blocks) {
            this.days = days;
            this.blocks = blocks;
            this.at = blocks.isEmpty() ? null : blocks.get(0).start();
        }

        boolean placeWhole(Lesson lesson, List<Placed> placed) {
            while (!exhausted()) {
                if (minutesLeftInBlock() >= lesson.minutes()) {
                    LocalDate date = days.get(dayIndex);
                    LocalTime end = at.plusMinutes(lesson.minutes());
                    placed.add(new Placed(lesson.lessonId(), lesson.title(), date.atTime(at), date.atTime(end)));
                    at = end;
                    return true;
                }
                nextBlock();
            }
            return false;
        }

        boolean placeInParts(Lesson lesson, List<Placed> placed) {
            int before = placed.size();
            long left = lesson.minutes();
            while (left > 0 && !exhausted()) {
                long part = Math.min(left, minutesLeftInBlock());
                if (part > 0) {
                    LocalDate date = days.get(dayIndex);
                    LocalTime end = at.plusMinutes(part);
                    placed.add(new Placed(lesson.lessonId(), lesson.title(), date.atTime(at), date.atTime(end)));
                    at = end;
                    left -= part;
                }
                if (left > 0) {
                    nextBlock();
                }
            }
            if (left > 0) {
                placed.subList(before, placed.size()).clear();
                return false;
            }
            return true;
        }

        private boolean exhausted() {
            return dayIndex >= days.size() || blocks.isEmpty();
        }

        private long minutesLeftInBlock() {
            return Duration.between(at, blocks.get(blockIndex).end()).toMinutes();
        }

        private void nextBlock() {
            blockIndex++;
            if (blockIndex == blocks.size()) {
                blockIndex = 0;
                dayIndex++;
            }
            at = blocks.get(blockIndex).start();
        }
    }
}
