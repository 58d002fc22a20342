package org.peaceops.cadre.curriculum.web;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.cadre.curriculum.FrameworkExchange;
import org.peaceops.cadre.curriculum.FrameworkItem;
import org.peaceops.cadre.curriculum.FrameworkService;
import org.peaceops.cadre.curriculum.ItemLevel;
import org.peaceops.cadre.curriculum.exchange.CaseWriter;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One edition's items in tree order, indented by depth, and its CASE 1.0 export.
 * Keeps copies, not entities, so the view stays serializable.
 */
@Named
@ViewScoped(saveInViewState = true)
public class FrameworkTreeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEEPEST_INDENT = 5;

    /** One line of the tree; {@code depth} counts the ancestors. */
    public record Row(String code, String title, ItemLevel level, Integer recommendedMinutes, boolean unconfirmed,
                      int depth) implements Serializable {

        /** A style class that indents the item under its parent. */
        public String indent() {
            return "cadre-indent-" + Math.min(DEEPEST_INDENT, depth);
        }
    }

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkExchange exchange;

    private FrameworkEditionForm edition;
    private List<Row> items = List.of();

    private Long id;

    /** On opening: an edition that does not exist (or an id that is none) ends on the 404 page. */
    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("FrameworkEdition", null);
        }
        edition = FrameworkEditionForm.of(frameworks.get(id));
        items = rows(frameworks.tree(edition.getId()));
    }

    private static List<Row> rows(List<FrameworkItem> tree) {
        Map<Long, Integer> depths = new HashMap<>();
        List<Row> rows = new ArrayList<>(tree.size());
        for (FrameworkItem item : tree) {
            Long parent = item.getParentId();
            int depth = parent == null ? 0 : depths.getOrDefault(parent, 0) + 1;
            depths.put(item.getId(), depth);
            rows.add(new Row(item.getCode(), item.getTitle(), item.getLevel(), item.getRecommendedMinutes(),
                    item.isUnconfirmed(), depth));
        }
        return List.copyOf(rows);
    }

    /** The edition as a CASE 1.0 package, written when the button is pressed. */
    public StreamedContent getDownload() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseWriter().write(exchange.export(edition.getId()), out);
        byte[] json = out.toByteArray();
        return DefaultStreamedContent.builder()
                .name(edition.getCode() + ".case.json")
                .contentType("application/json")
                .contentLength((long) json.length)
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FrameworkEditionForm getEdition() {
        return edition;
    }

    public List<Row> getItems() {
        return items;
    }
}
