package org.peaceops.cadre.cohort.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The forecast against every possible seating of small random cases: it seats
 * the most that can be seated, within seats and quotas, and among those
 * seatings has the least {@code Σ short² / needing}, the fairness it promises.
 */
class SeatForecastFairnessTest {

    private static final long COURSE = 1;
    private static final List<String> COUNTRIES = List.of("KE", "RW");
    private static final List<LocalDate> DEADLINES = List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30));
    private static final List<LocalDate> ENDS = List.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 5, 1),
            LocalDate.of(2027, 8, 1));

    /** The best any seating does: the most seated, and the least unfairness among those, times the needs' product. */
    private record Best(int seated, long unfairness) {
    }

    @Test
    void everyRandomCaseSeatsTheMostAndIsAsFairAsAnySeatingThatDoes() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<Demand> demands = new ArrayList<>();
            for (int d = 0, n = 2 + random.nextInt(2); d < n; d++) {
                demands.add(new Demand(d + 1, COURSE, COUNTRIES.get(random.nextInt(2)),
                        DEADLINES.get(random.nextInt(2)), random.nextInt(5)));
            }
            List<Opening> openings = new ArrayList<>();
            for (int o = 0, n = 1 + random.nextInt(3); o < n; o++) {
                openings.add(new Opening(10 + o, COURSE, ENDS.get(random.nextInt(3)), random.nextInt(5),
                        random.nextBoolean() ? Map.of(COUNTRIES.get(random.nextInt(2)), random.nextInt(3)) : Map.of()));
            }
            Forecast forecast = SeatForecast.forecast(demands, openings);
            String seen = "case " + round + ": " + demands + " on " + openings;
            assertValid(forecast, demands, openings, seen);
            int[] seated = demands.stream().mapToInt(d -> forecast.element(d.cohortId(), COURSE).seated()).toArray();
            Best best = best(demands, openings, 0, new int[demands.size()], new int[openings.size()], new HashMap<>());
            assertEquals(best.seated(), Arrays.stream(seated).sum(), seen);
            assertEquals(best.unfairness(), unfairness(demands, seated), seen);
        }
    }

    private static void assertValid(Forecast forecast, List<Demand> demands, List<Opening> openings, String seen) {
        Map<Long, Integer> taken = new HashMap<>();
        Map<String, Integer> quotaTaken = new HashMap<>();
        for (Demand demand : demands) {
            ElementOutlook element = forecast.element(demand.cohortId(), COURSE);
            assertEquals(element.seated(), element.seats().values().stream().mapToInt(Integer::intValue).sum(), seen);
            element.seats().forEach((offeringId, people) -> {
                Opening opening = openings.stream().filter(o -> o.offeringId() == offeringId).findFirst().orElseThrow();
                assertTrue(opening.serves(demand), seen);
                taken.merge(offeringId, people, Integer::sum);
                quotaTaken.merge(offeringId + demand.country(), people, Integer::sum);
            });
        }
        for (Opening opening : openings) {
            assertTrue(taken.getOrDefault(opening.offeringId(), 0) <= opening.freeSeats(), seen);
            opening.quotaLeft().forEach((country, left) ->
                    assertTrue(quotaTaken.getOrDefault(opening.offeringId() + country, 0) <= left, seen));
        }
    }

    /** Tries every number of people of every demand on every offering open to it. */
    private static Best best(List<Demand> demands, List<Opening> openings, int cell, int[] seated, int[] taken,
                             Map<String, Integer> quotaTaken) {
        if (cell == demands.size() * openings.size()) {
            return new Best(Arrays.stream(seated).sum(), unfairness(demands, seated));
        }
        Demand demand = demands.get(cell / openings.size());
        Opening opening = openings.get(cell % openings.size());
        int d = cell / openings.size();
        int o = cell % openings.size();
        String quota = opening.offeringId() + demand.country();
        Best best = null;
        int most = opening.serves(demand) ? Math.min(demand.people() - seated[d], Math.min(
                opening.freeSeats() - taken[o], opening.quotaLeft().getOrDefault(demand.country(), Integer.MAX_VALUE)
                        - quotaTaken.getOrDefault(quota, 0))) : 0;
        for (int people = 0; people <= most; people++) {
            seated[d] += people;
            taken[o] += people;
            quotaTaken.merge(quota, people, Integer::sum);
            Best found = best(demands, openings, cell + 1, seated, taken, quotaTaken);
            if (best == null || found.seated() > best.seated()
                    || found.seated() == best.seated() && found.unfairness() < best.unfairness()) {
                best = found;
            }
            seated[d] -= people;
            taken[o] -= people;
            quotaTaken.merge(quota, -people, Integer::sum);
        }
        return best;
    }

    /** {@code Σ short² / needing} over the demands, times 12 (needs are 1 to 4) so that it stays a whole number. */
    private static long unfairness(List<Demand> demands, int[] seated) {
        long sum = 0;
        for (int d = 0; d < demands.size(); d++) {
            int needing = demands.get(d).people();
            if (needing > 0) {
                long missing = needing - seated[d];
                sum += missing * missing * 12 / needing;
            }
        }
        return sum;
    }
}
