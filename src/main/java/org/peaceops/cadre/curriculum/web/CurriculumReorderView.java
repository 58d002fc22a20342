package org.peaceops.cadre.curriculum.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.curriculum.CurriculumDraftService;
import org.peaceops.cadre.platform.web.FormErrors;
import org.primefaces.event.TreeDragDropEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Reordering the draft by drag and drop: a copy of the editor's tree shown as a
 * p:tree; a drop asks the service to move the node, then the editor reads the
 * tree again, so the screen shows what was stored (a refused move snaps back).
 */
@Named
@ViewScoped(saveInViewState = true)
public class CurriculumReorderView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "editForm";

    @Inject
    CurriculumEditView editor;

    @Inject
    CurriculumDraftService drafts;

    private boolean open;
    /** The editor's tree this copy was made from; a new one means the editor read the tree again. */
    private TreeNode<NodeRow> source;
    private TreeNode<NodeRow> root;

    public void toggle() {
        open = !open;
    }

    /** Moves the dragged node under the node it was dropped on or beside (the root: top level), at its new place. */
    public void onDragDrop(TreeDragDropEvent event) {
        NodeRow dragged = (NodeRow) event.getDragNode().getData();
        NodeRow into = event.getDropNode() == null ? null : (NodeRow) event.getDropNode().getData();
        FormErrors.attempt(FORM, () -> {
            drafts.move(editor.getId(), dragged.id(), into == null ? null : into.id(), event.getDropIndex() + 1);
            FormErrors.info("curriculum.reorder.moved", dragged.title());
        });
        editor.readTree();
    }

    public boolean isOpen() {
        return open;
    }

    /** The editor's tree, copied again whenever the editor has read it again (p:tree changes its own model on a drop). */
    public TreeNode<NodeRow> getRoot() {
        if (root == null || source != editor.getRoot()) {
            source = editor.getRoot();
            root = new DefaultTreeNode<>(null, null);
            if (source != null) {
                copy(source, root);
            }
        }
        return root;
    }

    private static void copy(TreeNode<NodeRow> from, TreeNode<NodeRow> to) {
        for (TreeNode<NodeRow> child : from.getChildren()) {
            TreeNode<NodeRow> copied = new DefaultTreeNode<>(child.getType(), child.getData(), to);
            copied.setExpanded(true);
            copy(child, copied);
        }
    }
}
