package org.peaceops.cadre.curriculum;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Copies a version's nodes (keeping their keys) and mappings into a new draft, in a fixed number of queries. */
final class VersionCopy {

    private VersionCopy() {
    }

    static void copy(EntityManager em, CurriculumVersion from, CurriculumVersion to) {
        List<CurriculumNode> nodes = TreeOrder.nodes(em.createQuery(
                        "select n from CurriculumNode n where n.curriculumVersion = :v", CurriculumNode.class)
                .setParameter("v", from).getResultList());
        Map<Long, CurriculumNode> copies = new HashMap<>();
        for (CurriculumNode node : nodes) {
            CurriculumNode parent = node.getParentId() == null ? null : copies.get(node.getParentId());
            CurriculumNode copy = new CurriculumNode(to, parent, node.getNodeKey(), node.getKind(), node.details(),
                    node.getPosition());
            em.persist(copy);
            copies.put(node.getId(), copy);
        }
        em.createQuery("select m from NodeMapping m join fetch m.item where m.node.curriculumVersion = :v",
                        NodeMapping.class)
                .setParameter("v", from).getResultList()
                .forEach(m -> em.persist(new NodeMapping(copies.get(m.getNode().getId()), m.getItem(), m.getStrength())));
    }
}
