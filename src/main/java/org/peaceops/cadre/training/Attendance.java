package org.peaceops.cadre.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.peaceops.cadre.course.CourseSession;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/** One person's mark for one session, and who gave it when. */
@Entity
@Table(name = "attendance")
public class Attendance extends BaseEntity {

    /** The longest note a mark keeps ("arrived 20 min late: vehicle breakdown"). */
    public static final int NOTE_LENGTH = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CourseSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private AttendanceMark mark;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendance() {
    }

    Attendance(CourseSession session, Person person) {
        this.session = session;
        this.person = person;
    }

    /** Gives the mark; false when it was already this mark with this note (nothing changed). */
    boolean record(AttendanceMark newMark, String newNote, String by, Instant at) {
        String cleanNote = newNote == null || newNote.isBlank() ? null : newNote.strip();
        if (newMark == mark && Objects.equals(cleanNote, note)) {
            return false;
        }
        this.mark = newMark;
        this.note = cleanNote;
        this.recordedBy = by;
        this.recordedAt = at;
        return true;
    }

    public CourseSession getSession() {
        return session;
    }

    public Person getPerson() {
        return person;
    }

    public AttendanceMark getMark() {
        return mark;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
