package org.peaceops.cadre.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.platform.InvalidInputException;

class WorkingDayTest {

    static final LocalTime EIGHT = LocalTime.of(8, 0);
    static final LocalTime FIVE_PM = LocalTime.of(17, 0);

    @Test
    void breaksAreReadAsStaffTypeThemAndWrittenBackTheSameWay() {
        List<WorkingDay.Break> breaks = WorkingDay.parseBreaks(" 12:30 - 13:30; 9:00–9:15 ");
        WorkingDay day = new WorkingDay(EIGHT, FIVE_PM, breaks);

        assertEquals("09:00-09:15, 12:30-13:30", day.breaksText());
        assertEquals(day.breaks(), WorkingDay.parseBreaks(day.breaksText()));
        assertEquals(List.of(), WorkingDay.parseBreaks("  "));
        assertEquals(465, day.teachingMinutes());
    }

    @Test
    void anUnreadableBreakNamesWhatWasTyped() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> WorkingDay.parseBreaks("10:30-10:45, lunch"));
        assertEquals("breaks", refused.field());
        assertEquals("error.workingDay.breakUnreadable", refused.messageKey());
    }

    @Test
    void theDayMustEndAfterItStarts() {
        assertEquals("dayEnds", assertThrows(InvalidInputException.class,
                () -> new WorkingDay(FIVE_PM, EIGHT, List.of())).field());
        assertEquals("dayStarts", assertThrows(InvalidInputException.class,
                () -> new WorkingDay(null, EIGHT, List.of())).field());
    }

    @Test
    void breaksMustLieInsideTheDayWithoutOverlapping() {
        assertEquals("breaks", assertThrows(InvalidInputException.class, () -> new WorkingDay(EIGHT, FIVE_PM,
                WorkingDay.parseBreaks("07:30-08:15"))).field());
        assertEquals("breaks", assertThrows(InvalidInputException.class, () -> new WorkingDay(EIGHT, FIVE_PM,
                WorkingDay.parseBreaks("16:30-17:30"))).field());
        assertEquals("breaks", assertThrows(InvalidInputException.class, () -> new WorkingDay(EIGHT, FIVE_PM,
                WorkingDay.parseBreaks("10:00-11:00, 10:30-10:45"))).field());
        assertEquals("breaks", assertThrows(InvalidInputException.class, () -> new WorkingDay(EIGHT, FIVE_PM,
                WorkingDay.parseBreaks("11:00-10:00"))).field());
    }

    @Test
    void overridesReplaceOnlyWhatIsGiven() {
        WorkingDay day = WorkingDay.DEFAULT.overriddenBy(LocalTime.of(7, 30), null, null);

        assertEquals(LocalTime.of(7, 30), day.start());
        assertEquals(FIVE_PM, day.end());
        assertEquals(WorkingDay.DEFAULT.breaks(), day.breaks());
        assertEquals(List.of(), WorkingDay.DEFAULT.overriddenBy(null, null, List.of()).breaks());
    }
}
