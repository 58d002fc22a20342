package org.peaceops.cadre.curriculum;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The weight of each leaf item in the coverage percentage; see {@link AlignmentCalculator}. */
final class Weights {

    private final Map<Long, Double> weights = new HashMap<>();
    private final Set<Long> estimated = new HashSet<>();

    static Weights of(ItemTree tree) {
        Weights result = new Weights();
        for (AlignmentCalculator.Item item : tree.items()) {
            if (tree.isLeaf(item)) {
                Double known = known(tree, item);
                if (known == null) {
                    result.estimated.add(item.id());
                } else {
                    result.weights.put(item.id(), known);
                }
            }
        }
        double mean = result.weights.values().stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
        result.estimated.forEach(id -> result.weights.put(id, mean));
        return result;
    }

    /** The leaf's own minutes, or its equal share of the nearest ancestor's. */
    private static Double known(ItemTree tree, AlignmentCalculator.Item leaf) {
        if (leaf.minutes() != null) {
            return leaf.minutes().doubleValue();
        }
        for (AlignmentCalculator.Item at = tree.parent(leaf); at != null; at = tree.parent(at)) {
            if (at.minutes() != null) {
                long unknownLeaves = tree.leavesUnder(at).stream().filter(l -> l.minutes() == null).count();
                double knownMinutes = tree.leavesUnder(at).stream().filter(l -> l.minutes() != null)
                        .mapToDouble(l -> l.minutes()).sum();
                return Math.max(0, at.minutes() - knownMinutes) / unknownLeaves;
            }
        }
        return null;
    }

    double of(AlignmentCalculator.Item leaf) {
        return weights.getOrDefault(leaf.id(), 0.0);
    }

    boolean isEstimated(AlignmentCalculator.Item leaf) {
        return estimated.contains(leaf.id());
    }

    int estimatedCount() {
        return estimated.size();
    }
}
