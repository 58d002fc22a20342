package org.peaceops.cadre.curriculum;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a curriculum, node by node (nodes keep
 * their key across versions): nodes added, removed, and changed — in code,
 * title, duration, delivery method, place in the tree, or mappings.
 */
public final class CurriculumDiff {

    private CurriculumDiff() {
    }

    /** A node as it stands in one version; {@code mappings} as "itemId:STRENGTH". */
    public record Snapshot(String key, String parentKey, NodeKind kind, String code, String title, Integer minutes,
                           DeliveryMethod deliveryMethod, Set<String> mappings) {
    }

    /** Serializable, like the result: the history page keeps it in its view state. */
    public record Change(String key, NodeKind kind, String code, String title, List<String> fields)
            implements Serializable {
    }

    public record Result(List<Change> added, List<Change> removed, List<Change> changed) implements Serializable {

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    public static Result between(List<Snapshot> from, List<Snapshot> to) {
        Map<String, Snapshot> before = index(from);
        Map<String, Snapshot> after = index(to);
        List<Change> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Snapshot now : to) {
            Snapshot then = before.get(now.key());
            if (then == null) {
                added.add(change(now, List.of()));
            } else {
                List<String> fields = differences(then, now);
                if (!fields.isEmpty()) {
                    changed.add(change(now, fields));
                }
            }
        }
        List<Change> removed = from.stream().filter(then -> !after.containsKey(then.key()))
                .map(then -> change(then, List.of())).toList();
        return new Result(added, removed, changed);
    }

    private static List<String> differences(Snapshot then, Snapshot now) {
        List<String> fields = new ArrayList<>();
        compare(fields, "code", then.code(), now.code());
        compare(fields, "title", then.title(), now.title());
        compare(fields, "minutes", then.minutes(), now.minutes());
        compare(fields, "deliveryMethod", then.deliveryMethod(), now.deliveryMethod());
        compare(fields, "parent", then.parentKey(), now.parentKey());
        compare(fields, "mappings", then.mappings(), now.mappings());
        return fields;
    }

    private static void compare(List<String> fields, String name, Object then, Object now) {
        if (!Objects.equals(then, now)) {
            fields.add(name);
        }
    }

    private static Change change(Snapshot node, List<String> fields) {
        return new Change(node.key(), node.kind(), node.code(), node.title(), fields);
    }

    private static Map<String, Snapshot> index(List<Snapshot> nodes) {
        Map<String, Snapshot> index = new LinkedHashMap<>();
        nodes.forEach(node -> index.put(node.key(), node));
        return index;
    }
}
