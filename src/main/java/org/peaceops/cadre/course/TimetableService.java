package org.peaceops.cadre.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peaceops.cadre.course.schedule.ScheduleConflict;
import org.peaceops.cadre.course.schedule.TimetableLayout;
import org.peaceops.cadre.curriculum.CurriculumNode;
import org.peaceops.cadre.curriculum.CurriculumVersion;
import org.peaceops.cadre.curriculum.NodeKind;
import org.peaceops.cadre.platform.CadreException;
import org.peaceops.cadre.platform.ConflictException;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Whole timetables at once: laid out from the course's curriculum (proposed
 * first, saved only when staff apply it) or copied from another offering to
 * new dates. Every session is checked by the same rules as a session saved by
 * hand, and a save keeps all the sessions or none.
 */
@ApplicationScoped
@Transactional
public class TimetableService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    @Inject
    OfferingService offerings;

    @Inject
    ScheduleService schedule;

    /** A proposed session and what the timetable rules say about it. */
    public record Proposed(SessionDetails details, List<ScheduleConflict> conflicts) {

        public boolean blocked() {
            return conflicts.stream().anyMatch(ScheduleConflict::isHard);
        }
    }

    /** The sessions the curriculum would give the offering, each with its conflicts; saves nothing. */
    public List<Proposed> preview(long offeringId, @NotNull TimetablePlan plan) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = offerings.get(offeringId);
        offering.requireOpenForChange();
        return propose(offering, layOut(offering, plan), false);
    }

    /**
     * Saves the laid-out timetable: every session, or none and a 409 listing
     * every hard conflict. The rooms and instructors are locked while checking,
     * as for a single save.
     */
    public List<CourseSession> apply(long offeringId, long expectedVersion, @NotNull TimetablePlan plan) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering offering = offerings.editable(offeringId, expectedVersion);
        List<CourseSession> saved = saveAll(offering, layOut(offering, plan));
        auditLog.changed(currentUser.actor(), "LAYOUT", OfferingService.RECORD, offeringId,
                offering.label() + ", " + saved.size() + " sessions from the curriculum");
        return saved;
    }

    /**
     * A new planned offering of the same course, language, seats and note
     * starting on {@code startsOn}, lasting as many days, with the scheduled
     * sessions shifted by the same number of days (so each keeps its day of the
     * offering); cancelled sessions are left behind. Any hard conflict refuses
     * the whole copy.
     */
    public Offering copy(long offeringId, @NotNull LocalDate startsOn) {
        currentUser.require(Role.CENTRE_STAFF);
        Offering source = offerings.get(offeringId);
        long shift = ChronoUnit.DAYS.between(source.getStartsOn(), startsOn);
        if (shift == 0) {
            throw new InvalidInputException("startsOn", "error.offering.copySameDay");
        }
        List<SessionDetails> shifted = schedule.sessions(offeringId).stream()
                .filter(s -> s.getStatus() == SessionStatus.SCHEDULED).map(schedule::detailsOf)
                .map(d -> d.movedTo(d.startsAt().plusDays(shift), d.endsAt().plusDays(shift))).toList();
        Offering copy = offerings.add(source.getCourse().getId(), new OfferingDetails(startsOn,
                source.getEndsOn().plusDays(shift), source.getLanguage(), source.getSeats(), source.getNote()));
        saveAll(copy, shifted);
        auditLog.changed(currentUser.actor(), "COPY", OfferingService.RECORD, copy.getId(),
                source.label() + " copied to " + copy.label() + " with " + shifted.size() + " sessions");
        return copy;
    }

    private List<CourseSession> saveAll(Offering offering, List<SessionDetails> sessions) {
        List<CadreException.Reason> hard = propose(offering, sessions, true).stream()
                .flatMap(p -> p.conflicts().stream()).filter(ScheduleConflict::isHard)
                .map(ScheduleConflict::reason).toList();
        if (!hard.isEmpty()) {
            throw new ConflictException(hard, "error.timetable.conflicts", hard.size());
        }
        List<CourseSession> saved = new ArrayList<>();
        for (SessionDetails details : sessions) {
            saved.add(schedule.add(offering.getId(), details).session());
        }
        return saved;
    }

    private List<Proposed> propose(Offering offering, List<SessionDetails> sessions, boolean lock) {
        return sessions.stream().map(d -> new Proposed(d, schedule.conflictsOf(offering, d, lock))).toList();
    }

    /** The course's lessons laid out in the plan's room with its lead instructor; refuses what cannot be. */
    private List<SessionDetails> layOut(Offering offering, TimetablePlan plan) {
        if (plan.roomId() == null) {
            throw new InvalidInputException("roomId", "error.timetable.roomRequired");
        }
        if (plan.leadInstructorId() == null) {
            throw new InvalidInputException("leadInstructorId", "error.timetable.instructorRequired");
        }
        TimetableLayout.Result result = TimetableLayout.layOut(lessons(offering), offering.getStartsOn(),
                offering.getEndsOn(), plan.workingDay(offering.getCentre().workingDay()));
        if (!result.fits()) {
            throw new ConflictException("error.timetable.daysShort", result.unplacedLessons());
        }
        return result.sessions().stream().map(p -> new SessionDetails(p.title(), p.lessonId(), p.start(), p.end(),
                plan.roomId(), plan.leadInstructorId(), List.of())).toList();
    }

    /** The lessons of the course's curriculum version as the curriculum reads: module by module, in order. */
    private List<TimetableLayout.Lesson> lessons(Offering offering) {
        CurriculumVersion version = offering.getCourse().getCurriculumVersion();
        if (version == null) {
            throw new ConflictException("error.timetable.noCurriculum");
        }
        List<CurriculumNode> nodes = em.createQuery("""
                        select n from CurriculumNode n where n.curriculumVersion = :version and n.kind in :kinds""",
                        CurriculumNode.class)
                .setParameter("version", version).setParameter("kinds", List.of(NodeKind.MODULE, NodeKind.LESSON))
                .getResultList();
        Map<Long, CurriculumNode> byId = nodes.stream().collect(Collectors.toMap(CurriculumNode::getId,
                Function.identity()));
        Comparator<CurriculumNode> treeOrder = Comparator
                .comparingInt((CurriculumNode n) -> n.getParentId() == null ? n.getPosition()
                        : byId.get(n.getParentId()).getPosition())
                .thenComparingInt(n -> n.getParentId() == null ? -1 : n.getPosition());
        List<CurriculumNode> lessons = nodes.stream().filter(n -> n.getKind() == NodeKind.LESSON)
                .sorted(treeOrder).toList();
        if (lessons.isEmpty()) {
            throw new ConflictException("error.timetable.noLessons");
        }
        lessons.stream().filter(n -> n.getMinutes() == null || n.getMinutes() <= 0).findFirst().ifPresent(n -> {
            throw new ConflictException("error.timetable.lessonWithoutMinutes", label(n));
        });
        return lessons.stream().map(n -> new TimetableLayout.Lesson(n.getId(), n.getTitle(), n.getMinutes())).toList();
    }

    private static String label(CurriculumNode node) {
        return node.getCode() == null ? node.getTitle() : node.getCode() + " " + node.getTitle();
    }
}
