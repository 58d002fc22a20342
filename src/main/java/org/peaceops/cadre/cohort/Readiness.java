package org.peaceops.cadre.cohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.peaceops.cadre.people.Gender;

/**
 * How ready a cohort is to deploy: for each course of its plan, how many of
 * the people it applies to are done, on track, or at risk and why; overall,
 * by role and by gender. Computed from the roster, the plan and everyone's
 * attempts, read once for the whole cohort, so its cost does not grow with
 * the number of statements but only with the rows read.
 */
public record Readiness(int people, int fullyTrained, int onTrack, List<Element> elements,
                        Map<CohortRole, Group> byRole, Map<Gender, Group> byGender, List<Risk> risks)
        implements Serializable {

    /** A person on the roster, as readiness groups them. */
    public record Member(long personId, CohortRole role, Gender gender) {
    }

    /** A course of the plan: for everyone ({@code role} null) or one role. */
    public record Requirement(long courseId, CohortRole role) {

        boolean appliesTo(Member member) {
            return role == null || role == member.role();
        }
    }

    /** One enrolment of a roster member on an offering of a plan's course. */
    public record PersonAttempt(long personId, long courseId, PlanStanding.Attempt attempt) {
    }

    /** One course of the plan: who it applies to and where they stand. */
    public record Element(long courseId, int required, int done, int onTrack, Map<ElementStatus, Integer> byStatus,
                          int tooLate) implements Serializable {

        /** People who need a seat they do not hold in time: missing, failed, waitlisted or too late. */
        public int needingSeat() {
            return required - onTrack;
        }

        public int percentDone() {
            return percent(done, required);
        }
    }

    /** A group of people (a role, a gender) and how many of them are trained or on track. */
    public record Group(int people, int fullyTrained, int onTrack) implements Serializable {
    }

    /** A person not on track on one course, and why: the standing says it (missing, failed, waitlisted, too late). */
    public record Risk(long personId, long courseId, ElementStatus status, boolean tooLate) implements Serializable {
    }

    /**
     * Readiness of the roster against the plan. Attempts are every enrolment
     * of a member on an offering of a plan's course; the deadline is the
     * deployment date less the centre's margin.
     */
    public static Readiness of(Collection<Member> roster, Collection<Requirement> plan,
                               Collection<PersonAttempt> attempts, LocalDate today, LocalDate deadline) {
        Map<Long, Map<Long, List<PlanStanding.Attempt>>> byPerson = attempts.stream().collect(Collectors.groupingBy(
                PersonAttempt::personId, Collectors.groupingBy(PersonAttempt::courseId,
                        Collectors.mapping(PersonAttempt::attempt, Collectors.toList()))));
        List<Long> courses = plan.stream().map(Requirement::courseId).distinct().toList();
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        courses.forEach(course -> tallies.put(course, new Tally()));
        Map<CohortRole, int[]> roles = new EnumMap<>(CohortRole.class);
        Map<Gender, int[]> genders = new EnumMap<>(Gender.class);
        List<Risk> risks = new ArrayList<>();
        int fullyTrained = 0;
        int onTrack = 0;
        for (Member member : roster.stream().sorted(Comparator.comparingLong(Member::personId)).toList()) {
            boolean trained = true;
            boolean inTime = true;
            for (long course : courses) {
                if (plan.stream().noneMatch(r -> r.courseId() == course && r.appliesTo(member))) {
                    continue;
                }
                PlanStanding standing = PlanStanding.of(byPerson.getOrDefault(member.personId(), Map.of())
                        .getOrDefault(course, List.of()), today, deadline);
                tallies.get(course).add(standing);
                trained &= standing.status() == ElementStatus.DONE;
                inTime &= standing.onTrack();
                if (!standing.onTrack()) {
                    risks.add(new Risk(member.personId(), course, standing.status(), standing.tooLate()));
                }
            }
            fullyTrained += trained ? 1 : 0;
            onTrack += inTime ? 1 : 0;
            count(roles.computeIfAbsent(member.role(), r -> new int[3]), trained, inTime);
            if (member.gender() != null) {
                count(genders.computeIfAbsent(member.gender(), g -> new int[3]), trained, inTime);
            }
        }
        List<Element> elements = tallies.entrySet().stream().map(e -> e.getValue().element(e.getKey())).toList();
        return new Readiness(roster.size(), fullyTrained, onTrack, elements, groups(roles), groups(genders),
                List.copyOf(risks));
    }

    public int percentFullyTrained() {
        return percent(fullyTrained, people);
    }

    public int percentOnTrack() {
        return percent(onTrack, people);
    }

    /** People with at least one course not on track. */
    public int atRisk() {
        return people - onTrack;
    }

    private static void count(int[] group, boolean trained, boolean inTime) {
        group[0]++;
        group[1] += trained ? 1 : 0;
        group[2] += inTime ? 1 : 0;
    }

    private static <K extends Comparable<K>> Map<K, Group> groups(Map<K, int[]> counts) {
        Map<K, Group> groups = new TreeMap<>();
        counts.forEach((key, c) -> groups.put(key, new Group(c[0], c[1], c[2])));
        return java.util.Collections.unmodifiableMap(groups);
    }

    /** A share in whole percent, rounded down so that 99.6 % never shows as done. */
    static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) (100L * part / whole);
    }

    /** The counts of one course, as the roster is walked. */
    private static final class Tally {
        private int required;
        private int done;
        private int onTrack;
        private int tooLate;
        private final Map<ElementStatus, Integer> byStatus = new EnumMap<>(ElementStatus.class);

        void add(PlanStanding standing) {
            required++;
            done += standing.status() == ElementStatus.DONE ? 1 : 0;
            onTrack += standing.onTrack() ? 1 : 0;
            tooLate += standing.tooLate() ? 1 : 0;
            byStatus.merge(standing.status(), 1, Integer::sum);
        }

        Element element(long courseId) {
            return new Element(courseId, required, done, onTrack, Map.copyOf(byStatus), tooLate);
        }
    }
}
