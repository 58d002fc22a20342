package org.peaceops.cadre.curriculum.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.cadre.curriculum.Curriculum;
import org.peaceops.cadre.curriculum.CurriculumDetails;

/** The curriculum dialog's fields while the user edits them; checked by the service on save. */
public class CurriculumForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Long centreId;
    private String title;
    private String audience;
    private List<String> languages = new ArrayList<>(List.of("en"));
    private String summary;

    static CurriculumForm of(Curriculum curriculum) {
        CurriculumForm form = new CurriculumForm();
        form.id = curriculum.getId();
        form.version = curriculum.getVersion();
        form.centreId = curriculum.getCentreId();
        form.title = curriculum.getTitle();
        form.audience = curriculum.getAudience();
        form.languages = new ArrayList<>(curriculum.getLanguages());
        form.summary = curriculum.getSummary();
        return form;
    }

    CurriculumDetails details() {
        return new CurriculumDetails(title, audience, languages == null ? List.of() : List.copyOf(languages), summary);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
