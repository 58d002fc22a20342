package org.peaceops.cadre.course.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.peaceops.cadre.course.QualificationRules;

/**
 * The timetable rules, applied to a planned session and the few sessions the
 * database found near it in time (same room, same instructors or same
 * offering, on the same local days). Pure, so that every rule is tested
 * without a database; the database query keeps the input small.
 */
public final class ConflictRules {

    /** An instructor teaching longer than this in one local day gets a warning. */
    public static final Duration LONG_DAY = Duration.ofHours(8);

    /** Sessions closer than this count as back to back: no time to change buildings. */
    public static final Duration BACK_TO_BACK_GAP = Duration.ofMinutes(15);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ConflictRules() {
    }

    /** The stretch of time the database must search: the session's local days, widened by the back-to-back gap. */
    public static SearchWindow window(SessionPlan plan) {
        LocalDate first = plan.start().atZone(plan.zone()).toLocalDate();
        LocalDate last = plan.end().minusNanos(1).atZone(plan.zone()).toLocalDate();
        return new SearchWindow(first.atStartOfDay(plan.zone()).toInstant().minus(BACK_TO_BACK_GAP),
                last.plusDays(1).atStartOfDay(plan.zone()).toInstant().plus(BACK_TO_BACK_GAP));
    }

    /**
     * Every conflict of the plan, hard ones first.
     *
     * @param qualificationRequired whether the course asks its instructors for a master-trainer qualification
     * @param qualifications the instructors' qualifications for the course or its edition, valid or not
     */
    public static List<ScheduleConflict> check(SessionPlan plan, Collection<BookedSession> nearby,
                                               boolean qualificationRequired,
                                               Collection<QualificationPeriod> qualifications) {
        List<ScheduleConflict> found = new ArrayList<>();
        List<BookedSession> others = nearby.stream()
                .filter(other -> !other.id().equals(plan.sessionId())).toList();
        outsideOfferingDates(plan, found);
        roomTooSmall(plan, found);
        roomDoubleBooked(plan, others, found);
        instructorDoubleBooked(plan, others, found);
        if (qualificationRequired) {
            instructorUnqualified(plan, qualifications, found);
        }
        longDay(plan, others, found);
        backToBack(plan, others, found);
        return List.copyOf(found);
    }

    static void outsideOfferingDates(SessionPlan plan, List<ScheduleConflict> found) {
        LocalDate first = plan.start().atZone(plan.zone()).toLocalDate();
        LocalDate last = plan.end().minusNanos(1).atZone(plan.zone()).toLocalDate();
        if (first.isBefore(plan.offeringStartsOn()) || last.isAfter(plan.offeringEndsOn())) {
            found.add(ScheduleConflict.of(ConflictRule.OUTSIDE_OFFERING_DATES,
                    plan.offeringStartsOn().toString(), plan.offeringEndsOn().toString()));
        }
    }

    static void roomTooSmall(SessionPlan plan, List<ScheduleConflict> found) {
        if (plan.roomCapacity() != null && plan.seats() > plan.roomCapacity()) {
            found.add(ScheduleConflict.of(ConflictRule.ROOM_TOO_SMALL, plan.roomName(),
                    String.valueOf(plan.roomCapacity()), String.valueOf(plan.seats())));
        }
    }

    static void roomDoubleBooked(SessionPlan plan, List<BookedSession> others, List<ScheduleConflict> found) {
        if (plan.roomId() == null) {
            return;
        }
        others.stream()
                .filter(other -> plan.roomId().equals(other.roomId()) && other.overlaps(plan.start(), plan.end()))
                .forEach(other -> found.add(ScheduleConflict.of(ConflictRule.ROOM_DOUBLE_BOOKED, plan.roomName(),
                        other.label(), local(other.start(), plan), local(other.end(), plan))));
    }

