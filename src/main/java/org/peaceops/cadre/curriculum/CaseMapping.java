package org.peaceops.cadre.curriculum;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.peaceops.cadre.curriculum.exchange.CaseAssociation;
import org.peaceops.cadre.curriculum.exchange.CaseDocument;
import org.peaceops.cadre.curriculum.exchange.CaseItem;
import org.peaceops.cadre.curriculum.exchange.CasePackage;
import org.peaceops.cadre.curriculum.exchange.CaseTree;

/**
 * Translates between Cadre's framework editions and CASE packages. An edition
 * is a CFDocument, its items CFItems, the hierarchy isChildOf associations
 * (sequenceNumber = position) and successions replacedBy associations.
 * Association identifiers are derived from their ends, so exporting the same
 * edition twice gives the same package. CASE has no field for durations,
 * audiences or themes: those stay in Cadre.
 */
final class CaseMapping {

    /** RFC 3339 with seconds always written, as CASE and its schema expect. */
    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private CaseMapping() {
    }

    static CasePackage toCase(FrameworkEdition edition, List<FrameworkItem> tree, List<ItemSuccession> successions) {
        String changed = DATE_TIME.format(edition.getChangedAt().atOffset(ZoneOffset.UTC));
        CaseDocument document = new CaseDocument(edition.getCaseIdentifier(), null,
                edition.getPublisher() == null ? "Cadre" : edition.getPublisher(), edition.getTitle(),
                edition.getCode(), edition.getDescription(), edition.getLanguage(), null, edition.getPublisher(),
                changed);
        List<CaseItem> items = new ArrayList<>(tree.size());
        List<CaseAssociation> associations = new ArrayList<>(tree.size() + successions.size());
        CaseAssociation.NodeRef documentRef = new CaseAssociation.NodeRef(edition.getCaseIdentifier(),
                urn(edition.getCaseIdentifier()), edition.getTitle());
        java.util.Map<Long, FrameworkItem> byId = new java.util.HashMap<>();
        tree.forEach(item -> byId.put(item.getId(), item));
        for (FrameworkItem item : tree) {
            items.add(new CaseItem(item.getCaseIdentifier(), null, item.getCode(), item.getTitle(), null,
                    item.getItemType() != null ? item.getItemType() : item.getLevel().itemType(),
                    String.valueOf(item.getPosition()), null, edition.getLanguage(), List.of(), changed));
            FrameworkItem parent = item.getParentId() == null ? null : byId.get(item.getParentId());
            CaseAssociation.NodeRef destination = parent == null ? documentRef : ref(parent);
            associations.add(new CaseAssociation(derived(item.getCaseIdentifier(), "isChildOf", destination.identifier()),
                    null, CaseAssociation.IS_CHILD_OF, ref(item), destination, item.getPosition(), changed));
        }
        for (ItemSuccession succession : successions) {
            associations.add(new CaseAssociation(derived(succession.getFrom().getCaseIdentifier(), "replacedBy",
                    succession.getTo().getCaseIdentifier()), null, "replacedBy", ref(succession.getFrom()),
                    ref(succession.getTo()), null, changed));
        }
        return new CasePackage(document, items, associations);
    }

    /**
     * The framework a package describes. An edition already known by the same
     * identifier keeps the code, family and status administrators gave it.
     */
    static ImportedFramework fromCase(CasePackage casePackage, EditionDetails existing, Instant now) {
        CaseDocument document = casePackage.document();
        EditionDetails details = new EditionDetails(
                existing != null ? existing.code() : proposedCode(document),
                truncate(document.title(), 300),
                existing != null ? existing.family() : EditionFamily.OTHER,
                truncate(document.publisher(), 200),
                truncate(document.language(), 8), truncate(document.description(), 2000),
                existing != null ? existing.status() : EditionStatus.CURRENT,
                existing != null && existing.unconfirmed());
        List<ImportedFramework.Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CaseTree tree = CaseTree.of(casePackage);
        java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
        List<CaseTree.Node> roots = tree.roots();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(new Object[] {roots.get(i), null});
        }
        while (!stack.isEmpty()) {
            Object[] entry = stack.pop();
            CaseTree.Node node = (CaseTree.Node) entry[0];
            CaseItem item = node.item();
            // An item with two parents is kept under the first one met.
            if (!seen.add(item.identifier().toLowerCase(Locale.ROOT))) {
                continue;
            }
            items.add(new ImportedFramework.Item(item.identifier(), (String) entry[1], new ItemDescription(
                    ItemLevel.ofItemType(item.itemType()), truncate(item.humanCodingScheme(), 60),
                    truncate(item.fullStatement(), 2000), truncate(item.itemType(), 100), null, null, null, false)));
            for (int i = node.children().size() - 1; i >= 0; i--) {
                stack.push(new Object[] {node.children().get(i), item.identifier()});
            }
        }
        return new ImportedFramework(document.identifier(), details, instant(document.lastChangeDateTime(), now), items);
    }

    /** The document's version when it reads like an edition code (Cadre exports put it there). */
    static String proposedCode(CaseDocument document) {
        String version = document.version();
        return version != null && version.matches("[A-Z0-9][A-Z0-9.-]{1,39}") ? version
                : fallbackCode(document.identifier());
    }

    static String fallbackCode(String identifier) {
        return "CASE-" + identifier.substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static CaseAssociation.NodeRef ref(FrameworkItem item) {
        return new CaseAssociation.NodeRef(item.getCaseIdentifier(), urn(item.getCaseIdentifier()),
                truncate(item.getCode() != null ? item.getCode() : item.getTitle(), 200));
    }

    private static String urn(String identifier) {
        return "urn:uuid:" + identifier;
    }

    static String derived(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** CASE date-times, with or without an offset (then UTC); {@code now} if absent or unreadable. */
    static Instant instant(String dateTime, Instant now) {
        if (dateTime == null) {
            return now;
        }
        try {
            return OffsetDateTime.parse(dateTime).toInstant();
        } catch (DateTimeParseException noOffset) {
            try {
                return java.time.LocalDateTime.parse(dateTime).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return now;
            }
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
