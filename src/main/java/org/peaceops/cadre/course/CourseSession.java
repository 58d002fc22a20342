package org.peaceops.cadre.course;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.peaceops.cadre.centre.Room;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.curriculum.CurriculumNode;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * A block in an offering's timetable: a lesson (or any block, titled), its
 * start and end (stored in UTC, shown in the centre's time zone), its room and
 * instructors. Its UID stays the same for life and its sequence grows with
 * every change, so that subscribed calendars update the event in place.
 */
@Entity
@Table(name = "course_session")
public class CourseSession extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id", nullable = false, updatable = false)
    private Offering offering;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private TrainingCentre centre;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lesson_id")
    private CurriculumNode lesson;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SessionStatus status;

    @Column(nullable = false, length = 80, updatable = false)
    private String uid;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "session_instructor", joinColumns = @JoinColumn(name = "session_id"))
    private Set<SessionInstructor> instructors = new HashSet<>();

    protected CourseSession() {
    }

    CourseSession(Offering offering, String uidDomain, Instant now) {
        this.offering = offering;
        this.centre = offering.getCentre();
        this.status = SessionStatus.SCHEDULED;
        this.uid = UUID.randomUUID() + "@" + uidDomain;
        this.sequence = 0;
        this.modifiedAt = now;
    }

    /** Applies a plan; a change of an already saved session raises its sequence for calendar clients. */
    void plan(String sessionTitle, CurriculumNode lessonNode, Instant start, Instant end, Room inRoom,
              Long lead, List<Long> assisting, Instant now) {
        if (getId() != null) {
            sequence++;
        }
        this.title = sessionTitle;
        this.lesson = lessonNode;
        this.startsAt = start;
        this.endsAt = end;
        this.room = inRoom;
        this.instructors.clear();
        if (lead != null) {
            instructors.add(new SessionInstructor(lead, true));
        }
        assisting.stream().filter(id -> !id.equals(lead)).distinct()
                .forEach(id -> instructors.add(new SessionInstructor(id, false)));
        this.modifiedAt = now;
    }

    void cancel(Instant now) {
        if (status != SessionStatus.CANCELLED) {
            status = SessionStatus.CANCELLED;
            sequence++;
            modifiedAt = now;
        }
    }

    public Offering getOffering() {
        return offering;
    }

    public TrainingCentre getCentre() {
        return centre;
    }

    public CurriculumNode getLesson() {
        return lesson;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Room getRoom() {
        return room;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getUid() {
        return uid;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public Set<SessionInstructor> getInstructors() {
        return Set.copyOf(instructors);
    }

    public Optional<Long> leadInstructorId() {
        return instructors.stream().filter(SessionInstructor::isLead).map(SessionInstructor::getInstructorId).findFirst();
    }

    public List<Long> assistingInstructorIds() {
        return instructors.stream().filter(i -> !i.isLead()).map(SessionInstructor::getInstructorId).sorted().toList();
    }
}
