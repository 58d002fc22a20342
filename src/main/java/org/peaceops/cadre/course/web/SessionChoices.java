package org.peaceops.cadre.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.peaceops.cadre.centre.RoomService;
import org.peaceops.cadre.course.CourseChoices;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.web.LocalFormats;

/**
 * The rooms and instructors a session may be given, as every scheduling screen
 * offers them: the centre's rooms with their capacity, its instructors by name.
 * Read at most once per request and never kept in the page's state.
 */
@Named
@RequestScoped
public class SessionChoices {

    @Inject
    RoomService rooms;

    @Inject
    CourseChoices choices;

    private Map<String, Long> roomChoices;
    private Map<Long, String> instructorNames;

    /** Room labels ("Hall (60 seats)") to ids, by name. */
    public Map<String, Long> getRooms() {
        if (roomChoices == null) {
            roomChoices = new LinkedHashMap<>();
            var locale = LocalFormats.locale();
            rooms.page(new PageRequest(0, PageRequest.MAX_LIMIT, "name", true, Map.of())).items()
                    .forEach(room -> roomChoices.put(Messages.format(locale, "session.roomChoice", room.getName(),
                            room.getCapacity()), room.getId()));
        }
        return roomChoices;
    }

    /** Instructor names to ids, by name. */
    public Map<String, Long> getInstructors() {
        Map<String, Long> byName = new LinkedHashMap<>();
        instructorNames().forEach((id, name) -> byName.put(name, id));
        return byName;
    }

    /** Instructor ids to names, for showing who teaches a session. */
    public Map<Long, String> instructorNames() {
        if (instructorNames == null) {
            instructorNames = new LinkedHashMap<>();
            for (Account instructor : choices.instructors()) {
                instructorNames.put(instructor.getId(), instructor.getDisplayName());
            }
        }
        return instructorNames;
    }
}
