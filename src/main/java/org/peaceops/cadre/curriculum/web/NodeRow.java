package org.peaceops.cadre.curriculum.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.peaceops.cadre.curriculum.CurriculumNode;
import org.peaceops.cadre.curriculum.DeliveryMethod;
import org.peaceops.cadre.curriculum.NodeKind;
import org.peaceops.cadre.curriculum.NodeMapping;
import org.peaceops.cadre.curriculum.MappingStrength;

/** One row of the curriculum tree: a node with the ITS items it is mapped to. */
public record NodeRow(long id, Long parentId, NodeKind kind, String code, String title, Integer minutes,
                      DeliveryMethod deliveryMethod, int position, List<Pick> mappings) implements Serializable {

    /** An ITS item as the picker and the tree show it; {@code strength} is null in search results. */
    public record Pick(long itemId, String code, String title, MappingStrength strength) implements Serializable {

        static Pick of(NodeMapping mapping) {
            return new Pick(mapping.getItem().getId(), mapping.getItem().getCode(), mapping.getItem().getTitle(),
                    mapping.getStrength());
        }

        Pick with(MappingStrength chosen) {
            return new Pick(itemId, code, title, chosen);
        }
    }

    static NodeRow of(CurriculumNode node, Map<Long, List<Pick>> mappings) {
        return new NodeRow(node.getId(), node.getParentId(), node.getKind(), node.getCode(), node.getTitle(),
                node.getMinutes(), node.getDeliveryMethod(), node.getPosition(),
                mappings.getOrDefault(node.getId(), List.of()));
    }
}
