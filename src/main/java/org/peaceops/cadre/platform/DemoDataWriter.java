package org.peaceops.cadre.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.peaceops.cadre.centre.CentreDetails;
import org.peaceops.cadre.centre.CentreService;
import org.peaceops.cadre.centre.RegionalAssociation;
import org.peaceops.cadre.centre.RoomDetails;
import org.peaceops.cadre.centre.RoomService;
import org.peaceops.cadre.centre.Room;
import org.peaceops.cadre.centre.TrainingCentre;
import org.peaceops.cadre.course.DemoTraining;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.AccountDetails;
import org.peaceops.cadre.platform.security.AccountService;
import org.peaceops.cadre.platform.security.NewAccount;
import org.peaceops.cadre.platform.security.Role;

/** Writes the demo data through the services; {@link SystemTasks} runs it as the system. */
@ApplicationScoped
public class DemoDataWriter {

    static final String PASSWORD = "cadre-demo";
    static final String FIRST_CENTRE = "Savanna Peace Support Training Centre";

    @Inject
    CentreService centres;

    @Inject
    RoomService rooms;

    @Inject
    AccountService accounts;

    @Inject
    DemoTraining training;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    void write() {
        TrainingCentre savanna = centres.create(new CentreDetails(FIRST_CENTRE,
                "KE", "Nakuru", "Africa/Nairobi", RegionalAssociation.APSTA));
        TrainingCentre monsoon = centres.create(new CentreDetails("Monsoon Peace Operations Training Institute",
                "BD", "Chattogram", "Asia/Dhaka", RegionalAssociation.AAPTC));
        TrainingCentre sahel = centres.create(new CentreDetails("Centre de formation aux opérations de paix du Sahel",
                "SN", "Thiès", "Africa/Dakar", RegionalAssociation.APSTA));

        Room hall = rooms.add(savanna.getId(), new RoomDetails("Kilimanjaro Hall", "Main building", 60));
        rooms.add(savanna.getId(), new RoomDetails("Syndicate Room 1", "Main building", 12));
        rooms.add(savanna.getId(), new RoomDetails("Exercise Village", "Field area", 120));
        rooms.add(monsoon.getId(), new RoomDetails("Padma Lecture Theatre", "Academic block", 80));
        rooms.add(sahel.getId(), new RoomDetails("Salle Baobab", "Bâtiment A", 40));

        boolean adminExists = !em.createQuery("select a.id from Account a where a.username = 'admin'", Long.class)
                .getResultList().isEmpty();
        if (!adminExists) {
            open("admin", "Amina Diallo (administrator)", Role.ADMIN, null, "en");
        }
        open("staff", "Joseph Kamau", Role.CENTRE_STAFF, savanna, "en");
        Account instructor = open("instructor", "Grace Wanjiru", Role.INSTRUCTOR, savanna, "en");
        Account trainee = open("trainee", "Captain Daniel Otieno", Role.TRAINEE, savanna, "en");
        open("assessor", "Lt Col Samuel Mwangi", Role.ASSESSOR, savanna, "en");
        open("staff.monsoon", "Farhana Rahman", Role.CENTRE_STAFF, monsoon, "en");
        open("staff.sahel", "Awa Ndiaye", Role.CENTRE_STAFF, sahel, "fr");
        training.write(savanna, instructor, trainee, hall);
    }

    private Account open(String username, String name, Role role, TrainingCentre centre, String language) {
        return accounts.open(new NewAccount(username, PASSWORD, new AccountDetails(name,
                username + "@example.org", Set.of(role), centre == null ? null : centre.getId(), true, language)));
    }
}
