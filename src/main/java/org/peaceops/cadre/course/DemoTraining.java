package org.peaceops.cadre.course;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.cadre.centre.DemoCentres;
import org.peaceops.cadre.centre.Room;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.curriculum.Curriculum;
import org.peaceops.cadre.curriculum.CurriculumDetails;
import org.peaceops.cadre.curriculum.CurriculumDraftService;
import org.peaceops.cadre.curriculum.CurriculumNode;
import org.peaceops.cadre.curriculum.CurriculumService;
import org.peaceops.cadre.curriculum.CurriculumVersion;
import org.peaceops.cadre.curriculum.DeliveryMethod;
import org.peaceops.cadre.curriculum.FrameworkEdition;
import org.peaceops.cadre.curriculum.NodeDetails;
import org.peaceops.cadre.curriculum.NodeKind;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.ProfileDetails;
import org.peaceops.cadre.people.PersonService;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.DemoDataRequested;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.CurrentUser;

/**
 * Demo training for the first demo centre, written through the staff's own
 * services: a published CPTM-based curriculum, a pre-deployment course
 * aligned to CPTM 2017, a master-trainer qualification for the demo
 * instructor, and an offering running this week with a timetable taught by
 * the demo instructor and the demo trainee enrolled — so that the calendar,
 * feeds, roll calls and "my training" show something on a new installation.
 */
@ApplicationScoped
public class DemoTraining {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurriculumService curricula;

    @Inject
    CurriculumDraftService drafts;

    @Inject
    CourseService courses;

    @Inject
    OfferingService offerings;

    @Inject
    ScheduleService schedule;

    @Inject
    QualificationService qualifications;

    @Inject
    PersonService people;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Clock clock;

    void write(@Observes @Priority(DemoDataRequested.TRAINING) DemoDataRequested request) {
        if (request.isAlreadyPresent()) {
            return;
        }
        TrainingCentre centre = em.createQuery("select c from TrainingCentre c where c.name = :name", TrainingCentre.class)
                .setParameter("name", DemoCentres.FIRST_CENTRE).getSingleResult();
        Room hall = em.createQuery("select r from Room r where r.centre = :centre and r.name = :name", Room.class)
                .setParameter("centre", centre).setParameter("name", DemoCentres.MAIN_HALL).getSingleResult();
        write(centre, account("instructor"), account("trainee"), hall);
    }

    private Account account(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username).getSingleResult();
    }

    private void write(TrainingCentre centre, Account instructor, Account trainee, Room hall) {
        currentUser.actAsSystemFor(centre.getId(), centre.getName());
        Curriculum curriculum = curricula.create(centre.getId(), new CurriculumDetails(
                "Core pre-deployment course", "Military, police and civilian personnel", List.of("en", "fr"),
                "The centre's delivery of the UN Core Pre-Deployment Training Materials."));
        List<Long> lessons = new ArrayList<>();
        CurriculumNode overview = drafts.add(curriculum.getId(), null, NodeKind.MODULE,
                new NodeDetails("1", "An overview of UN peacekeeping", null, null));
        lessons.add(lesson(curriculum, overview, "1.1", "United Nations peacekeeping", 45));
        lessons.add(lesson(curriculum, overview, "1.3", "Principles of UN peacekeeping", 45));
        CurriculumNode tasks = drafts.add(curriculum.getId(), null, NodeKind.MODULE,
                new NodeDetails("2", "Mandated tasks", null, null));
        lessons.add(lesson(curriculum, tasks, "2.5", "Protection of civilians", 60));
        lessons.add(lesson(curriculum, tasks, "3.4", "Sexual exploitation and abuse", 60));
        CurriculumVersion version = curricula.publish(curriculum.getId());

        FrameworkEdition cptm = em.createQuery("select e from FrameworkEdition e where e.code = 'CPTM-2017'",
                FrameworkEdition.class).getResultStream().findFirst().orElse(null);
        Course course = courses.add(new CourseDetails("CPTM-IND", "Individual pre-deployment training",
                CourseType.INDIVIDUAL_PREDEPLOYMENT, version.getId(), cptm == null ? null : cptm.getId(), null, 5,
                List.of("en", "fr"), 8, 40, null, "Core pre-deployment training for individual personnel.",
                List.of(new CourseDetails.PrerequisiteDetails(PrerequisiteKind.LANGUAGE, null, null, null, null, null, "en"))));

        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(centre.getTimeZone())));
        if (cptm != null) {
            qualifications.record(new QualificationDetails(instructor.getId(), QualificationKind.MASTER_TRAINER,
                    cptm.getId(), null, today.minusYears(2), today.plusDays(60),
                    "ITS training of trainers, certificate TOT-2024-117"));
        }
        // The trainee's person was registered with their account and shares its id.
        people.putProfile(trainee.getId(), new ProfileDetails(PersonnelCategory.MILITARY, RankBand.JUNIOR_OFFICER,
                List.of("en", "sw")));

        // This week's offering, under way: its instructor can take the roll call of the days already begun.
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Offering offering = offerings.add(course.getId(),
                new OfferingDetails(monday, monday.plusDays(4), "en", 30, null));
        LocalTime[] starts = {LocalTime.of(9, 0), LocalTime.of(11, 0), LocalTime.of(14, 0)};
        for (int day = 0; day < 5; day++) {
            for (int block = 0; block < starts.length; block++) {
                Long lesson = lessons.get((day * starts.length + block) % lessons.size());
                schedule.add(offering.getId(), new SessionDetails(null, lesson,
                        monday.plusDays(day).atTime(starts[block]), monday.plusDays(day).atTime(starts[block].plusMinutes(90)),
                        hall.getId(), instructor.getId(), List.of()));
            }
        }
        offering = offerings.advance(offering.getId(), offering.getVersion(), OfferingStatus.OPEN);
        enrolments.enrol(offering.getId(), trainee.getId());
    }

    private Long lesson(Curriculum curriculum, CurriculumNode module, String code, String title, int minutes) {
        return drafts.add(curriculum.getId(), module.getId(), NodeKind.LESSON,
                new NodeDetails(code, title, minutes, DeliveryMethod.LECTURE)).getId();
    }
}
