package org.peaceops.cadre.curriculum;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Orders a flat list of tree nodes (framework items, curriculum nodes) as the
 * tree reads: depth first, parents before children, siblings by position.
 * Iterative, so that deep trees cannot overflow the stack.
 */
final class TreeOrder {

    private TreeOrder() {
    }

    static <T> List<T> ordered(List<T> nodes, Function<T, Long> id, Function<T, Long> parentId,
                               ToIntFunction<T> position) {
        Map<Long, List<T>> children = new HashMap<>();
        for (T node : nodes) {
            children.computeIfAbsent(parentId.apply(node), parent -> new ArrayList<>()).add(node);
        }
        children.values().forEach(siblings -> siblings.sort(Comparator.comparingInt(position)));
        List<T> ordered = new ArrayList<>(nodes.size());
        Deque<T> stack = new ArrayDeque<>();
        pushReversed(stack, children.getOrDefault(null, List.of()));
        while (!stack.isEmpty()) {
            T node = stack.pop();
            ordered.add(node);
            pushReversed(stack, children.getOrDefault(id.apply(node), List.of()));
        }
        return ordered;
    }

    static List<FrameworkItem> items(List<FrameworkItem> items) {
        return ordered(items, FrameworkItem::getId, FrameworkItem::getParentId, FrameworkItem::getPosition);
    }

    static List<CurriculumNode> nodes(List<CurriculumNode> nodes) {
        return ordered(nodes, CurriculumNode::getId, CurriculumNode::getParentId, CurriculumNode::getPosition);
    }

    private static <T> void pushReversed(Deque<T> stack, List<T> siblings) {
        for (int i = siblings.size() - 1; i >= 0; i--) {
            stack.push(siblings.get(i));
        }
    }
}
