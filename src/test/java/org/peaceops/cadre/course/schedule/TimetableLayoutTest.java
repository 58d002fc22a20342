package org.peaceops.cadre.course.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.centre.WorkingDay;
import org.peaceops.cadre.course.schedule.TimetableLayout.Lesson;
import org.peaceops.cadre.course.schedule.TimetableLayout.Placed;
import org.peaceops.cadre.course.schedule.TimetableLayout.Result;

class TimetableLayoutTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    static final LocalDate FRIDAY = MONDAY.plusDays(4);
    static final WorkingDay DAY = WorkingDay.DEFAULT;

    static Lesson lesson(long id, int minutes) {
        return new Lesson(id, "Lesson " + id, minutes);
    }

    static LocalDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time));
    }

    static String times(Placed placed) {
        return placed.start().toLocalDate().getDayOfWeek().toString().substring(0, 3) + " "
                + placed.start().toLocalTime() + "-" + placed.end().toLocalTime();
    }

    static List<String> times(Result result) {
        return result.sessions().stream().map(TimetableLayoutTest::times).toList();
    }

    @Test
    void lessonsFollowEachOtherInCurriculumOrderForTheirPlannedMinutes() {
        Result result = TimetableLayout.layOut(List.of(lesson(1, 45), lesson(2, 60), lesson(3, 30)),
                MONDAY, FRIDAY, DAY);

        assertTrue(result.fits());
        assertEquals(List.of("MON 08:00-08:45", "MON 08:45-09:45", "MON 09:45-10:15"), times(result));
        assertEquals(List.of(1L, 2L, 3L), result.sessions().stream().map(Placed::lessonId).toList());
        assertEquals("Lesson 2", result.sessions().get(1).title());
    }

    @Test
    void aLessonThatWouldRunIntoABreakStartsAfterIt() {
        Result result = TimetableLayout.layOut(List.of(lesson(1, 120), lesson(2, 60), lesson(3, 90)),
                MONDAY, FRIDAY, DAY);

        // 10:00 + 60 would cross the 10:30 tea break; 12:45 + 90 the lunch break.
        assertEquals(List.of("MON 08:00-10:00", "MON 10:45-11:45", "MON 13:30-15:00"), times(result));
    }

    @Test
    void aLessonLongerThanWhatIsLeftOfTheDayMovesWholeToTheNextDay() {
        Result result = TimetableLayout.layOut(List.of(lesson(1, 150), lesson(2, 105), lesson(3, 180),
                lesson(4, 60)), MONDAY, FRIDAY, DAY);

        assertEquals(List.of("MON 08:00-10:30", "MON 10:45-12:30", "MON 13:30-16:30", "TUE 08:00-09:00"),
                times(result));
    }

    @Test
    void aLessonLongerThanAnyStretchOfTheDayContinuesAfterBreaksAndIntoTheNextDay() {
        Result result = TimetableLayout.layOut(List.of(lesson(1, 60), lesson(2, 600), lesson(3, 30)),
                MONDAY, FRIDAY, DAY);

        assertEquals(List.of("MON 08:00-09:00", "MON 09:00-10:30", "MON 10:45-12:30", "MON 13:30-17:00",
                "TUE 08:00-10:30", "TUE 10:45-11:30", "TUE 11:30-12:00"), times(result));
        assertEquals(List.of(1L, 2L, 2L, 2L, 2L, 2L, 3L), result.sessions().stream().map(Placed::lessonId).toList());
        assertEquals(600, result.sessions().stream().filter(p -> p.lessonId() == 2L)
                .mapToLong(p -> java.time.Duration.between(p.start(), p.end()).toMinutes()).sum());
    }

    @Test
    void theCentresWorkingHoursAndBreaksAreKept() {
        WorkingDay shortDay = new WorkingDay(LocalTime.of(9, 0), LocalTime.of(13, 0),
                List.of(new WorkingDay.Break(LocalTime.of(11, 0), LocalTime.of(11, 30))));
        Result result = TimetableLayout.layOut(List.of(lesson(1, 90), lesson(2, 90), lesson(3, 90)),
                MONDAY, FRIDAY, shortDay);

        assertEquals(List.of("MON 09:00-10:30", "MON 11:30-13:00", "TUE 09:00-10:30"), times(result));
    }

    @Test
    void aDayWithoutBreaksIsOneStretch() {
        WorkingDay noBreaks = new WorkingDay(LocalTime.of(8, 0), LocalTime.of(12, 0), List.of());
        Result result = TimetableLayout.layOut(List.of(lesson(1, 120), lesson(2, 120), lesson(3, 1)),
                MONDAY, MONDAY.plusDays(1), noBreaks);

        assertEquals(List.of("MON 08:00-10:00", "MON 10:00-12:00", "TUE 08:00-08:01"), times(result));
    }

    @Test
    void weekendsAreSkippedWhenTheOfferingRunsFromWeekdayToWeekday() {
        LocalDate thursday = MONDAY.plusDays(3);
        Result result = TimetableLayout.layOut(List.of(lesson(1, 465), lesson(2, 465), lesson(3, 60)),
                thursday, thursday.plusDays(4), DAY);

        assertEquals(LocalDate.of(2027, 3, 4), result.sessions().get(0).start().toLocalDate());
        assertEquals(MONDAY.plusWeeks(1), result.sessions().get(result.sessions().size() - 1).start().toLocalDate());
        assertFalse(result.sessions().stream().anyMatch(p -> p.start().getDayOfWeek().getValue() >= 6));
    }

    @Test
    void weekendsAreTaughtWhenTheOfferingStartsOrEndsOnOne() {
        LocalDate saturday = MONDAY.plusDays(5);
        // Each lesson fills one whole default day (465 minutes), in three parts around the breaks.
        Result result = TimetableLayout.layOut(List.of(lesson(1, 465), lesson(2, 465)), saturday,
                saturday.plusDays(1), DAY);

        assertTrue(result.fits());
        assertEquals(List.of(saturday, saturday.plusDays(1)), result.sessions().stream()
                .map(p -> p.start().toLocalDate()).distinct().toList());
        assertEquals(List.of(MONDAY.minusDays(2), MONDAY.minusDays(1)),
                TimetableLayout.teachingDays(MONDAY.minusDays(3), MONDAY.minusDays(1)).subList(1, 3));
    }

    @Test
    void notEnoughDaysLaysOutNothingAndSaysHowManyLessonsDoNotFit() {
        // A 180-minute lesson fits whole only in the 13:30-17:00 stretch: one a day, so two fit, three do not.
        Result result = TimetableLayout.layOut(Collections.nCopies(5, lesson(1, 180)), MONDAY,
                MONDAY.plusDays(1), DAY);

        assertFalse(result.fits());
        assertEquals(3, result.unplacedLessons());
        assertEquals(List.of(), result.sessions());
    }

    @Test
    void aLongLessonCutShortByTheLastDayDoesNotFit() {
        Result result = TimetableLayout.layOut(List.of(lesson(1, 60), lesson(2, 900)), MONDAY, MONDAY, DAY);

        assertEquals(1, result.unplacedLessons());
        assertTrue(result.sessions().isEmpty());
    }

    @Test
    void noTeachingDaysMeansNoLessonFits() {
        LocalDate saturday = MONDAY.plusDays(5);
        assertEquals(List.of(saturday), TimetableLayout.teachingDays(saturday, saturday));
        LocalDate tuesday = MONDAY.plusDays(1);
        assertEquals(2, TimetableLayout.layOut(List.of(lesson(1, 30), lesson(2, 30)), tuesday, MONDAY, DAY)
                .unplacedLessons());
    }

    @Test
    void noLessonsIsAnEmptyLayout() {
        Result result = TimetableLayout.layOut(List.of(), MONDAY, FRIDAY, DAY);

        assertTrue(result.fits());
        assertTrue(result.sessions().isEmpty());
    }

    @Test
    void theDefaultDayTeachesSevenHoursAndAQuarterInThreeStretches() {
        assertEquals(465, DAY.teachingMinutes());
        assertEquals(3, TimetableLayout.blocks(DAY).size());
        assertEquals(at(MONDAY, "08:00"), TimetableLayout.layOut(List.of(lesson(1, 1)), MONDAY, MONDAY, DAY)
                .sessions().get(0).start());
    }
}
