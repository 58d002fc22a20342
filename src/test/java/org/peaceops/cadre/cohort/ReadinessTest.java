package org.peaceops.cadre.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.course.EnrolmentStatus;
import org.peaceops.cadre.course.OfferingStatus;
import org.peaceops.cadre.people.Gender;

class ReadinessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 1);
    private static final long BRIEFING = 10;
    private static final long COMMAND = 20;

    private static final List<Readiness.Member> ROSTER = List.of(
            new Readiness.Member(1, CohortRole.COMMANDER, Gender.FEMALE),
            new Readiness.Member(2, CohortRole.MEMBER, Gender.MALE),
            new Readiness.Member(3, CohortRole.MEMBER, Gender.FEMALE),
            new Readiness.Member(4, CohortRole.MEMBER, null));
    private static final List<Readiness.Requirement> PLAN = List.of(
            new Readiness.Requirement(BRIEFING, null), new Readiness.Requirement(COMMAND, CohortRole.COMMANDER));

    @Test
    void eachCourseCountsOnlyThePeopleItAppliesToAndWhereTheyStand() {
        Readiness readiness = Readiness.of(ROSTER, PLAN, List.of(
                done(1, BRIEFING), done(1, COMMAND),
                done(2, BRIEFING),
                seat(3, BRIEFING, EnrolmentStatus.ENROLLED, TODAY.plusDays(20))), TODAY, DEADLINE);

        assertEquals(4, readiness.people());
        assertEquals(2, readiness.fullyTrained(), "the commander and member 2");
        assertEquals(3, readiness.onTrack(), "member 3 is enrolled in time; member 4 is on nothing");
        assertEquals(50, readiness.percentFullyTrained());
        assertEquals(1, readiness.atRisk());
        Readiness.Element briefing = readiness.elements().get(0);
        assertEquals(BRIEFING, briefing.courseId());
        assertEquals(4, briefing.required());
        assertEquals(2, briefing.done());
        assertEquals(3, briefing.onTrack());
        assertEquals(1, briefing.needingSeat());
        assertEquals(Map.of(ElementStatus.DONE, 2, ElementStatus.ENROLLED, 1, ElementStatus.MISSING, 1),
                briefing.byStatus());
        Readiness.Element command = readiness.elements().get(1);
        assertEquals(1, command.required(), "the commanders' course applies to the commander only");
        assertEquals(100, command.percentDone());
        assertEquals(List.of(new Readiness.Risk(4, BRIEFING, ElementStatus.MISSING, false)), readiness.risks());
    }

    @Test
    void aSeatEndingAfterTheDeadlineAFailureAndAWaitlistPlaceAreRisksWithTheirReason() {
        Readiness readiness = Readiness.of(ROSTER, PLAN, List.of(
                done(1, BRIEFING), seat(1, COMMAND, EnrolmentStatus.ENROLLED, DEADLINE.minusDays(1)),
                seat(2, BRIEFING, EnrolmentStatus.NOT_COMPLETED, TODAY.minusDays(30)),
                seat(3, BRIEFING, EnrolmentStatus.WAITLISTED, TODAY.plusDays(10)),
                seat(4, BRIEFING, EnrolmentStatus.ENROLLED, TODAY.plusDays(10))), TODAY, DEADLINE);

        assertEquals(List.of(new Readiness.Risk(1, COMMAND, ElementStatus.ENROLLED, true),
                new Readiness.Risk(2, BRIEFING, ElementStatus.FAILED, false),
                new Readiness.Risk(3, BRIEFING, ElementStatus.WAITLISTED, false)), readiness.risks());
        assertEquals(1, readiness.elements().get(1).tooLate());
        assertEquals(1, readiness.onTrack());
    }

    @Test
    void rolesAndGendersAreBrokenDownAndAnUnknownGenderIsLeftOut() {
        Readiness readiness = Readiness.of(ROSTER, PLAN, List.of(done(1, BRIEFING), done(1, COMMAND),
                done(3, BRIEFING)), TODAY, DEADLINE);
        assertEquals(new Readiness.Group(1, 1, 1), readiness.byRole().get(CohortRole.COMMANDER));
        assertEquals(new Readiness.Group(3, 1, 1), readiness.byRole().get(CohortRole.MEMBER));
        assertEquals(new Readiness.Group(2, 2, 2), readiness.byGender().get(Gender.FEMALE));
        assertEquals(new Readiness.Group(1, 0, 0), readiness.byGender().get(Gender.MALE));
        assertEquals(2, readiness.byGender().size());
    }

    @Test
    void anEmptyRosterCountsNoShareAndAnEmptyPlanHasNoCourses() {
        Readiness empty = Readiness.of(List.of(), PLAN, List.of(), TODAY, DEADLINE);
        assertEquals(0, empty.percentFullyTrained());
        assertEquals(0, empty.elements().get(0).percentDone());
        Readiness noPlan = Readiness.of(ROSTER, List.of(), List.of(), TODAY, DEADLINE);
        assertEquals(List.of(), noPlan.elements());
    }

    private static Readiness.PersonAttempt done(long person, long course) {
        return seat(person, course, EnrolmentStatus.COMPLETED, TODAY.minusDays(40));
    }

    private static Readiness.PersonAttempt seat(long person, long course, EnrolmentStatus status, LocalDate startsOn) {
        OfferingStatus offering = switch (status) {
            case COMPLETED, NOT_COMPLETED -> OfferingStatus.COMPLETED;
            default -> OfferingStatus.OPEN;
        };
        return new Readiness.PersonAttempt(person, course, new PlanStanding.Attempt(person * 100 + course,
                course * 1000, status, offering, startsOn, startsOn.plusDays(4)));
    }
}
