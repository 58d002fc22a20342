package org.peaceops.cadre.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.security.CurrentUser;

/**
 * The contents of curriculum versions: reading any version's tree and
 * mappings, and editing the draft — adding, changing, moving and removing
 * modules, lessons and outcomes, and mapping them onto ITS items. A node of a
 * published version is refused (409): published versions never change.
 */
@ApplicationScoped
@Transactional
public class CurriculumDraftService {

    static final String RECORD = "CurriculumNode";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurriculumService curricula;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    /** A version's nodes in tree order (one query). */
    public List<CurriculumNode> tree(long curriculumId, int number) {
        return nodesOf(curricula.version(curriculumId, number));
    }

    /** A version's mappings with their ITS items and editions (one query). */
    public List<NodeMapping> mappings(long curriculumId, int number) {
        return mappingsOf(curricula.version(curriculumId, number));
    }

    public CurriculumNode add(long curriculumId, Long parentId, @NotNull NodeKind kind,
                              @NotNull @Valid NodeDetails details) {
        CurriculumVersion draft = curricula.draftOf(curricula.forChange(curriculumId));
        CurriculumNode parent = parentId == null ? null : nodeIn(draft, parentId, "parentId");
        requireNesting(parent, kind);
        int position = siblings(draft, parent).size() + 1;
        CurriculumNode node = new CurriculumNode(draft, parent, UUID.randomUUID().toString(), kind, details, position);
        em.persist(node);
        em.flush();
        audit("ADD_NODE", node);
        return node;
    }

    public CurriculumNode change(long curriculumId, long nodeId, @NotNull @Valid NodeDetails details) {
        CurriculumNode node = draftNode(curriculumId, nodeId);
        node.describe(details);
        audit("UPDATE_NODE", node);
        return node;
    }

    /** Moves a node under {@code parentId} (null: top level) at {@code position} (1-based) among its new siblings. */
    public CurriculumNode move(long curriculumId, long nodeId, Long parentId, int position) {
        CurriculumNode node = draftNode(curriculumId, nodeId);
        CurriculumVersion draft = node.getCurriculumVersion();
        CurriculumNode parent = parentId == null ? null : nodeIn(draft, parentId, "parentId");
        requireNesting(parent, node.getKind());
        for (CurriculumNode at = parent; at != null; at = at.getParent()) {
            if (at.equals(node)) {
                throw new InvalidInputException("parentId", "error.node.intoItself");
            }
        }
        List<CurriculumNode> oldSiblings = new ArrayList<>(siblings(draft, node.getParent()));
        oldSiblings.remove(node);
        renumber(oldSiblings);
        List<CurriculumNode> newSiblings = new ArrayList<>(siblings(draft, parent));
        newSiblings.remove(node);
        newSiblings.add(Math.max(0, Math.min(position - 1, newSiblings.size())), node);
        node.place(parent, 0);
        renumber(newSiblings);
        audit("MOVE_NODE", node);
        return node;
    }

    /** Removes a node with everything under it and their mappings. */
    public void remove(long curriculumId, long nodeId) {
        CurriculumNode node = draftNode(curriculumId, nodeId);
        CurriculumVersion draft = node.getCurriculumVersion();
        List<CurriculumNode> all = nodesOf(draft);
        Set<Long> doomed = new HashSet<>();
        doomed.add(node.getId());
        for (CurriculumNode candidate : all) {
            if (candidate.getParentId() != null && doomed.contains(candidate.getParentId())) {
                doomed.add(candidate.getId());
            }
        }
        em.createQuery("delete from NodeMapping m where m.node.id in :ids").setParameter("ids", doomed).executeUpdate();
        List<CurriculumNode> removal = new ArrayList<>(all.stream().filter(n -> doomed.contains(n.getId())).toList());
        java.util.Collections.reverse(removal);
        removal.forEach(em::remove);
        List<CurriculumNode> siblings = new ArrayList<>(siblings(draft, node.getParent()));
        siblings.remove(node);
        renumber(siblings);
        audit("REMOVE_NODE", node);
    }

