package org.peaceops.cadre.curriculum.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.curriculum.CurriculumDiff;
import org.peaceops.cadre.curriculum.CurriculumReports;
import org.peaceops.cadre.curriculum.CurriculumService;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.web.FormErrors;

/** A curriculum's versions and what changed between two of them, node by node. */
@Named
@ViewScoped(saveInViewState = true)
public class CurriculumHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurriculumService curricula;

    @Inject
    CurriculumReports reports;

    /** Not kept with the view (the container's factory is not serializable); looked up again after a reload. */
    private Long id;
    private String title;
    private List<VersionRow> versions = List.of();
    private Integer from;
    private Integer to;
    private CurriculumDiff.Result diff;

    /** On opening: the newest version compared with the one before it, when there are two. */
    public String load() {
        if (id == null) {
            throw new RecordNotFoundException("Curriculum", null);
        }
        title = curricula.get(id).getTitle();
        versions = VersionRow.of(curricula.versions(id));
        to = versions.get(0).number();
        from = versions.size() > 1 ? versions.get(1).number() : to;
        compare();
        return null;
    }

    public void compare() {
        diff = FormErrors.attempt("historyForm", () -> reports.diff(id, from, to), null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public CurriculumDiff.Result getDiff() {
        return diff;
    }

}
