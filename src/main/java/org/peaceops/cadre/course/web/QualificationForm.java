package org.peaceops.cadre.course.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.peaceops.cadre.course.Qualification;
import org.peaceops.cadre.course.QualificationDetails;
import org.peaceops.cadre.course.QualificationKind;

/**
 * The qualification dialog's fields while staff edit them. A recorded
 * qualification names its holder, kind and what it qualifies for once; later
 * edits correct only the dates and the evidence. The service checks everything.
 */
public class QualificationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Long holderId;
    private String holderName;
    private QualificationKind kind = QualificationKind.MASTER_TRAINER;
    private Long frameworkEditionId;
    private Long courseId;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private String evidence;

    static QualificationForm of(Qualification qualification) {
        QualificationForm form = new QualificationForm();
        form.id = qualification.getId();
        form.version = qualification.getVersion();
        form.holderId = qualification.getHolder().getId();
        form.holderName = qualification.getHolder().getDisplayName();
        form.kind = qualification.getKind();
        form.frameworkEditionId = qualification.getFrameworkEdition() == null ? null
                : qualification.getFrameworkEdition().getId();
        form.courseId = qualification.getCourse() == null ? null : qualification.getCourse().getId();
        form.issuedOn = qualification.getIssuedOn();
        form.expiresOn = qualification.getExpiresOn();
        form.evidence = qualification.getEvidence();
        return form;
    }

    QualificationDetails details() {
        return new QualificationDetails(holderId, kind, frameworkEditionId, courseId, issuedOn, expiresOn, evidence);
    }

    public boolean isRecorded() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getHolderId() {
        return holderId;
    }

    public void setHolderId(Long holderId) {
        this.holderId = holderId;
    }

    public String getHolderName() {
        return holderName;
    }

    public QualificationKind getKind() {
        return kind;
    }

    public void setKind(QualificationKind kind) {
        this.kind = kind;
    }

    public Long getFrameworkEditionId() {
        return frameworkEditionId;
    }

    public void setFrameworkEditionId(Long frameworkEditionId) {
        this.frameworkEditionId = frameworkEditionId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