    static void instructorDoubleBooked(SessionPlan plan, List<BookedSession> others, List<ScheduleConflict> found) {
        for (Map.Entry<Long, String> instructor : sortedInstructors(plan)) {
            others.stream()
                    .filter(other -> other.instructorIds().contains(instructor.getKey())
                            && other.overlaps(plan.start(), plan.end()))
                    .forEach(other -> found.add(ScheduleConflict.of(ConflictRule.INSTRUCTOR_DOUBLE_BOOKED,
                            instructor.getValue(), other.label(), local(other.start(), plan), local(other.end(), plan))));
        }
    }

    static void instructorUnqualified(SessionPlan plan, Collection<QualificationPeriod> qualifications,
                                      List<ScheduleConflict> found) {
        LocalDate day = plan.start().atZone(plan.zone()).toLocalDate();
        for (Map.Entry<Long, String> instructor : sortedInstructors(plan)) {
            boolean qualified = qualifications.stream().anyMatch(q -> q.holderId().equals(instructor.getKey())
                    && QualificationRules.validOn(q.issuedOn(), q.expiresOn(), day));
            if (!qualified) {
                found.add(ScheduleConflict.of(ConflictRule.INSTRUCTOR_UNQUALIFIED, instructor.getValue(), day.toString()));
            }
        }
    }

    /** Minutes per local day: a session crossing midnight counts on both days. */
    static void longDay(SessionPlan plan, List<BookedSession> others, List<ScheduleConflict> found) {
        LocalDate day = plan.start().atZone(plan.zone()).toLocalDate();
        Instant dayStart = day.atStartOfDay(plan.zone()).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(plan.zone()).toInstant();
        for (Map.Entry<Long, String> instructor : sortedInstructors(plan)) {
            Duration teaching = within(plan.start(), plan.end(), dayStart, dayEnd);
            for (BookedSession other : others) {
                if (other.instructorIds().contains(instructor.getKey())) {
                    teaching = teaching.plus(within(other.start(), other.end(), dayStart, dayEnd));
                }
            }
            if (teaching.compareTo(LONG_DAY) > 0) {
                found.add(ScheduleConflict.of(ConflictRule.INSTRUCTOR_LONG_DAY, instructor.getValue(),
                        day.toString(), hours(teaching)));
            }
        }
    }

    /**
     * The instructors or the trainees of the offering would have to change
     * buildings between two sessions with no time to do it.
     */
    static void backToBack(SessionPlan plan, List<BookedSession> others, List<ScheduleConflict> found) {
        if (plan.building() == null) {
            return;
        }
        for (BookedSession other : others) {
            boolean sharesPeople = plan.offeringId().equals(other.offeringId())
                    || other.instructorIds().stream().anyMatch(plan.instructors()::containsKey);
            boolean differentBuilding = other.building() != null && !other.building().equalsIgnoreCase(plan.building());
            if (sharesPeople && differentBuilding && adjacent(plan, other)) {
                found.add(ScheduleConflict.of(ConflictRule.BACK_TO_BACK_BUILDINGS, other.label(), other.building(),
                        plan.building()));
            }
        }
    }

    private static boolean adjacent(SessionPlan plan, BookedSession other) {
        Duration before = Duration.between(other.end(), plan.start());
        Duration after = Duration.between(plan.end(), other.start());
        return isShortGap(before) || isShortGap(after);
    }

    private static boolean isShortGap(Duration gap) {
        return !gap.isNegative() && gap.compareTo(BACK_TO_BACK_GAP) <= 0;
    }

    private static Duration within(Instant start, Instant end, Instant from, Instant to) {
        Instant s = start.isAfter(from) ? start : from;
        Instant e = end.isBefore(to) ? end : to;
        return e.isAfter(s) ? Duration.between(s, e) : Duration.ZERO;
    }

    private static List<Map.Entry<Long, String>> sortedInstructors(SessionPlan plan) {
        return plan.instructors().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    private static String local(Instant instant, SessionPlan plan) {
        return ZonedDateTime.ofInstant(instant, plan.zone()).format(TIME);
    }

    private static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return String.format(java.util.Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    /** From (inclusive) to (exclusive). */
    public record SearchWindow(Instant from, Instant to) {
    }
}
