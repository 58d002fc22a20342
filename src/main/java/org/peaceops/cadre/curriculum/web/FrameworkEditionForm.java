package org.peaceops.cadre.curriculum.web;

import java.io.Serializable;
import org.peaceops.cadre.curriculum.EditionDetails;
import org.peaceops.cadre.curriculum.EditionFamily;
import org.peaceops.cadre.curriculum.EditionStatus;
import org.peaceops.cadre.curriculum.FrameworkEdition;

/** The edition dialog's fields while an administrator edits them; checked by the service on save. */
public class FrameworkEditionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String code;
    private String title;
    private EditionFamily family = EditionFamily.OTHER;
    private EditionStatus status = EditionStatus.CURRENT;
    private String publisher;
    private String language;
    private String description;
    private boolean unconfirmed;

    static FrameworkEditionForm of(FrameworkEdition edition) {
        FrameworkEditionForm form = new FrameworkEditionForm();
        form.id = edition.getId();
        form.version = edition.getVersion();
        form.code = edition.getCode();
        form.title = edition.getTitle();
        form.family = edition.getFamily();
        form.status = edition.getStatus();
        form.publisher = edition.getPublisher();
        form.language = edition.getLanguage();
        form.description = edition.getDescription();
        form.unconfirmed = edition.isUnconfirmed();
        return form;
    }

    EditionDetails details() {
        return new EditionDetails(code, title, family, publisher, language, description, status, unconfirmed);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public EditionFamily getFamily() {
        return family;
    }

    public void setFamily(EditionFamily family) {
        this.family = family;
    }

    public EditionStatus getStatus() {
        return status;
    }

    public void setStatus(EditionStatus status) {
        this.status = status;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isUnconfirmed() {
        return unconfirmed;
    }

    public void setUnconfirmed(boolean unconfirmed) {
        this.unconfirmed = unconfirmed;
    }
}
