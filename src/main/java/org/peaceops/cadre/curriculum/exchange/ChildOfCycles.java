package org.peaceops.cadre.curriculum.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Finds cycles in the isChildOf links between items, by a depth-first search
 * that keeps its own stack: frameworks thousands of levels deep must not
 * overflow the thread's stack, and each item and link is visited once.
 */
final class ChildOfCycles {

    private static final byte UNSEEN = 0;
    private static final byte ON_PATH = 1;
    private static final byte DONE = 2;

    private ChildOfCycles() {
    }

    /** Reports each cycle once, at the association that closes it. */
    static void report(CasePackage casePackage, Map<String, Integer> itemIndex, ProblemList problems) {
        List<CaseItem> items = casePackage.items();
        List<List<int[]>> parents = parents(casePackage, itemIndex);
        byte[] state = new byte[items.size()];
        int[] path = new int[items.size()];
        int[] pathPosition = new int[items.size()];
        int[] nextLink = new int[items.size()];
        for (int start = 0; start < items.size(); start++) {
            if (state[start] != UNSEEN) {
                continue;
            }
            int depth = 0;
            path[0] = start;
            nextLink[0] = 0;
            state[start] = ON_PATH;
            while (depth >= 0) {
                int item = path[depth];
                List<int[]> links = parents.get(item);
                if (nextLink[depth] == links.size()) {
                    state[item] = DONE;
                    depth--;
                    continue;
                }
                int[] link = links.get(nextLink[depth]++);
                int parent = link[0];
                if (state[parent] == ON_PATH) {
                    problems.add("/CFAssociations/" + link[1], CaseProblem.CYCLE,
                            identifiers(items, path, pathPosition[parent], depth));
                } else if (state[parent] == UNSEEN) {
                    depth++;
                    path[depth] = parent;
                    pathPosition[parent] = depth;
                    nextLink[depth] = 0;
                    state[parent] = ON_PATH;
                }
            }
        }
    }

    /** Per item, its isChildOf links to other items as {parent item index, association index}. */
    private static List<List<int[]>> parents(CasePackage casePackage, Map<String, Integer> itemIndex) {
        List<List<int[]>> parents = new ArrayList<>(casePackage.items().size());
        casePackage.items().forEach(item -> parents.add(new ArrayList<>(1)));
        List<CaseAssociation> associations = casePackage.associations();
        for (int i = 0; i < associations.size(); i++) {
            CaseAssociation association = associations.get(i);
            Integer child = index(association.origin(), itemIndex);
            Integer parent = index(association.destination(), itemIndex);
            if (association.isChildOf() && child != null && parent != null) {
                parents.get(child).add(new int[] {parent, i});
            }
        }
        return parents;
    }

    private static Integer index(CaseAssociation.NodeRef node, Map<String, Integer> itemIndex) {
        return node == null || node.identifier() == null ? null : itemIndex.get(CaseValidator.key(node.identifier()));
    }

    private static String identifiers(List<CaseItem> items, int[] path, int from, int to) {
        StringJoiner joined = new StringJoiner(", ");
        Arrays.stream(path, from, to + 1).forEach(i -> joined.add(items.get(i).identifier()));
        return joined.toString();
    }
}
