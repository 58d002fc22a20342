package org.peaceops.cadre.curriculum.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.peaceops.cadre.curriculum.exchange.CaseAssociation.NodeRef;
import org.peaceops.cadre.curriculum.exchange.CaseTree.Node;

/** Test-only builders and helpers for CASE packages; nothing here is shared between tests. */
final class CasePackages {

    static final String OPENSALT_SAMPLE = "sample-framework-opensalt.json";
    static final String ACT_MATH_SAMPLE = "sample-framework-act-math.json";
    static final String CHANGED = "2024-03-01T09:30:00Z";

    private CasePackages() {
    }

    /** A stable UUID for a short name, so tests can refer to nodes by name. */
    static String id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static CaseDocument document() {
        return new CaseDocument(id("doc"), null, "ITS", "Core Pre-Deployment Training Materials", "2017", null,
                "en", "Adopted", null, CHANGED);
    }

    static CaseItem item(String name, String code) {
        return item(name, code, null);
    }

    static CaseItem item(String name, String code, String listEnumeration) {
        return new CaseItem(id(name), null, code, "Statement of " + name, null, "Lesson", listEnumeration, null,
                "en", List.of(), CHANGED);
    }

    static CaseAssociation childOf(String child, String parent) {
        return childOf(child, parent, null);
    }

    static CaseAssociation childOf(String child, String parent, Integer sequenceNumber) {
        return association("isChildOf", child, parent, sequenceNumber);
    }

    static CaseAssociation association(String type, String origin, String destination, Integer sequenceNumber) {
        return new CaseAssociation(id(origin + " " + type + " " + destination), null, type,
                new NodeRef(id(origin), null, origin), new NodeRef(id(destination), null, destination),
                sequenceNumber, CHANGED);
    }

    static CasePackage casePackage(List<CaseItem> items, List<CaseAssociation> associations) {
        return new CasePackage(document(), items, associations);
    }

    static InputStream sample(String file) {
        return CasePackages.class.getResourceAsStream("/case/" + file);
    }

    static CasePackage readSample(String file) {
        try (InputStream in = sample(file)) {
            return new CaseReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CasePackage read(String json) {
        return new CaseReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] write(CasePackage casePackage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseWriter().write(casePackage, out);
        return out.toByteArray();
    }

    static CasePackage read(byte[] json) {
        return new CaseReader().read(new ByteArrayInputStream(json));
    }

    /**
     * The tree as lines of "depth code identifier", depth first and in order,
     * walked without recursion so that deep trees can be compared too.
     */
    static List<String> outline(CaseTree tree) {
        List<String> lines = new ArrayList<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        pushInReverse(stack, tree.roots(), 0);
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Node node = (Node) top[0];
            int depth = (Integer) top[1];
            lines.add(depth + " " + node.item().humanCodingScheme() + " " + node.item().identifier());
            pushInReverse(stack, node.children(), depth + 1);
        }
        return lines;
    }

    private static void pushInReverse(Deque<Object[]> stack, List<Node> nodes, int depth) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            stack.push(new Object[] {nodes.get(i), depth});
        }
    }

    /** The codes of a list of nodes, in their order. */
    static List<String> codes(List<Node> nodes) {
        return nodes.stream().map(node -> node.item().humanCodingScheme()).toList();
    }
}
