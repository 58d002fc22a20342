package org.peaceops.cadre.curriculum.exchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.peaceops.cadre.curriculum.exchange.CaseAssociation.NodeRef;

/**
 * The rules a CASE package keeps before Cadre accepts or writes it:
 * <ul>
 * <li>the fields CASE requires are there, except {@code uri}, which
 * {@link CaseWriter} can make from the identifier;</li>
 * <li>identifiers are UUIDs, unique across document, items and associations
 * (compared without regard to case, as UUIDs are);</li>
 * <li>every association starts at an item of the package; an isChildOf ends at
 * an item or the document, while the other types may end at a node of another
 * framework, as exactMatchOf and exemplar links usually do;</li>
 * <li>the isChildOf links have no cycle.</li>
 * </ul>
 * Stateless and safe to share.
 */
public class CaseValidator {

    /** The schema's UUID pattern, but matched against the whole value, as the schema's lacks anchors. */
    private static final Pattern UUID =
            Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    /** @return the problems found, at most 100; empty when the package is valid */
    public List<CaseProblem> validate(CasePackage casePackage) {
        ProblemList problems = new ProblemList();
        Map<String, String> firstUse = new HashMap<>();
        CaseDocument document = casePackage.document();
        node("/CFDocument", document.identifier(), document.uri(), document.lastChangeDateTime(), firstUse, problems);
        required("/CFDocument", "creator", document.creator(), problems);
        required("/CFDocument", "title", document.title(), problems);
        Map<String, Integer> itemIndex = new HashMap<>();
        for (int i = 0; i < casePackage.items().size(); i++) {
            CaseItem item = casePackage.items().get(i);
            String at = "/CFItems/" + i;
            node(at, item.identifier(), item.uri(), item.lastChangeDateTime(), firstUse, problems);
            required(at, "fullStatement", item.fullStatement(), problems);
            if (item.identifier() != null) {
                itemIndex.putIfAbsent(key(item.identifier()), i);
            }
        }
        String documentKey = document.identifier() == null ? null : key(document.identifier());
        for (int i = 0; i < casePackage.associations().size(); i++) {
            association("/CFAssociations/" + i, casePackage.associations().get(i), itemIndex, documentKey, firstUse,
                    problems);
        }
        ChildOfCycles.report(casePackage, itemIndex, problems);
        return problems.toList();
    }

    static String key(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }

    private static void node(String at, String identifier, String uri, String lastChange,
            Map<String, String> firstUse, ProblemList problems) {
        if (required(at, "identifier", identifier, problems)) {
            if (!UUID.matcher(identifier).matches()) {
                problems.add(at + "/identifier", CaseProblem.NOT_UUID, identifier);
            }
            String first = firstUse.putIfAbsent(key(identifier), at);
            if (first != null) {
                problems.add(at + "/identifier", CaseProblem.DUPLICATE_IDENTIFIER, identifier, first);
            }
        }
        uri(at + "/uri", uri, problems);
        if (required(at, "lastChangeDateTime", lastChange, problems) && !CaseDateTime.isValid(lastChange)) {
            problems.add(at + "/lastChangeDateTime", CaseProblem.NOT_DATE_TIME, lastChange);
        }
    }

    private static void association(String at, CaseAssociation association, Map<String, Integer> itemIndex,
            String documentKey, Map<String, String> firstUse, ProblemList problems) {
        node(at, association.identifier(), association.uri(), association.lastChangeDateTime(), firstUse, problems);
        String type = association.associationType();
        if (required(at, "associationType", type, problems) && !CaseAssociation.TYPES.contains(type)) {
            problems.add(at + "/associationType", CaseProblem.UNKNOWN_ASSOCIATION_TYPE, type);
        }
        NodeRef origin = association.origin();
        if (end(at, "originNodeURI", origin, problems) && !itemIndex.containsKey(key(origin.identifier()))) {
            problems.add(at + "/originNodeURI/identifier", CaseProblem.UNKNOWN_NODE, origin.identifier());
        }
        NodeRef destination = association.destination();
        if (end(at, "destinationNodeURI", destination, problems)) {
            String key = key(destination.identifier());
            boolean inPackage = itemIndex.containsKey(key) || key.equals(documentKey);
            if (!inPackage && association.isChildOf()) {
                problems.add(at + "/destinationNodeURI/identifier", CaseProblem.UNKNOWN_NODE,
                        destination.identifier());
            } else if (!inPackage && isBlank(destination.uri())) {
                // a node of another framework can only be found through its uri
                problems.add(at + "/destinationNodeURI/uri", CaseProblem.MISSING, "uri");
            }
        }
    }

    /** Checks the shape of one end of an association; true if it names a node. */
    private static boolean end(String at, String field, NodeRef node, ProblemList problems) {
        if (node == null) {
            problems.add(at + "/" + field, CaseProblem.MISSING, field);
            return false;
        }
        uri(at + "/" + field + "/uri", node.uri(), problems);
        return required(at + "/" + field, "identifier", node.identifier(), problems);
    }

    private static boolean required(String at, String field, String value, ProblemList problems) {
        if (isBlank(value)) {
            problems.add(at + "/" + field, CaseProblem.MISSING, field);
            return false;
        }
        return true;
    }

    private static void uri(String at, String value, ProblemList problems) {
        if (value == null) {
            return;
        }
        try {
            if (new URI(value).isAbsolute()) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(at, CaseProblem.NOT_URI, value);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
