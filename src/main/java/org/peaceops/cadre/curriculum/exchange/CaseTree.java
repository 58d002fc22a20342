package org.peaceops.cadre.curriculum.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The isChildOf hierarchy of a valid package, with siblings in order: by the
 * association's sequenceNumber, then the item's listEnumeration, then its
 * humanCodingScheme (both compared with numbers as numbers, so 1.10 follows
 * 1.9), then the item's place in the file; absent values come last. Items
 * that are children of the document or of nothing are the roots. CASE lets an
 * item sit under several parents; it then appears under each, as the same
 * {@link Node}. Built in time linear in the size of the package, without
 * recursion, so deep frameworks cannot overflow the stack.
 */
public final class CaseTree {

    private static final Comparator<Link> SIBLING_ORDER = Comparator
            .comparing(Link::sequenceNumber, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparing(link -> link.item().listEnumeration(), Comparator.nullsLast(NumericAwareOrder.INSTANCE))
            .thenComparing(link -> link.item().humanCodingScheme(), Comparator.nullsLast(NumericAwareOrder.INSTANCE))
            .thenComparingInt(Link::index);

    private final String documentKey;
    private final List<Node> roots;
    private final Map<String, Node> nodes;

    private CaseTree(String documentKey, List<Node> roots, Map<String, Node> nodes) {
        this.documentKey = documentKey;
        this.roots = roots;
        this.nodes = nodes;
    }

    /** @throws CasePackageException if the package is not valid, as a tree of it would not be sound */
    public static CaseTree of(CasePackage casePackage) {
        List<CaseProblem> problems = new CaseValidator().validate(casePackage);
        if (!problems.isEmpty()) {
            throw new CasePackageException(problems);
        }
        return new Builder(casePackage).build();
    }

    public List<Node> roots() {
        return roots;
    }

    /**
     * @param identifier an item's identifier, or the document's for the roots
     * @throws IllegalArgumentException if no item or document has that identifier
     */
    public List<Node> children(String identifier) {
        String key = CaseValidator.key(identifier);
        if (key.equals(documentKey)) {
            return roots;
        }
        Node node = nodes.get(key);
        if (node == null) {
            throw new IllegalArgumentException("No item " + identifier + " in the package");
        }
        return node.children();
    }

    /**
     * An item and its children in order. Equality, hash code and text walk the
     * whole subtree, recursively: fine for comparing small trees in tests, not
     * for frameworks thousands of levels deep.
     */
    public record Node(CaseItem item, List<Node> children) {

        public Node {
            children = List.copyOf(children);
        }
    }

    /** An item under one parent, with what its place among its siblings depends on. */
    private record Link(CaseItem item, int index, Integer sequenceNumber) {
    }

    private static final class Builder {

        private final CasePackage casePackage;
        private final Map<String, Integer> itemIndex = new HashMap<>();
        private final List<List<Link>> children = new ArrayList<>();
        private final List<Link> roots = new ArrayList<>();

        Builder(CasePackage casePackage) {
            this.casePackage = casePackage;
            for (int i = 0; i < casePackage.items().size(); i++) {
                itemIndex.put(CaseValidator.key(casePackage.items().get(i).identifier()), i);
                children.add(new ArrayList<>());
            }
        }

        CaseTree build() {
            link();
            children.forEach(siblings -> siblings.sort(SIBLING_ORDER));
            roots.sort(SIBLING_ORDER);
            Node[] nodes = nodes();
            Map<String, Node> byKey = new HashMap<>();
            itemIndex.forEach((key, i) -> byKey.put(key, nodes[i]));
            String documentKey = CaseValidator.key(casePackage.document().identifier());
            return new CaseTree(documentKey, roots.stream().map(link -> nodes[link.index()]).toList(), byKey);
        }

        /** Files the items under their parents; a link repeated in the package counts once. */
        private void link() {
            boolean[] hasParent = new boolean[children.size()];
            Set<String> seen = new HashSet<>();
            for (CaseAssociation association : casePackage.associations()) {
                if (!association.isChildOf()) {
                    continue;
                }
                int child = itemIndex.get(CaseValidator.key(association.origin().identifier()));
                Integer parent = itemIndex.get(CaseValidator.key(association.destination().identifier()));
                if (seen.add(child + ">" + parent)) {
                    Link link = new Link(casePackage.items().get(child), child, association.sequenceNumber());
                    (parent == null ? roots : children.get(parent)).add(link);
                    hasParent[child] = true;
                }
            }
            for (int i = 0; i < hasParent.length; i++) {
                if (!hasParent[i]) {
                    roots.add(new Link(casePackage.items().get(i), i, null));
                }
            }
        }

        /** Makes every item's node after its children's, walking depth first with an explicit stack. */
        private Node[] nodes() {
            int size = children.size();
            Node[] nodes = new Node[size];
            int[] stack = new int[size];
            int[] nextChild = new int[size];
            for (int start = 0; start < size; start++) {
                int depth = 0;
                stack[0] = start;
                nextChild[0] = 0;
                while (nodes[start] == null) {
                    List<Link> links = children.get(stack[depth]);
                    if (nextChild[depth] < links.size()) {
                        int child = links.get(nextChild[depth]++).index();
                        if (nodes[child] == null) {
                            stack[++depth] = child;
                            nextChild[depth] = 0;
                        }
                    } else {
                        nodes[stack[depth]] = new Node(casePackage.items().get(stack[depth]),
                                links.stream().map(link -> nodes[link.index()]).toList());
                        depth--;
                    }
                }
            }
            return nodes;
        }
    }
}
