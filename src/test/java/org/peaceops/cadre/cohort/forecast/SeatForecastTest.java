package org.peaceops.cadre.cohort.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeatForecastTest {

    private static final long INDUCTION = 1;
    private static final long PROTECTION_OF_CIVILIANS = 2;
    private static final LocalDate MARCH = LocalDate.of(2027, 3, 1);
    private static final LocalDate JUNE = LocalDate.of(2027, 6, 30);
    private static final LocalDate SEPTEMBER = LocalDate.of(2027, 9, 30);

    private static Demand need(long cohortId, String country, LocalDate deadline, int people) {
        return new Demand(cohortId, INDUCTION, country, deadline, people);
    }

    private static Opening run(long offeringId, LocalDate endsOn, int freeSeats, Map<String, Integer> quotaLeft) {
        return new Opening(offeringId, INDUCTION, endsOn, freeSeats, quotaLeft);
    }

    private static Opening run(long offeringId, LocalDate endsOn, int freeSeats) {
        return run(offeringId, endsOn, freeSeats, Map.of());
    }

    /** Seats taken in the order given, each cohort on the earliest offering with room: the guess the flow replaces. */
    private static Map<Long, Integer> firstComeFirstServed(List<Demand> demands, List<Opening> openings) {
        Map<Long, Integer> seatsLeft = new HashMap<>();
        Map<String, Integer> quotaLeft = new HashMap<>();
        openings.forEach(o -> seatsLeft.put(o.offeringId(), o.freeSeats()));
        openings.forEach(o -> o.quotaLeft().forEach((c, q) -> quotaLeft.put(o.offeringId() + c, q)));
        Map<Long, Integer> seated = new HashMap<>();
        for (Demand demand : demands) {
            int wanting = demand.people();
            for (Opening o : openings.stream().sorted(Comparator.comparing(Opening::endsOn)).toList()) {
                if (o.serves(demand)) {
                    int take = Math.min(wanting, Math.min(seatsLeft.get(o.offeringId()),
                            quotaLeft.getOrDefault(o.offeringId() + demand.country(), Integer.MAX_VALUE)));
                    wanting -= take;
                    seatsLeft.merge(o.offeringId(), -take, Integer::sum);
                    quotaLeft.computeIfPresent(o.offeringId() + demand.country(), (k, q) -> q - take);
                }
            }
            seated.put(demand.cohortId(), demand.people() - wanting);
        }
        return seated;
    }

    @Test
    void whenEveryoneFitsEveryCohortIsOnTrackOnTheEarliestOfferingsAndNothingIsSuggested() {
        Forecast forecast = SeatForecast.forecast(List.of(need(1, "KE", JUNE, 30), need(2, "RW", JUNE, 12)),
                List.of(run(10, MARCH, 25), run(11, LocalDate.of(2027, 5, 1), 25)));
        assertTrue(forecast.onTrack());
        assertEquals(List.of(), forecast.suggestions());
        assertEquals(0, forecast.peopleShort());
        ElementOutlook kenya = forecast.element(1, INDUCTION);
        assertEquals(30, kenya.seated());
        assertEquals(42, kenya.seats().values().stream().mapToInt(Integer::intValue).sum()
                + forecast.element(2, INDUCTION).seats().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(25, kenya.seats().getOrDefault(10L, 0) + forecast.element(2, INDUCTION).seats().getOrDefault(10L, 0),
                "the March run fills before the May one");
    }

    @Test
    void anOfferingThatEndsAfterTheDeadlineIsNoUseSoEveryoneIsShortAndOneOfferingIsSuggested() {
        LocalDate deadline = Demand.deadline(LocalDate.of(2027, 4, 15));
        assertEquals(LocalDate.of(2027, 4, 8), deadline, "a week before deployment");
        Forecast forecast = SeatForecast.forecast(List.of(need(1, "KE", deadline, 40)),
                List.of(run(10, LocalDate.of(2027, 4, 9), 100),
                        new Opening(11, PROTECTION_OF_CIVILIANS, MARCH, 100)));
        ElementOutlook kenya = forecast.element(1, INDUCTION);
        assertEquals(0, kenya.seated());
        assertEquals(40, kenya.peopleShort());
        assertEquals(Map.of(), kenya.seats());
        assertEquals(List.of(kenya), forecast.cohort(1).shortfalls());
        assertFalse(forecast.cohort(1).onTrack());
        assertEquals(List.of(new OfferingSuggestion(INDUCTION, 40, deadline, List.of(1L))), forecast.suggestions());
    }

    @Test
    void aQuotaCapsItsCountryWhileOtherCountriesHaveTheRestOfTheSeats() {
        Forecast forecast = SeatForecast.forecast(List.of(need(1, "KE", JUNE, 10), need(2, "RW", JUNE, 10)),
                List.of(run(10, MARCH, 20, Map.of("KE", 4))));
        assertEquals(4, forecast.element(1, INDUCTION).seated());
        assertEquals(10, forecast.element(2, INDUCTION).seated());
        assertTrue(forecast.cohort(2).onTrack());
        assertEquals(List.of(new OfferingSuggestion(INDUCTION, 6, JUNE, List.of(1L))), forecast.suggestions(),
                "a new offering has no quota");
    }

    @Test
    void cohortsOfOneCountryShareItsQuotaAndItsShortage() {
        Forecast forecast = SeatForecast.forecast(List.of(need(1, "KE", JUNE, 5), need(2, "KE", JUNE, 5)),
                List.of(run(10, MARCH, 20, Map.of("KE", 6))));
        assertEquals(List.of(3, 3), List.of(forecast.element(1, INDUCTION).seated(),
                forecast.element(2, INDUCTION).seated()));
    }

    @Test
    void theAssignmentSeatsBothCohortsWhereSeatsTakenInOrderLeaveTheEarlyCohortShort() {
        List<Demand> demands = List.of(need(1, "KE", SEPTEMBER, 10), need(2, "RW", MARCH, 10));
        List<Opening> openings = List.of(run(10, LocalDate.of(2027, 2, 15), 10), run(11, JUNE, 10));
        assertEquals(Map.of(1L, 10, 2L, 0), firstComeFirstServed(demands, openings), "the greedy guess fails");
        Forecast forecast = SeatForecast.forecast(demands, openings);
        assertTrue(forecast.onTrack());
        assertEquals(Map.of(11L, 10), forecast.element(1, INDUCTION).seats(), "the late cohort takes the June run");
        assertEquals(Map.of(10L, 10), forecast.element(2, INDUCTION).seats());
    }

    @Test
    void theAssignmentKeepsTheQuotaCountryItsPlacesWhereSeatsTakenInOrderSpendThemOnOthers() {
        List<Demand> demands = List.of(need(1, "KE", SEPTEMBER, 15), need(2, "RW", MARCH, 5));
        List<Opening> openings = List.of(run(10, LocalDate.of(2027, 2, 15), 10, Map.of("RW", 5)), run(11, JUNE, 10));
        assertEquals(Map.of(1L, 15, 2L, 0), firstComeFirstServed(demands, openings), "the greedy guess fails");
        Forecast forecast = SeatForecast.forecast(demands, openings);
        assertTrue(forecast.onTrack());
        assertEquals(Map.of(10L, 5, 11L, 10), forecast.element(1, INDUCTION).seats());
        assertEquals(Map.of(10L, 5), forecast.element(2, INDUCTION).seats());
    }

    @Test
    void cohortsCompetingForTooFewSeatsAreLeftShortInProportionToTheirSize() {
        List<Demand> demands = List.of(need(1, "KE", JUNE, 10), need(2, "RW", JUNE, 30));
        Forecast twenty = SeatForecast.forecast(demands, List.of(run(10, MARCH, 20)));
        assertEquals(List.of(5, 15), List.of(twenty.element(1, INDUCTION).peopleShort(),
                twenty.element(2, INDUCTION).peopleShort()), "each half short");
        Forecast twentyFour = SeatForecast.forecast(demands, List.of(run(10, MARCH, 12), run(11, MARCH, 12)));
        assertEquals(List.of(4, 12), List.of(twentyFour.element(1, INDUCTION).peopleShort(),
                twentyFour.element(2, INDUCTION).peopleShort()), "each 40 % short");
        assertEquals(new OfferingSuggestion(INDUCTION, 16, JUNE, List.of(1L, 2L)), twentyFour.suggestions().get(0));
    }

    @Test
    void aSeatThatCouldGoEitherWayGoesToTheLowerCohortIdAndACohortLimitedByItsDeadlineGetsAllItCan() {
        Forecast even = SeatForecast.forecast(List.of(need(2, "RW", JUNE, 10), need(1, "KE", JUNE, 10)),
                List.of(run(10, MARCH, 15)));
        assertEquals(List.of(8, 7), List.of(even.element(1, INDUCTION).seated(), even.element(2, INDUCTION).seated()));
        Forecast limited = SeatForecast.forecast(List.of(need(1, "KE", SEPTEMBER, 20), need(2, "RW", MARCH, 20)),
                List.of(run(10, LocalDate.of(2027, 2, 15), 2), run(11, JUNE, 10)));
        assertEquals(2, limited.element(2, INDUCTION).seated(), "all the seats before March");
        assertEquals(Map.of(11L, 10), limited.element(1, INDUCTION).seats());
    }

    @Test
    void fairnessNeverSeatsFewerThanTheMostThatCanBeSeated() {
        Forecast forecast = SeatForecast.forecast(List.of(need(1, "KE", SEPTEMBER, 20), need(2, "RW", MARCH, 20)),
                List.of(run(10, LocalDate.of(2027, 2, 15), 10), run(11, JUNE, 5)));
        assertEquals(List.of(8, 7), List.of(forecast.element(1, INDUCTION).seated(),
                forecast.element(2, INDUCTION).seated()), "15 seats, as evenly as the March deadline allows");
        assertEquals(Map.of(10L, 3, 11L, 5), forecast.element(1, INDUCTION).seats());
    }

    @Test
    void theSuggestedOfferingMayEndAsLateAsACohortThatCanMoveToItAllows() {
        List<Demand> demands = List.of(need(1, "KE", SEPTEMBER, 10), need(2, "RW", MARCH, 10));
        Forecast shared = SeatForecast.forecast(demands, List.of(run(10, LocalDate.of(2027, 2, 15), 10)));
        assertEquals(List.of(5, 5), List.of(shared.element(1, INDUCTION).peopleShort(),
                shared.element(2, INDUCTION).peopleShort()));
        assertEquals(List.of(new OfferingSuggestion(INDUCTION, 10, SEPTEMBER, List.of(1L, 2L))), shared.suggestions(),
                "Kenya moves to a September run and leaves the February one to Rwanda");
        Forecast apart = SeatForecast.forecast(demands, List.of(run(10, JUNE, 10)));
        assertEquals(List.of(new OfferingSuggestion(INDUCTION, 10, MARCH, List.of(2L))), apart.suggestions(),
                "only a run by March serves Rwanda");
    }

    @Test
    void coursesDoNotShareSeats() {
        Forecast forecast = SeatForecast.forecast(
                List.of(need(1, "KE", JUNE, 10), new Demand(1, PROTECTION_OF_CIVILIANS, "KE", JUNE, 10)),
                List.of(run(10, MARCH, 30), new Opening(20, PROTECTION_OF_CIVILIANS, MARCH, 4)));
        assertTrue(forecast.element(1, INDUCTION).onTrack());
        assertEquals(6, forecast.element(1, PROTECTION_OF_CIVILIANS).peopleShort());
        assertEquals(List.of(forecast.element(1, PROTECTION_OF_CIVILIANS)), forecast.cohort(1).shortfalls());
        assertEquals(List.of(new OfferingSuggestion(PROTECTION_OF_CIVILIANS, 6, JUNE, List.of(1L))),
                forecast.suggestions());
    }

    @Test
    void aCohortWithNobodyLeftToSeatIsOnTrack() {
        Forecast forecast = SeatForecast.forecast(List.of(need(1, "KE", JUNE, 0)), List.of());
        assertTrue(forecast.cohort(1).onTrack());
        assertEquals(0, forecast.element(1, INDUCTION).needing());
    }

    @Test
    void aBattalionOnSixCoursesWithFortyOfferingsSeatsTheMostThatCanBeSeated() {
        List<Demand> demands = new ArrayList<>();
        List<Opening> openings = new ArrayList<>();
        Map<Long, Integer> expected = new HashMap<>();
        long offeringId = 100;
        for (long course = 1; course <= 6; course++) {
            for (long cohort = 1; cohort <= 3; cohort++) {
                demands.add(new Demand(cohort, course, List.of("KE", "RW", "GH").get((int) cohort - 1),
                        cohort == 3 ? SEPTEMBER : JUNE, 850));
            }
            int early = 0;
            int late = 0;
            for (int k = 0; k < (course <= 4 ? 7 : 6); k++) {
                int seats = 120 * (int) course + 10 * k;
                openings.add(new Opening(offeringId++, course, k % 2 == 0 ? LocalDate.of(2027, 5, 15)
                        : LocalDate.of(2027, 8, 15), seats, Map.of("KE", 2000)));
                early += k % 2 == 0 ? seats : 0;
                late += k % 2 == 0 ? 0 : seats;
            }
            // The cuts of this network: all offerings, Ghana's 850 with the early ones, or everyone needing.
            expected.put(course, Math.min(early + late, Math.min(850 + early, 3 * 850)));
        }
        assertEquals(40, openings.size());
        Forecast forecast = SeatForecast.forecast(demands, openings);

        assertEquals(List.of(1050, 1890, 2410, 2550, 2550, 2550), List.of(1L, 2L, 3L, 4L, 5L, 6L).stream()
                .map(expected::get).toList());
        for (long course = 1; course <= 6; course++) {
            long c = course;
            assertEquals(expected.get(course), forecast.elements().stream().filter(e -> e.courseId() == c)
                    .mapToInt(ElementOutlook::seated).sum(), "course " + course);
        }
        assertEquals(18 * 850 - 13_000, forecast.peopleShort());
        Map<Long, Integer> taken = new HashMap<>();
        for (ElementOutlook element : forecast.elements()) {
            assertEquals(element.seated(), element.seats().values().stream().mapToInt(Integer::intValue).sum());
            element.seats().forEach((offering, people) -> taken.merge(offering, people, Integer::sum));
            if (element.cohortId() != 3) {
                element.seats().keySet().forEach(offering -> assertTrue(openings.stream()
                        .anyMatch(o -> o.offeringId() == offering && o.endsOn().isBefore(JUNE))));
            }
        }
        openings.forEach(o -> assertTrue(taken.getOrDefault(o.offeringId(), 0) <= o.freeSeats()));
        assertEquals(List.of(70, 70, 0), List.of(1L, 2L, 3L).stream()
                .map(cohort -> forecast.element(cohort, 3).peopleShort()).toList(), "course 3: the June cohorts");
        assertEquals(List.of(300, 300, 450), List.of(1L, 2L, 3L).stream()
                .map(cohort -> forecast.element(cohort, 1).seated()).toList(), "course 1: June's share of May seats");
        assertEquals(List.of(1L, 2L, 3L), forecast.suggestions().stream().map(OfferingSuggestion::courseId).toList());
        assertEquals(new OfferingSuggestion(3, 140, JUNE, List.of(1L, 2L)), forecast.suggestions().get(2));
    }

    @Test
    void theSameInputInAnyOrderGivesTheSameForecast() {
        List<Demand> demands = new ArrayList<>();
        List<Opening> openings = new ArrayList<>();
        for (long cohort = 1; cohort <= 4; cohort++) {
            for (long course = 1; course <= 3; course++) {
                demands.add(new Demand(cohort, course, cohort % 2 == 0 ? "KE" : "SN", cohort <= 2 ? MARCH : JUNE,
                        (int) (17 * cohort + 5 * course)));
            }
        }
        for (long id = 1; id <= 9; id++) {
            openings.add(new Opening(id, 1 + id % 3, id % 2 == 0 ? LocalDate.of(2027, 2, 1) : LocalDate.of(2027, 5, 1),
                    (int) (11 * id), id % 4 == 0 ? Map.of("KE", 7) : Map.of()));
        }
        Forecast forecast = SeatForecast.forecast(demands, openings);
        assertFalse(forecast.onTrack(), "a case with shortage, where the choices matter");
        Random random = new Random(42);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(demands, random);
            Collections.shuffle(openings, random);
            assertEquals(forecast, SeatForecast.forecast(demands, openings));
        }
    }

    @Test
    void negativeCountsAndUnknownCountriesAreRefusedWithWhatIsWrong() {
        assertEquals("people needing a seat (cohort 1, course 1) must not be negative: -1",
                assertThrows(IllegalArgumentException.class, () -> need(1, "KE", JUNE, -1)).getMessage());
        assertEquals("free seats of offering 10 must not be negative: -3",
                assertThrows(IllegalArgumentException.class, () -> run(10, MARCH, -3)).getMessage());
        assertEquals("quota left for KE on offering 10 must not be negative: -2",
                assertThrows(IllegalArgumentException.class, () -> run(10, MARCH, 5, Map.of("KE", -2))).getMessage());
        assertEquals("margin days before deployment must not be negative: -7",
                assertThrows(IllegalArgumentException.class, () -> Demand.deadline(JUNE, -7)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> need(1, "ke", JUNE, 5));
        assertThrows(IllegalArgumentException.class, () -> need(1, "KEN", JUNE, 5));
        assertThrows(IllegalArgumentException.class, () -> run(10, MARCH, 5, Map.of("Kenya", 2)));
        assertThrows(IllegalArgumentException.class, () -> need(1, "KE", JUNE, Demand.MAX_PEOPLE + 1));
        assertThrows(NullPointerException.class, () -> need(1, "KE", null, 5));
    }

    @Test
    void aCohortsCourseOrAnOfferingGivenTwiceIsRefused() {
        assertEquals("cohort 1 needs course 1 twice: give one demand per cohort and course",
                assertThrows(IllegalArgumentException.class, () -> SeatForecast.forecast(
                        List.of(need(1, "KE", JUNE, 5), need(1, "KE", MARCH, 3)), List.of())).getMessage());
        assertEquals("offering 10 is given twice", assertThrows(IllegalArgumentException.class,
                () -> SeatForecast.forecast(List.of(need(1, "KE", JUNE, 5)),
                        List.of(run(10, MARCH, 5), run(10, JUNE, 5)))).getMessage());
    }
}
