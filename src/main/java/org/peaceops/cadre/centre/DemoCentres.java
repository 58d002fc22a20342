package org.peaceops.cadre.centre;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.peaceops.cadre.platform.DemoDataRequested;
import org.peaceops.cadre.platform.SystemTasks;
import org.peaceops.cadre.platform.security.AccountDetails;
import org.peaceops.cadre.platform.security.AccountService;
import org.peaceops.cadre.platform.security.NewAccount;
import org.peaceops.cadre.platform.security.Role;

/**
 * Three fictional centres with rooms, and one account per role at the first
 * (staff for the other two), written through the services. Later demo data
 * finds them by these names.
 */
@ApplicationScoped
public class DemoCentres {

    public static final String FIRST_CENTRE = "Savanna Peace Support Training Centre";
    public static final String MAIN_HALL = "Kilimanjaro Hall";

    @Inject
    CentreService centres;

    @Inject
    RoomService rooms;

    @Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    void write(@Observes @Priority(DemoDataRequested.CENTRES) DemoDataRequested request) {
        boolean present = !em.createQuery("select c.id from TrainingCentre c where c.name = :name", Long.class)
                .setParameter("name", FIRST_CENTRE).getResultList().isEmpty();
        if (present) {
            request.alreadyPresent();
            return;
        }
        TrainingCentre savanna = centres.create(new CentreDetails(FIRST_CENTRE,
                "KE", "Nakuru", "Africa/Nairobi", RegionalAssociation.APSTA));
        TrainingCentre monsoon = centres.create(new CentreDetails("Monsoon Peace Operations Training Institute",
                "BD", "Chattogram", "Asia/Dhaka", RegionalAssociation.AAPTC));
        TrainingCentre sahel = centres.create(new CentreDetails("Centre de formation aux opérations de paix du Sahel",
                "SN", "Thiès", "Africa/Dakar", RegionalAssociation.APSTA));

        rooms.add(savanna.getId(), new RoomDetails(MAIN_HALL, "Main building", 60));
        rooms.add(savanna.getId(), new RoomDetails("Syndicate Room 1", "Main building", 12));
        rooms.add(savanna.getId(), new RoomDetails("Exercise Village", "Field area", 120));
        rooms.add(monsoon.getId(), new RoomDetails("Padma Lecture Theatre", "Academic block", 80));
        rooms.add(sahel.getId(), new RoomDetails("Salle Baobab", "Bâtiment A", 40));

        open("staff", "Joseph Kamau", Role.CENTRE_STAFF, savanna, "en");
        open("instructor", "Grace Wanjiru", Role.INSTRUCTOR, savanna, "en");
        open("trainee", "Captain Daniel Otieno", Role.TRAINEE, savanna, "en");
        open("assessor", "Lt Col Samuel Mwangi", Role.ASSESSOR, savanna, "en");
        open("staff.monsoon", "Farhana Rahman", Role.CENTRE_STAFF, monsoon, "en");
        open("staff.sahel", "Awa Ndiaye", Role.CENTRE_STAFF, sahel, "fr");
    }

    private void open(String username, String name, Role role, TrainingCentre centre, String language) {
        accounts.open(new NewAccount(username, SystemTasks.DEMO_PASSWORD, new AccountDetails(name,
                username + "@example.org", Set.of(role), centre.getId(), true, language)));
    }
}
