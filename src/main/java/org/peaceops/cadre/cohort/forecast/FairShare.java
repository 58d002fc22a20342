package org.peaceops.cadre.cohort.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How many people of each demand on one course get a seat when there are not
 * seats for all: as many as can be seated at all, with the shortage spread
 * over the demands in proportion to their size.
 * <p>
 * <b>Fair</b> means: among all seatings that seat the largest possible total,
 * the one that minimises the sum over demands of {@code short² / needing}
 * (short = people left without a seat). This cost is convex in each demand's
 * shortage, so a seat is worth most to the demand that is shortest relative
 * to its size; where nothing else limits them, demands end up short in
 * proportion to their size (needing 10 and 30 with 20 seats: 5 and 15 seated,
 * each half short), as nearly as whole people allow. Demands that could only
 * use seats nobody else wanted keep them, and a demand limited by its
 * deadline or quota to fewer seats than its share gets all it can.
 * <p>
 * <b>How</b>: seating the {@code j}-th person of a demand needing {@code n}
 * costs {@code (2j − 1) / n}, the growth of {@code s² / n} from {@code j − 1}
 * to {@code j}; given the total, minimising {@code Σ s² / n} is minimising
 * {@code Σ short² / n}. The seat counts that can be had together form a
 * polymatroid (those of a flow network's sources), and on a polymatroid a
 * separable convex cost is minimised by taking, cheapest first, every seat
 * that still fits; seats that no longer fit never fit again, and the end is
 * a maximum flow. The same optimum as a minimum-cost flow with these convex
 * costs, which would need an arc per person; here the network keeps its size
 * and only the sorted list of seat costs grows with the people. The seats are
 * taken in batches: a binary search finds the highest cost level up to which
 * all seats fit together (one maximum flow per probe, none past the most that
 * can be seated), then the seats at the next level are tried one by one, and
 * a demand whose seat does not fit keeps the count it has. Each round stops
 * at least one demand, so there are at most as many rounds as demands. Seats
 * of equal cost are tried in the demands' order (cohort id): with 15 seats
 * for two cohorts of 10, the lower id gets 8.
 */
final class FairShare {

    /** The {@code unit}-th seat of demand {@code demand}, needing {@code need}: costs {@code (2·unit − 1) / need}. */
    private record Seat(int demand, int unit, int need) {

        /** How many of a demand needing {@code n} are seated once every seat costing up to this one is taken. */
        int seatedAtThisCost(int n) {
            return (int) Math.min(n, ((2L * unit - 1) * n + need) / (2L * need));
        }

        static final Comparator<Seat> COST = (a, b) ->
                Long.compare((2L * a.unit - 1) * b.need, (2L * b.unit - 1) * a.need);
    }

    private FairShare() {
    }

    /** The seated count of each demand, given the people each needs, in the network's demand order. */
    static int[] seats(SeatNetwork network, int[] needs) {
        long most = network.mostSeated(needs);
        if (most == Arrays.stream(needs).asLongStream().sum()) {
            return needs.clone();
        }
        List<Seat> ladder = new ArrayList<>();
        for (int d = 0; d < needs.length; d++) {
            for (int unit = 1; unit <= needs[d]; unit++) {
                ladder.add(new Seat(d, unit, needs[d]));
            }
        }
        ladder.sort(Seat.COST.thenComparingInt(Seat::demand));
        int[] seats = new int[needs.length];
        boolean[] stopped = new boolean[needs.length];
        while (!ladder.isEmpty()) {
            long seated = Arrays.stream(seats).asLongStream().sum();
            if (seated == most) {
                break;
            }
            // Every seat on the ladder is one more person: past the most that can be seated, none fits.
            int fits = -1;
            int fails = (int) Math.min(ladder.size(), most - seated);
            while (fails - fits > 1) {
                int probe = (fits + fails) >>> 1;
                if (network.canSeat(upTo(ladder.get(probe), seats, stopped, needs))) {
                    fits = probe;
                } else {
                    fails = probe;
                }
            }
            if (fits >= 0) {
                seats = upTo(ladder.get(fits), seats, stopped, needs);
            }
            if (fails == ladder.size()) {
                break;
            }
            int next = fails;
            for (Seat level = ladder.get(next); next < ladder.size() && Seat.COST.compare(ladder.get(next), level) == 0;
                 next++) {
                Seat seat = ladder.get(next);
                seats[seat.demand()]++;
                if (!network.canSeat(seats)) {
                    seats[seat.demand()]--;
                    stopped[seat.demand()] = true;
                }
            }
            ladder = ladder.subList(next, ladder.size()).stream().filter(seat -> !stopped[seat.demand()]).toList();
        }
        return seats;
    }

    /** Every seat costing as much as {@code seat} or less, for the demands still taking seats. */
    private static int[] upTo(Seat seat, int[] seats, boolean[] stopped, int[] needs) {
        int[] counts = seats.clone();
        for (int d = 0; d < counts.length; d++) {
            if (!stopped[d]) {
                counts[d] = seat.seatedAtThisCost(needs[d]);
            }
        }
        return counts;
    }
}
