package org.peaceops.cadre.course.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConflictRulesTest {

    static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    static final long ROOM = 10L;
    static final long OTHER_ROOM = 11L;
    static final long OFFERING = 100L;
    static final long OTHER_OFFERING = 101L;
    static final long AMINA = 1L;
    static final long BRUNO = 2L;

    static Instant at(String time) {
        return at(MONDAY, time);
    }

    static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, java.time.LocalTime.parse(time)).atZone(NAIROBI).toInstant();
    }

    /** A 24-seat session of the offering in room 10 ("Main"), taught by Amina. */
    static SessionPlan plan(String from, String to) {
        return new SessionPlan(null, OFFERING, at(from), at(to), NAIROBI, MONDAY, MONDAY.plusDays(4), 24,
                ROOM, "Hall A", "Main", 30, Map.of(AMINA, "Amina"));
    }

    static SessionPlan withInstructors(SessionPlan p, Map<Long, String> instructors) {
        return new SessionPlan(p.sessionId(), p.offeringId(), p.start(), p.end(), p.zone(), p.offeringStartsOn(),
                p.offeringEndsOn(), p.seats(), p.roomId(), p.roomName(), p.building(), p.roomCapacity(), instructors);
    }

    static BookedSession booked(long id, long offering, String from, String to, Long room, String building, Long... instructors) {
        return new BookedSession(id, offering, "S" + id, at(from), at(to), room, building, Set.of(instructors));
    }

    static List<ConflictRule> rules(SessionPlan plan, List<BookedSession> nearby) {
        return ConflictRules.check(plan, nearby, false, List.of()).stream().map(ScheduleConflict::rule).toList();
    }

    @Test
    void aFreeSlotHasNoConflict() {
        assertEquals(List.of(), rules(plan("09:00", "10:30"),
                List.of(booked(7, OTHER_OFFERING, "11:00", "12:00", ROOM, "Main", BRUNO))));
    }

    @Nested
    class RoomDoubleBooked {
        @Test
        void overlappingSessionInTheSameRoomIsHard() {
            List<ScheduleConflict> found = ConflictRules.check(plan("09:00", "10:30"),
                    List.of(booked(7, OTHER_OFFERING, "10:00", "11:00", ROOM, "Main")), false, List.of());
            assertEquals(List.of(ConflictRule.ROOM_DOUBLE_BOOKED), found.stream().map(ScheduleConflict::rule).toList());
            assertTrue(found.get(0).isHard());
            assertEquals(List.of("Hall A", "S7", "2027-03-01 10:00", "2027-03-01 11:00"), found.get(0).arguments());
        }

        @Test
        void touchingSessionsDoNotOverlap() {
            assertEquals(List.of(), rules(plan("09:00", "10:00"),
                    List.of(booked(7, OTHER_OFFERING, "10:00", "11:00", ROOM, "Main"))));
        }

        @Test
        void anotherRoomAtTheSameTimeIsFine() {
            assertEquals(List.of(), rules(plan("09:00", "10:00"),
                    List.of(booked(7, OTHER_OFFERING, "09:00", "10:00", OTHER_ROOM, "Main"))));
        }

        @Test
        void theSessionBeingEditedIsNotItsOwnConflict() {
            SessionPlan edited = new SessionPlan(7L, OFFERING, at("09:00"), at("10:00"), NAIROBI, MONDAY,
                    MONDAY.plusDays(4), 24, ROOM, "Hall A", "Main", 30, Map.of());
            assertEquals(List.of(), rules(edited, List.of(booked(7, OFFERING, "08:30", "09:30", ROOM, "Main"))));
        }

        @Test
        void noRoomMeansNoRoomConflict() {
            SessionPlan roomless = new SessionPlan(null, OFFERING, at("09:00"), at("10:00"), NAIROBI, MONDAY,
                    MONDAY.plusDays(4), 24, null, null, null, null, Map.of());
            assertEquals(List.of(), rules(roomless, List.of(booked(7, OTHER_OFFERING, "09:00", "10:00", null, null))));
        }
    }

    @Nested
    class InstructorDoubleBooked {
        @Test
        void anInstructorInTwoSessionsAtOnceIsHard() {
            List<ConflictRule> found = rules(plan("09:00", "10:00"),
                    List.of(booked(7, OTHER_OFFERING, "09:30", "10:30", OTHER_ROOM, "Main", AMINA)));
            assertEquals(List.of(ConflictRule.INSTRUCTOR_DOUBLE_BOOKED), found);
        }

        @Test
        void anAssistingInstructorCountsToo() {
            SessionPlan plan = withInstructors(plan("09:00", "10:00"), Map.of(AMINA, "Amina", BRUNO, "Bruno"));
            List<ScheduleConflict> found = ConflictRules.check(plan,
                    List.of(booked(7, OTHER_OFFERING, "09:30", "10:30", OTHER_ROOM, "Main", BRUNO)), false, List.of());
            assertEquals(1, found.size());
            assertEquals("Bruno", found.get(0).arguments().get(0));
        }

        @Test
        void otherInstructorsAtTheSameTimeAreFine() {
            assertEquals(List.of(), rules(plan("09:00", "10:00"),
                    List.of(booked(7, OTHER_OFFERING, "09:00", "10:00", OTHER_ROOM, "Main", BRUNO))));
        }
    }

    @Nested
    class RoomTooSmall {
        @Test
        void moreSeatsThanTheRoomHoldsIsHard() {
            SessionPlan plan = new SessionPlan(null, OFFERING, at("09:00"), at("10:00"), NAIROBI, MONDAY,
                    MONDAY.plusDays(4), 31, ROOM, "Hall A", "Main", 30, Map.of());
            List<ScheduleConflict> found = ConflictRules.check(plan, List.of(), false, List.of());
            assertEquals(List.of(ConflictRule.ROOM_TOO_SMALL), found.stream().map(ScheduleConflict::rule).toList());
            assertEquals(List.of("Hall A", "30", "31"), found.get(0).arguments());
        }

        @Test
        void exactlyFullIsFine() {
            SessionPlan plan = new SessionPlan(null, OFFERING, at("09:00"), at("10:00"), NAIROBI, MONDAY,
                    MONDAY.plusDays(4), 30, ROOM, "Hall A", "Main", 30, Map.of());
            assertEquals(List.of(), rules(plan, List.of()));
        }
    }

    @Nested
    class OutsideOfferingDates {
        @Test
        void theDayBeforeTheOfferingIsHard() {
            SessionPlan plan = new SessionPlan(null, OFFERING, at(MONDAY.minusDays(1), "09:00"),
                    at(MONDAY.minusDays(1), "10:00"), NAIROBI, MONDAY, MONDAY.plusDays(4), 24, null, null, null, null, Map.of());
            assertEquals(List.of(ConflictRule.OUTSIDE_OFFERING_DATES), rules(plan, List.of()));
        }

        @Test
        void theLastDayUntilMidnightIsInside() {
            LocalDate last = MONDAY.plusDays(4);
            SessionPlan plan = new SessionPlan(null, OFFERING, at(last, "22:00"), at(last.plusDays(1), "00:00"),
                    NAIROBI, MONDAY, last, 24, null, null, null, null, Map.of());
            assertEquals(List.of(), rules(plan, List.of()));
        }

        @Test
        void theDatesAreTheCentresNotUtc() {
            // 01:30 on Monday in Nairobi is still Sunday in UTC: inside the offering all the same.
            SessionPlan plan = new SessionPlan(null, OFFERING, at("01:30"), at("02:30"), NAIROBI, MONDAY,
                    MONDAY.plusDays(4), 24, null, null, null, null, Map.of());
            assertTrue(plan.start().atZone(ZoneId.of("UTC")).toLocalDate().isBefore(MONDAY));
            assertEquals(List.of(), rules(plan, List.of()));
        }
    }

    @Nested
    class InstructorUnqualified {
        @Test
        void noQualificationIsHardWhenTheCourseAsksForOne() {
            List<ScheduleConflict> found = ConflictRules.check(plan("09:00", "10:00"), List.of(), true, List.of());
            assertEquals(List.of(ConflictRule.INSTRUCTOR_UNQUALIFIED), found.stream().map(ScheduleConflict::rule).toList());
            assertEquals(List.of("Amina", "2027-03-01"), found.get(0).arguments());
        }

        @Test
        void aQualificationValidOnTheDayIsEnough() {
            List<QualificationPeriod> held = List.of(new QualificationPeriod(AMINA, MONDAY.minusYears(1), MONDAY));
            assertEquals(List.of(), ConflictRules.check(plan("09:00", "10:00"), List.of(), true, held));
        }

        @Test
        void oneExpiredTheDayBeforeIsNot() {
            List<QualificationPeriod> held = List.of(new QualificationPeriod(AMINA, MONDAY.minusYears(1), MONDAY.minusDays(1)));
            assertEquals(1, ConflictRules.check(plan("09:00", "10:00"), List.of(), true, held).size());
        }

        @Test
        void oneIssuedAfterTheSessionIsNot() {
            List<QualificationPeriod> held = List.of(new QualificationPeriod(AMINA, MONDAY.plusDays(1), null));
            assertEquals(1, ConflictRules.check(plan("09:00", "10:00"), List.of(), true, held).size());
        }

        @Test
        void anotherInstructorsQualificationDoesNotCount() {
            List<QualificationPeriod> held = List.of(new QualificationPeriod(BRUNO, MONDAY.minusYears(1), null));
            assertEquals(1, ConflictRules.check(plan("09:00", "10:00"), List.of(), true, held).size());
        }

        @Test
        void coursesThatAskNoQualificationAreNotChecked() {
            assertEquals(List.of(), ConflictRules.check(plan("09:00", "10:00"), List.of(), false, List.of()));
        }
    }

    @Nested
    class LongDay {
        @Test
        void moreThanEightHoursInADayWarns() {
            List<ScheduleConflict> found = ConflictRules.check(plan("14:00", "17:30"),
                    List.of(booked(7, OTHER_OFFERING, "08:00", "13:00", OTHER_ROOM, "Main", AMINA)), false, List.of());
            assertEquals(List.of(ConflictRule.INSTRUCTOR_LONG_DAY), found.stream().map(ScheduleConflict::rule).toList());
            assertFalse(found.get(0).isHard());
            assertEquals(List.of("Amina", "2027-03-01", "8:30"), found.get(0).arguments());
        }

        @Test
        void exactlyEightHoursIsFine() {
            assertEquals(List.of(), rules(plan("14:00", "17:00"),
                    List.of(booked(7, OTHER_OFFERING, "08:00", "13:00", OTHER_ROOM, "Main", AMINA))));
        }

        @Test
        void onlyTheHoursOfThatLocalDayCount() {
            // The evening before runs past midnight: only its hour after midnight counts on Monday.
            BookedSession overnight = new BookedSession(7L, OTHER_OFFERING, "S7", at(MONDAY.minusDays(1), "20:00"),
                    at("01:00"), OTHER_ROOM, "Main", Set.of(AMINA));
            assertEquals(List.of(), rules(plan("09:00", "16:00"), List.of(overnight)));
            assertEquals(List.of(ConflictRule.INSTRUCTOR_LONG_DAY), rules(plan("09:00", "17:30"), List.of(overnight)));
        }

        @Test
        void otherInstructorsHoursDoNotCount() {
            assertEquals(List.of(), rules(plan("14:00", "18:00"),
                    List.of(booked(7, OTHER_OFFERING, "08:00", "13:30", OTHER_ROOM, "Main", BRUNO))));
        }
    }

    @Nested
    class BackToBackBuildings {
        @Test
        void theSameInstructorInAnotherBuildingRightAfterWarns() {
            List<ScheduleConflict> found = ConflictRules.check(plan("10:10", "11:00"),
                    List.of(booked(7, OTHER_OFFERING, "09:00", "10:00", OTHER_ROOM, "Annex", AMINA)), false, List.of());
            assertEquals(List.of(ConflictRule.BACK_TO_BACK_BUILDINGS), found.stream().map(ScheduleConflict::rule).toList());
            assertEquals(List.of("S7", "Annex", "Main"), found.get(0).arguments());
        }

        @Test
        void theTraineesOfTheOfferingMovingBuildingsWarnsToo() {
            assertEquals(List.of(ConflictRule.BACK_TO_BACK_BUILDINGS), rules(plan("09:00", "10:00"),
                    List.of(booked(7, OFFERING, "10:00", "11:00", OTHER_ROOM, "Annex"))));
        }

        @Test
        void aLongerGapIsFine() {
            assertEquals(List.of(), rules(plan("10:16", "11:00"),
                    List.of(booked(7, OTHER_OFFERING, "09:00", "10:00", OTHER_ROOM, "Annex", AMINA))));
        }

        @Test
        void theSameBuildingIsFineWhateverTheCase() {
            assertEquals(List.of(), rules(plan("10:00", "11:00"),
                    List.of(booked(7, OTHER_OFFERING, "09:00", "10:00", OTHER_ROOM, "MAIN", AMINA))));
        }

        @Test
        void unrelatedSessionsInOtherBuildingsAreFine() {
            assertEquals(List.of(), rules(plan("10:00", "11:00"),
                    List.of(booked(7, OTHER_OFFERING, "09:00", "10:00", OTHER_ROOM, "Annex", BRUNO))));
        }
    }

    @Test
    void hardConflictsComeBeforeWarnings() {
        List<ScheduleConflict> found = ConflictRules.check(plan("09:00", "17:30"),
                List.of(booked(7, OTHER_OFFERING, "08:00", "09:30", ROOM, "Main", AMINA)), false, List.of());
        assertEquals(List.of(ConflictRule.ROOM_DOUBLE_BOOKED, ConflictRule.INSTRUCTOR_DOUBLE_BOOKED,
                ConflictRule.INSTRUCTOR_LONG_DAY), found.stream().map(ScheduleConflict::rule).toList());
    }

    @Test
    void theSearchWindowCoversTheLocalDaysAndTheGap() {
        SessionPlan plan = new SessionPlan(null, OFFERING, LocalDateTime.of(2027, 3, 28, 9, 0).atZone(OSLO).toInstant(),
                LocalDateTime.of(2027, 3, 28, 10, 0).atZone(OSLO).toInstant(), OSLO, MONDAY, MONDAY.plusDays(30), 1,
                null, null, null, null, Map.of());
        ConflictRules.SearchWindow window = ConflictRules.window(plan);
        // 28 March 2027 is the spring change in Oslo: a 23-hour local day.
        assertEquals(LocalDateTime.of(2027, 3, 27, 23, 45).atZone(OSLO).toInstant(), window.from());
        assertEquals(LocalDateTime.of(2027, 3, 29, 0, 15).atZone(OSLO).toInstant(), window.to());
        assertEquals(23 * 60 + 30, java.time.Duration.between(window.from(), window.to()).toMinutes());
    }
}
