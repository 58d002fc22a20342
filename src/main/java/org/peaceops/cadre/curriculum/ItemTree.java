package org.peaceops.cadre.curriculum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parent and child lookups over a tree-ordered list of ITS items, computed once. */
final class ItemTree {

    private final Map<Long, AlignmentCalculator.Item> byId = new HashMap<>();
    private final Map<Long, List<AlignmentCalculator.Item>> children = new HashMap<>();
    private final Map<Long, List<AlignmentCalculator.Item>> leaves = new HashMap<>();
    private final Map<Long, List<AlignmentCalculator.Item>> subtrees = new HashMap<>();
    private final List<AlignmentCalculator.Item> ordered;

    ItemTree(List<AlignmentCalculator.Item> items) {
        this.ordered = items;
        for (AlignmentCalculator.Item item : items) {
            byId.put(item.id(), item);
            children.computeIfAbsent(item.parentId(), id -> new ArrayList<>()).add(item);
        }
        // Children come after their parents, so walking backwards sees every child first.
        for (int i = items.size() - 1; i >= 0; i--) {
            AlignmentCalculator.Item item = items.get(i);
            List<AlignmentCalculator.Item> below = new ArrayList<>();
            List<AlignmentCalculator.Item> whole = new ArrayList<>();
            whole.add(item);
            for (AlignmentCalculator.Item child : children.getOrDefault(item.id(), List.of())) {
                below.addAll(leaves.get(child.id()));
                whole.addAll(subtrees.get(child.id()));
            }
            leaves.put(item.id(), below.isEmpty() ? List.of(item) : below);
            subtrees.put(item.id(), whole);
        }
    }

    boolean contains(long id) {
        return byId.containsKey(id);
    }

    boolean isLeaf(AlignmentCalculator.Item item) {
        return !children.containsKey(item.id());
    }

    AlignmentCalculator.Item parent(AlignmentCalculator.Item item) {
        return item.parentId() == null ? null : byId.get(item.parentId());
    }

    List<AlignmentCalculator.Item> leavesUnder(AlignmentCalculator.Item item) {
        return leaves.get(item.id());
    }

    List<AlignmentCalculator.Item> subtree(AlignmentCalculator.Item item) {
        return subtrees.get(item.id());
    }

    List<AlignmentCalculator.Item> items() {
        return ordered;
    }
}