    /** Replaces the node's mappings onto ITS items. */
    public List<NodeMapping> map(long curriculumId, long nodeId, @NotNull List<@NotNull @Valid MappingRequest> wanted) {
        CurriculumNode node = draftNode(curriculumId, nodeId);
        Set<Long> seen = new HashSet<>();
        for (MappingRequest request : wanted) {
            if (!seen.add(request.itemId())) {
                throw new InvalidInputException("itemId", "error.mapping.duplicate", request.itemId());
            }
        }
        em.createQuery("delete from NodeMapping m where m.node = :node").setParameter("node", node).executeUpdate();
        List<NodeMapping> mappings = new ArrayList<>();
        for (MappingRequest request : wanted) {
            FrameworkItem item = em.createQuery(
                            "select i from FrameworkItem i join fetch i.edition where i.id = :id", FrameworkItem.class)
                    .setParameter("id", request.itemId()).getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInputException("itemId", "error.item.unknown", request.itemId()));
            NodeMapping mapping = new NodeMapping(node, item, request.strength());
            em.persist(mapping);
            mappings.add(mapping);
        }
        audit("MAP_NODE", node);
        return mappings;
    }

    List<CurriculumNode> nodesOf(CurriculumVersion version) {
        return TreeOrder.nodes(em.createQuery(
                        "select n from CurriculumNode n where n.curriculumVersion = :v", CurriculumNode.class)
                .setParameter("v", version).getResultList());
    }

    List<NodeMapping> mappingsOf(CurriculumVersion version) {
        return em.createQuery("""
                        select m from NodeMapping m join fetch m.item i join fetch i.edition
                        where m.node.curriculumVersion = :v order by i.code""", NodeMapping.class)
                .setParameter("v", version).getResultList();
    }

    private CurriculumNode draftNode(long curriculumId, long nodeId) {
        Curriculum curriculum = curricula.forChange(curriculumId);
        CurriculumNode node = em.createQuery("""
                        select n from CurriculumNode n join fetch n.curriculumVersion v
                        where n.id = :id and v.curriculum = :c""", CurriculumNode.class)
                .setParameter("id", nodeId).setParameter("c", curriculum).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, nodeId));
        node.getCurriculumVersion().requireDraft();
        return node;
    }

    private CurriculumNode nodeIn(CurriculumVersion version, long id, String field) {
        CurriculumNode node = em.find(CurriculumNode.class, id);
        if (node == null || !node.getCurriculumVersion().equals(version)) {
            throw new InvalidInputException(field, "error.node.unknown", id);
        }
        return node;
    }

    private static void requireNesting(CurriculumNode parent, NodeKind kind) {
        boolean fits = parent == null ? kind == NodeKind.MODULE : parent.getKind().mayHold(kind);
        if (!fits) {
            throw new InvalidInputException("kind", "error.node.nesting");
        }
    }

    private List<CurriculumNode> siblings(CurriculumVersion version, CurriculumNode parent) {
        var query = parent == null
                ? em.createQuery("select n from CurriculumNode n where n.curriculumVersion = :v and n.parent is null",
                        CurriculumNode.class).setParameter("v", version)
                : em.createQuery("select n from CurriculumNode n where n.parent = :p", CurriculumNode.class)
                        .setParameter("p", parent);
        return query.getResultList().stream().sorted(Comparator.comparingInt(CurriculumNode::getPosition)).toList();
    }

    private static void renumber(List<CurriculumNode> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).place(siblings.get(i).getParent(), i + 1);
        }
    }

    private void audit(String action, CurriculumNode node) {
        auditLog.changed(currentUser.actor(), action, RECORD, node.getId(),
                node.getKind() + " " + (node.getCode() == null ? "" : node.getCode() + " ") + node.getTitle());
    }

    /** One wanted mapping of a node onto an ITS item. */
    public record MappingRequest(@NotNull Long itemId, @NotNull MappingStrength strength) {
    }
}
