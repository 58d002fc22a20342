package org.peaceops.cadre.curriculum;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Orders a flat list of items as a tree: depth first, parents before children, siblings by position. */
final class FrameworkTree {

    private FrameworkTree() {
    }

    static List<FrameworkItem> ordered(List<FrameworkItem> items) {
        Map<Long, List<FrameworkItem>> children = new HashMap<>();
        for (FrameworkItem item : items) {
            children.computeIfAbsent(item.getParentId(), parent -> new ArrayList<>()).add(item);
        }
        children.values().forEach(siblings -> siblings.sort(Comparator.comparingInt(FrameworkItem::getPosition)));
        List<FrameworkItem> ordered = new ArrayList<>(items.size());
        Deque<FrameworkItem> stack = new ArrayDeque<>();
        pushReversed(stack, children.getOrDefault(null, List.of()));
        while (!stack.isEmpty()) {
            FrameworkItem item = stack.pop();
            ordered.add(item);
            pushReversed(stack, children.getOrDefault(item.getId(), List.of()));
        }
        return ordered;
    }

    private static void pushReversed(Deque<FrameworkItem> stack, List<FrameworkItem> siblings) {
        for (int i = siblings.size() - 1; i >= 0; i--) {
            stack.push(siblings.get(i));
        }
    }
}
