package org.peaceops.cadre.curriculum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of the alignment report, free of any database.
 * <ul>
 * <li>A mapping to an item covers the item and everything under it; an item's
 * own coverage is the best of the mappings to it and to its ancestors.</li>
 * <li>A leaf item (usually a learning outcome) is covered FULL, PARTIAL or
 * NONE; an item with children is FULL when all its leaves are, NONE when none
 * is covered at all, PARTIAL otherwise.</li>
 * <li>Each leaf weighs its recommended minutes, or its share of the nearest
 * ancestor's minutes; leaves with neither weigh the mean of the known leaves
 * (and are counted as estimated), so that missing durations neither vanish
 * from nor dominate the percentage.</li>
 * <li>Coverage percentage = Σ weight × (1 for FULL, ½ for PARTIAL) / Σ weight.</li>
 * <li>A curriculum node's minutes are shared equally among the distinct items
 * it maps to (FULL or PARTIAL), and summed up the ITS tree as planned minutes.</li>
 * </ul>
 */
public final class AlignmentCalculator {

    private AlignmentCalculator() {
    }

    /** An ITS item: tree order, parents first. */
    public record Item(long id, Long parentId, String code, String title, ItemLevel level, Integer minutes) {
    }

    /** A node of the curriculum version. */
    public record Node(long id, Long parentId, String code, String title, Integer minutes) {
    }

    public record Mapping(long nodeId, long itemId, MappingStrength strength) {
    }

    public record ItemResult(Item item, Coverage coverage, double recommendedMinutes, double plannedMinutes,
                             boolean estimated) {
    }

    public record Result(List<ItemResult> items, double coveragePercent, double recommendedMinutes,
                         double plannedMinutes, List<Item> gaps, List<Node> additions, int estimatedItems) {
    }

    public static Result calculate(List<Item> items, List<Node> nodes, List<Mapping> mappings) {
        ItemTree tree = new ItemTree(items);
        Map<Long, Coverage> direct = new HashMap<>();
        for (Mapping mapping : mappings) {
            if (tree.contains(mapping.itemId())) {
                direct.merge(mapping.itemId(), Coverage.of(mapping.strength()), Coverage::better);
            }
        }
        Map<Long, Coverage> leafCoverage = new HashMap<>();
        for (Item item : items) {
            Coverage inherited = item.parentId() == null ? Coverage.NONE
                    : leafCoverage.getOrDefault(item.parentId(), Coverage.NONE);
            leafCoverage.put(item.id(), direct.getOrDefault(item.id(), Coverage.NONE).better(inherited));
        }
        Weights weights = Weights.of(tree);
        Map<Long, Double> planned = planned(tree, nodes, mappings);

        List<ItemResult> results = new ArrayList<>();
        double covered = 0;
        double total = 0;
        List<Item> gaps = new ArrayList<>();
        for (Item item : items) {
            List<Item> leaves = tree.leavesUnder(item);
            double weight = leaves.stream().mapToDouble(weights::of).sum();
            Coverage coverage = aggregate(leaves.stream().map(leaf -> leafCoverage.get(leaf.id())).toList());
            double plannedHere = tree.subtree(item).stream().mapToDouble(i -> planned.getOrDefault(i.id(), 0.0)).sum();
            boolean estimated = leaves.stream().anyMatch(weights::isEstimated);
            results.add(new ItemResult(item, coverage, weight, plannedHere, estimated));
            if (tree.isLeaf(item)) {
                total += weight;
                covered += weight * leafCoverage.get(item.id()).factor();
                if (leafCoverage.get(item.id()) == Coverage.NONE) {
                    gaps.add(item);
                }
            }
        }
        double percent = total == 0 ? 0 : 100.0 * covered / total;
        double plannedTotal = nodes.stream().filter(n -> n.minutes() != null).mapToDouble(Node::minutes).sum();
        return new Result(results, percent, total, plannedTotal, gaps, additions(nodes, mappings, tree),
                weights.estimatedCount());
    }

    static Coverage aggregate(List<Coverage> leaves) {
        if (leaves.stream().allMatch(c -> c == Coverage.FULL)) {
            return Coverage.FULL;
        }
        return leaves.stream().allMatch(c -> c == Coverage.NONE) ? Coverage.NONE : Coverage.PARTIAL;
    }

    /** Node minutes shared among the items each node covers. */
    private static Map<Long, Double> planned(ItemTree tree, List<Node> nodes, List<Mapping> mappings) {
        Map<Long, Set<Long>> covered = new HashMap<>();
        for (Mapping mapping : mappings) {
            if (mapping.strength() != MappingStrength.RELATED && tree.contains(mapping.itemId())) {
                covered.computeIfAbsent(mapping.nodeId(), id -> new HashSet<>()).add(mapping.itemId());
            }
        }
        Map<Long, Double> planned = new HashMap<>();
        for (Node node : nodes) {
            Set<Long> targets = covered.get(node.id());
            if (node.minutes() != null && targets != null) {
                double share = (double) node.minutes() / targets.size();
                targets.forEach(itemId -> planned.merge(itemId, share, Double::sum));
            }
        }
        return planned;
    }

    /**
     * The centre's own additions: the topmost nodes of each branch in which
     * nothing maps to the edition (neither the node, nor anything under or
     * above it), e.g. a whole module, or one lesson of a mapped module.
     */
    private static List<Node> additions(List<Node> nodes, List<Mapping> mappings, ItemTree tree) {
        Set<Long> mapped = new HashSet<>();
        mappings.stream().filter(m -> tree.contains(m.itemId())).forEach(m -> mapped.add(m.nodeId()));
        Map<Long, Long> parents = new HashMap<>();
        nodes.forEach(n -> parents.put(n.id(), n.parentId()));
        Set<Long> withMappingBelow = new HashSet<>();
        for (Long nodeId : mapped) {
            for (Long at = nodeId; at != null && withMappingBelow.add(at); at = parents.get(at)) {
                // marks the node and its ancestors
            }
        }
        Set<Long> unmapped = new HashSet<>();
        nodes.stream().filter(n -> !withMappingBelow.contains(n.id()) && !mappedAbove(n, parents, mapped))
                .forEach(n -> unmapped.add(n.id()));
        return nodes.stream()
                .filter(n -> unmapped.contains(n.id()))
                .filter(n -> n.parentId() == null || !unmapped.contains(n.parentId()))
                .toList();
    }

    private static boolean mappedAbove(Node node, Map<Long, Long> parents, Set<Long> mapped) {
        for (Long at = node.parentId(); at != null; at = parents.get(at)) {
            if (mapped.contains(at)) {
                return true;
            }
        }
        return false;
    }
}
