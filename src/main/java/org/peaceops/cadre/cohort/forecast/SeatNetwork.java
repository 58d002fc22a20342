package org.peaceops.cadre.cohort.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The seats of one course as a flow network, and the questions asked of it:
 * can these numbers of people be seated together, and if so, on which
 * offerings. A unit of flow is a person taking a seat:
 * <pre>
 * source → demand (cohort on the course)       capacity: the seats asked for the demand
 *        → gate (offering, country)            if the offering ends by the demand's deadline
 *        → offering                            capacity: the country's quota left, or the free seats
 *        → sink                                capacity: the offering's free seats
 * </pre>
 * Cohorts of one country share the gate, and so the quota; everyone shares
 * the offering's free seats. The network has a node per demand, per offering
 * and per country with a cohort there, whatever the number of people.
 */
final class SeatNetwork {

    private enum Kind { SOURCE, DEMAND, GATE, OFFERING, SINK }

    /** A node: a demand or an offering by its index in the lists given, a gate by its offering and country. */
    private record Node(Kind kind, int index, String country) {
    }

    private static final Node SOURCE = new Node(Kind.SOURCE, 0, null);
    private static final Node SINK = new Node(Kind.SINK, 0, null);

    /** Edge weights are capacities; the cost of a seat lives in {@link #preference}. */
    private final Graph<Node, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    private final List<Demand> demands;
    private final List<Opening> openings;
    private final List<DefaultWeightedEdge> intake = new ArrayList<>();
    private final Map<DefaultWeightedEdge, Double> preference = new HashMap<>();

    /**
     * @param demands the demands of one course, in the order of the seat counts asked of this network
     * @param openings the offerings of that course
     */
    SeatNetwork(List<Demand> demands, List<Opening> openings) {
        this.demands = List.copyOf(demands);
        this.openings = List.copyOf(openings);
        graph.addVertex(SOURCE);
        graph.addVertex(SINK);
        for (int o = 0; o < this.openings.size(); o++) {
            if (this.openings.get(o).freeSeats() > 0) {
                Node offering = new Node(Kind.OFFERING, o, null);
                graph.addVertex(offering);
                link(offering, SINK, this.openings.get(o).freeSeats());
            }
        }
        int[] rank = rankByEnd(this.openings);
        for (int d = 0; d < this.demands.size(); d++) {
            Demand demand = this.demands.get(d);
            Node need = new Node(Kind.DEMAND, d, null);
            graph.addVertex(need);
            intake.add(link(SOURCE, need, demand.people()));
            for (int o = 0; o < this.openings.size(); o++) {
                Opening opening = this.openings.get(o);
                int seats = opening.seatsFor(demand.country());
                if (seats > 0 && opening.serves(demand)) {
                    Node gate = new Node(Kind.GATE, o, demand.country());
                    if (graph.addVertex(gate)) {
                        link(gate, new Node(Kind.OFFERING, o, null), seats);
                    }
                    preference.put(link(need, gate, demand.people()), (double) rank[o]);
                }
            }
        }
    }

    /** Each offering's place when sorted by end date, then id: people are seated as early as the seats allow. */
    private static int[] rankByEnd(List<Opening> openings) {
        Integer[] order = new Integer[openings.size()];
        Arrays.setAll(order, o -> o);
        Arrays.sort(order, Comparator.comparing((Integer o) -> openings.get(o).endsOn())
                .thenComparingLong(o -> openings.get(o).offeringId()));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    private DefaultWeightedEdge link(Node from, Node to, int capacity) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, capacity);
        return edge;
    }

    /** Whether {@code seats[d]} people of each demand {@code d} can hold seats all at once. */
    boolean canSeat(int[] seats) {
        return mostSeated(seats) == Arrays.stream(seats).asLongStream().sum();
    }

    /** The most people that can hold seats at once when at most {@code seats[d]} come from each demand {@code d}. */
    long mostSeated(int[] seats) {
        long asked = 0;
        for (int d = 0; d < seats.length; d++) {
            graph.setEdgeWeight(intake.get(d), seats[d]);
            asked += seats[d];
        }
        return asked == 0 ? 0 : Math.round(new PushRelabelMFImpl<>(graph).getMaximumFlowValue(SOURCE, SINK));
    }

    /**
     * Where the people go when {@code seats[d]} of each demand {@code d} take a seat, a count that
     * {@link #canSeat} accepted: for each demand, offering id → people. Of all ways to seat them, the one
     * that seats people on the earliest-ending offerings, so that they are ready as soon as they can be.
     */
    List<SortedMap<Long, Integer>> assign(int[] seats) {
        int total = Arrays.stream(seats).sum();
        MinimumCostFlowProblem<Node, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                new AsWeightedGraph<>(graph, edge -> preference.getOrDefault(edge, 0.0), false, false),
                node -> switch (node.kind()) {
                    case DEMAND -> seats[node.index()];
                    case SINK -> -total;
                    default -> 0;
                },
                edge -> (int) Math.round(graph.getEdgeWeight(edge)));
        Map<DefaultWeightedEdge, Double> flow = new CapacityScalingMinimumCostFlow<Node, DefaultWeightedEdge>()
                .getMinimumCostFlow(problem).getFlowMap();
        List<SortedMap<Long, Integer>> assignment = new ArrayList<>();
        demands.forEach(demand -> assignment.add(new TreeMap<>()));
        preference.keySet().forEach(edge -> {
            int people = (int) Math.round(flow.getOrDefault(edge, 0.0));
            if (people > 0) {
                long offeringId = openings.get(graph.getEdgeTarget(edge).index()).offeringId();
                assignment.get(graph.getEdgeSource(edge).index()).merge(offeringId, people, Integer::sum);
            }
        });
        return assignment;
    }
}
