package org.peaceops.cadre.cohort;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peaceops.cadre.centre.DemoCentres;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.mission.Mission;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.people.PersonDetails;
import org.peaceops.cadre.people.PersonService;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.DemoDataRequested;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.CurrentUser;

/**
 * The demo centre's first cohort: a Kenyan battalion's advance party of
 * twelve preparing for UNMISS, with the demo trainee among them, and a plan
 * that asks everyone for the core pre-deployment course.
 */
@ApplicationScoped
public class DemoCohorts {

    private static final String[][] PEOPLE = {
        {"KA-2011-0412", "Mutua", "Peter", "Lieutenant Colonel", "FIELD_OFFICER", "MALE", "COMMANDER"},
        {"KA-2013-1187", "Achieng", "Mary", "Major", "FIELD_OFFICER", "FEMALE", "STAFF_OFFICER"},
        {"KA-2015-2290", "Kiprop", "Joseph", "Captain", "JUNIOR_OFFICER", "MALE", "STAFF_OFFICER"},
        {"KA-2016-0033", "Njeri", "Esther", "Captain", "JUNIOR_OFFICER", "FEMALE", "MASTER_TRAINER"},
        {"KA-2017-5521", "Omondi", "Brian", "Lieutenant", "JUNIOR_OFFICER", "MALE", "MEMBER"},
        {"KA-2018-7730", "Wambui", "Lucy", "Warrant Officer", "NON_COMMISSIONED", "FEMALE", "MEMBER"},
        {"KA-2019-3342", "Kamau", "David", "Sergeant", "NON_COMMISSIONED", "MALE", "MEMBER"},
        {"KA-2019-4418", "Chebet", "Faith", "Corporal", "NON_COMMISSIONED", "FEMALE", "MEMBER"},
        {"KA-2020-1009", "Mwangi", "Samuel", "Private", "ENLISTED", "MALE", "MEMBER"},
        {"KA-2021-6604", "Atieno", "Grace", "Private", "ENLISTED", "FEMALE", "MEMBER"},
        {"KA-2021-8812", "Kibet", "Collins", "Private", "ENLISTED", "MALE", "MEMBER"},
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CohortService cohorts;

    @Inject
    RosterService rosters;

    @Inject
    PersonService people;

    @Inject
    Clock clock;

    void write(@Observes @Priority(DemoDataRequested.COHORTS) DemoDataRequested request) {
        if (request.isAlreadyPresent()) {
            return;
        }
        TrainingCentre centre = em.createQuery("select c from TrainingCentre c where c.name = :name", TrainingCentre.class)
                .setParameter("name", DemoCentres.FIRST_CENTRE).getSingleResult();
        Mission mission = em.createQuery("select m from Mission m where m.code = 'UNMISS'", Mission.class)
                .getResultStream().findFirst().orElse(null);
        if (mission == null) {
            return;
        }
        currentUser.actAsSystemFor(centre.getId(), centre.getName());
        Cohort cohort = cohorts.create(new CohortDetails("KE", "Kenya Battalion advance party",
                ContingentType.INFANTRY_BATTALION, mission.getId(), 1, LocalDate.now(clock).plusMonths(4), "en",
                "Lt Col Peter Mutua, mutua@example.org"));
        for (String[] row : PEOPLE) {
            Person person = people.register(new PersonDetails(row[1], row[2], row[3], RankBand.valueOf(row[4]), row[0],
                    "KE", PersonnelCategory.MILITARY, Gender.valueOf(row[5]), List.of("en", "sw"), null, null));
            rosters.add(cohort.getId(), person.getId(), CohortRole.valueOf(row[6]));
        }
        Account trainee = em.createQuery("select a from Account a where a.username = 'trainee'", Account.class)
                .getSingleResult();
        // The demo trainee's person came with their account, under its id and with its display name as the family
        // name: staff complete it as they would for anyone who signed up before their roster came.
        Person captain = people.get(trainee.getId());
        people.change(captain.getId(), captain.getVersion(), new PersonDetails("Otieno", "Daniel", "Captain",
                RankBand.JUNIOR_OFFICER, "KA-2014-0957", "KE", PersonnelCategory.MILITARY, Gender.MALE,
                List.of("en", "sw"), null, null));
        rosters.add(cohort.getId(), trainee.getId(), CohortRole.MEMBER);
        Account instructor = em.createQuery("select a from Account a where a.username = 'instructor'", Account.class)
                .getSingleResult();
        Person teacher = people.get(instructor.getId());
        people.change(teacher.getId(), teacher.getVersion(), new PersonDetails("Wanjiru", "Grace", "Major",
                RankBand.FIELD_OFFICER, "KA-2009-0311", "KE", PersonnelCategory.MILITARY, Gender.FEMALE,
                List.of("en", "sw", "fr"), null, null));
        Course course = em.createQuery("select c from Course c where c.code = 'CPTM-IND' and c.centre = :centre",
                Course.class).setParameter("centre", centre).getSingleResult();
        cohorts.replacePlan(cohort.getId(), List.of(new CohortService.PlanEntry(course.getId(), null)));
    }
}
