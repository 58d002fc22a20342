package org.peaceops.cadre.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** An instructor teaching a session, as lead or assisting. */
@Embeddable
public class SessionInstructor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "instructor_id", nullable = false)
    private Long instructorId;

    @Column(nullable = false)
    private boolean lead;

    protected SessionInstructor() {
    }

    SessionInstructor(Long instructorId, boolean lead) {
        this.instructorId = instructorId;
        this.lead = lead;
    }

    public Long getInstructorId() {
        return instructorId;
    }

    public boolean isLead() {
        return lead;
    }

    /** Value equality, so that the session's set of instructors compares and updates by content. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SessionInstructor that && lead == that.lead
                && java.util.Objects.equals(instructorId, that.instructorId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(instructorId, lead);
    }
}
