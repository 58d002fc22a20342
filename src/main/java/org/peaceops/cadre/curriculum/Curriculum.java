package org.peaceops.cadre.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.platform.persistence.BaseEntity;
import org.peaceops.cadre.platform.persistence.CodeList;

/**
 * A centre's curriculum, e.g. its pre-deployment course for infantry
 * battalions. It lives as numbered versions: version 1 starts as a draft; a
 * published version never changes again; the next draft starts from the latest
 * published version. Only the owning centre's staff change it.
 */
@Entity
@Table(name = "curriculum")
public class Curriculum extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private TrainingCentre centre;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 200)
    private String audience;

    @Column(nullable = false, length = 60)
    @Convert(converter = CodeList.class)
    private List<String> languages = List.of();

    @Column(length = 2000)
    private String summary;

    protected Curriculum() {
    }

    public Curriculum(TrainingCentre centre, CurriculumDetails details) {
        this.centre = centre;
        describe(details);
    }

    public void describe(CurriculumDetails details) {
        this.title = details.title().strip();
        this.audience = details.audience();
        this.languages = List.copyOf(details.languages());
        this.summary = details.summary();
    }

    public TrainingCentre getCentre() {
        return centre;
    }

    public Long getCentreId() {
        return centre.getId();
    }

    public String getTitle() {
        return title;
    }

    public String getAudience() {
        return audience;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public String getSummary() {
        return summary;
    }
}
