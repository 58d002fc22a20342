package org.peaceops.cadre.curriculum.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.curriculum.CurriculumDraftService;
import org.peaceops.cadre.curriculum.CurriculumService;
import org.peaceops.cadre.curriculum.DeliveryMethod;
import org.peaceops.cadre.curriculum.FrameworkService;
import org.peaceops.cadre.curriculum.MappingStrength;
import org.peaceops.cadre.curriculum.NodeKind;
import org.peaceops.cadre.curriculum.web.NodeRow.Pick;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.web.FormErrors;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The curriculum editor: any version's tree read-only, the draft's tree edited
 * (nodes added, changed, moved, removed, mapped onto ITS items), the draft
 * published and a new draft started. The services refuse what the user may not do.
 */
@Named
@ViewScoped(saveInViewState = true)
public class CurriculumEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NODE_FORM = "nodeForm";
    static final String MAP_FORM = "mapForm";

    @Inject
    CurriculumService curricula;

    @Inject
    CurriculumDraftService drafts;

    @Inject
    FrameworkService frameworks;

    /** Not kept with the view (the container's factory is not serializable); looked up again after a reload. */
    private Long id;
    private Integer number;
    private String title;
    private List<VersionRow> versions = List.of();
    private TreeNode<NodeRow> root;
    private TreeNode<NodeRow> selected;
    private NodeForm form = new NodeForm();
    private final MappingPicker picker = new MappingPicker();
    private LinkedHashMap<String, Long> editions;
    /** The editions among {@link #editions} that have no items yet. */
    private final HashSet<Long> emptyEditions = new HashSet<>();

    /** On opening: the draft if there is one, else the latest version. */
    public String load() {
        if (id == null) {
            throw new RecordNotFoundException("Curriculum", null);
        }
        title = curricula.get(id).getTitle();
        versions = VersionRow.of(curricula.versions(id));
        number = versions.stream().filter(VersionRow::isDraft).findFirst().orElse(versions.get(0)).number();
        readTree();
        return null;
    }

    public void readTree() {
        Map<Long, List<Pick>> mappings = drafts.mappings(id, number).stream().collect(Collectors.groupingBy(
                m -> m.getNode().getId(), Collectors.mapping(Pick::of, Collectors.toList())));
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<NodeRow>> placed = new HashMap<>();
        Long selectedId = selected == null ? null : selected.getData().id();
        selected = null;
        drafts.tree(id, number).forEach(node -> {
            TreeNode<NodeRow> parent = node.getParentId() == null ? root : placed.get(node.getParentId());
            TreeNode<NodeRow> added = new DefaultTreeNode<>(node.getKind().name(), NodeRow.of(node, mappings), parent);
            added.setExpanded(true);
            placed.put(node.getId(), added);
            if (node.getId().equals(selectedId)) {
                added.setSelected(true);
                selected = added;
            }
        });
    }

    public void add(NodeKind kind) {
        form = NodeForm.adding(kind, kind == NodeKind.MODULE ? null : selected.getData().id());
    }

    public void edit() {
        form = NodeForm.of(selected.getData());
    }

    public void saveNode() {
        FormErrors.attempt(NODE_FORM, () -> {
            if (form.getNodeId() == null) {
                drafts.add(id, form.getParentId(), form.getKind(), form.details());
            } else {
                drafts.change(id, form.getNodeId(), form.details());
            }
            FormErrors.info("curriculum.node.saved", form.getTitle());
            readTree();
        });
    }

    public void remove() {
        act(() -> drafts.remove(id, selected.getData().id()), "curriculum.node.removed", selected.getData().title());
        selected = null;
        readTree();
    }

    /** Moves the selected node one place up (-1) or down (+1) among its siblings. */
    public void move(int by) {
        NodeRow row = selected.getData();
        act(() -> drafts.move(id, row.id(), row.parentId(), Math.max(1, row.position() + by)), null);
        readTree();
    }

    public void startMapping() {
        picker.open(selected.getData(), EditionChoices.usual(getEditions()));
    }

    public void search() {
        act(() -> picker.search(frameworks), null);
    }

    public void saveMappings() {
        FormErrors.attempt(MAP_FORM, () -> {
            drafts.map(id, picker.getNode().id(), picker.requests());
            FormErrors.info("curriculum.mapping.saved", picker.getNode().title());
            readTree();
        });
    }

    public void publish() {
        act(() -> curricula.publish(id), "curriculum.published", number);
        versions = VersionRow.of(curricula.versions(id));
        readTree();
    }

    public void newDraft() {
        act(() -> number = curricula.newDraft(id).getNumber(), "curriculum.draftStarted");
        versions = VersionRow.of(curricula.versions(id));
        readTree();
    }

    private void act(Runnable action, String doneKey, Object... arguments) {
        FormErrors.attempt(NODE_FORM, () -> {
            action.run();
            if (doneKey != null) {
                FormErrors.info(doneKey, arguments);
            }
        });
    }

    /** Whether the chosen version is the draft, the only one that may change. */
    public boolean isDraft() {
        return versions.stream().anyMatch(v -> v.number() == number && v.isDraft());
    }

    public boolean isHasDraft() {
        return versions.stream().anyMatch(VersionRow::isDraft);
    }

    /** Whether the selected node may hold a node of this kind (a module at top level needs no selection). */
    public boolean canAdd(NodeKind kind) {
        return isDraft() && (kind == NodeKind.MODULE
                || selected != null && selected.getData().kind().mayHold(kind));
    }

    public Map<String, Long> getEditions() {
        if (editions == null) {
            editions = EditionChoices.all(frameworks, emptyEditions);
        }
        return editions;
    }

    /** Whether the edition chosen in the picker has no items, so that a search there can say why it finds none. */
    public boolean isPickerEditionEmpty() {
        getEditions();
        return picker.getEditionId() != null && emptyEditions.contains(picker.getEditionId());
    }

    public DeliveryMethod[] getDeliveryMethods() {
        return DeliveryMethod.values();
    }

    public MappingStrength[] getStrengths() {
        return MappingStrength.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public TreeNode<NodeRow> getRoot() {
        return root;
    }

    public TreeNode<NodeRow> getSelected() {
        return selected;
    }

    public void setSelected(TreeNode<NodeRow> selected) {
        this.selected = selected;
    }

    public NodeForm getForm() {
        return form;
    }

    public MappingPicker getPicker() {
        return picker;
    }

}
