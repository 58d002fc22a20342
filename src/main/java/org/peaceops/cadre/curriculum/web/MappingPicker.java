package org.peaceops.cadre.curriculum.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.cadre.curriculum.CurriculumDraftService.MappingRequest;
import org.peaceops.cadre.curriculum.FrameworkService;
import org.peaceops.cadre.curriculum.MappingStrength;
import org.peaceops.cadre.curriculum.web.NodeRow.Pick;
import org.peaceops.cadre.platform.persistence.PageRequest;

/**
 * The "Map to ITS" dialog's state: the node being mapped, the edition searched,
 * the search results and the mappings the user is putting together, saved as a
 * whole (the service replaces a node's mappings).
 */
public class MappingPicker implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RESULTS = 20;

    private NodeRow node;
    private Long editionId;
    private String query;
    private MappingStrength strength = MappingStrength.FULL;
    private List<Pick> results = List.of();
    private List<Pick> picked = new ArrayList<>();

    void open(NodeRow target, Long defaultEdition) {
        node = target;
        if (editionId == null) {
            editionId = defaultEdition;
        }
        query = null;
        results = List.of();
        picked = new ArrayList<>(target.mappings());
    }

    /** Items whose code holds the query; if none, items whose title holds it. An exact code comes first. */
    void search(FrameworkService frameworks) {
        results = List.of();
        if (editionId == null || query == null || query.isBlank()) {
            return;
        }
        String wanted = query.strip();
        List<Pick> found = find(frameworks, "code", wanted);
        if (found.isEmpty()) {
            found = find(frameworks, "title", wanted);
        }
        results = found.stream().sorted(Comparator.comparing((Pick p) -> !wanted.equalsIgnoreCase(p.code()))).toList();
    }

    private List<Pick> find(FrameworkService frameworks, String field, String value) {
        return frameworks.items(editionId, new PageRequest(0, RESULTS, "code", true, Map.of(field, value)))
                .items().stream().map(i -> new Pick(i.getId(), i.getCode(), i.getTitle(), null)).toList();
    }

    /** Adds the item with the chosen strength, or changes the strength if it is already picked. */
    public void pick(Pick item) {
        Map<Long, Pick> byItem = new LinkedHashMap<>();
        picked.forEach(p -> byItem.put(p.itemId(), p));
        byItem.put(item.itemId(), item.with(strength));
        picked = new ArrayList<>(byItem.values());
    }

    public void unpick(Pick item) {
        picked.removeIf(p -> p.itemId() == item.itemId());
    }

    List<MappingRequest> requests() {
        return picked.stream().map(p -> new MappingRequest(p.itemId(), p.strength())).toList();
    }

    public NodeRow getNode() {
        return node;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public MappingStrength getStrength() {
        return strength;
    }

    public void setStrength(MappingStrength strength) {
        this.strength = strength;
    }

    public List<Pick> getResults() {
        return results;
    }

    public List<Pick> getPicked() {
        return picked;
    }
}
