package org.peaceops.cadre.course.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.centre.CentreService;
import org.peaceops.cadre.centre.RoomService;
import org.peaceops.cadre.course.CalendarFeed;
import org.peaceops.cadre.course.FeedScope;
import org.peaceops.cadre.course.FeedService;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.people.PersonService;
import org.peaceops.cadre.platform.InvalidInputException;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.PageAccess;

/**
 * A person's calendar links: the full address to paste into a calendar
 * application, when it was taken, revoking it, and taking a new one for a
 * calendar the person may see. The feed service decides what is allowed; the
 * choices offered here only spare people choices it would refuse.
 */
@Named
@ViewScoped(saveInViewState = true)
public class FeedListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "newFeedForm";
    private static final int SUGGESTIONS = 15;

    @Inject
    FeedService feeds;

    @Inject
    RoomService rooms;

    @Inject
    PersonService people;

    @Inject
    CentreService centres;

    @Inject
    CurrentUser currentUser;

    private CurrentUser.Caller me;
    /** The centre's time zone, in which the links' dates are shown. */
    private String timeZone = "UTC";
    private String feedBase;
    private List<CalendarFeed> links = List.of();
    /** What each link shows, by link id: whose or which calendar. */
    private final HashMap<Long, String> targets = new HashMap<>();
    private LinkedHashMap<String, Long> roomChoices;
    private final HashMap<Long, String> personNames = new HashMap<>();

    private FeedScope scope;
    private Long roomId;
    private Long personId;

    /** Administrators see every calendar through the screens; links are for people of a centre. */
    public void requireMember() throws IOException {
        PageAccess.require(Role.CENTRE_STAFF, Role.INSTRUCTOR, Role.TRAINEE, Role.ASSESSOR);
    }

    @PostConstruct
    void init() {
        me = currentUser.caller();
        if (me.centreId() != null) {
            timeZone = centres.get(me.centreId()).getTimeZone();
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        feedBase = baseOf(external) + "/api/feeds/";
        List<FeedScope> offered = getScopes();
        scope = offered.isEmpty() ? null : offered.get(0);
        read();
    }

    /** scheme://host[:port]/context as the browser reached this page, so that the address works from there too. */
    private static String baseOf(ExternalContext external) {
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean usualPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + external.getRequestServerName() + (usualPort ? "" : ":" + port)
                + external.getRequestContextPath();
    }

    private void read() {
        links = me.roles().contains(Role.ADMIN) ? List.of() : feeds.mine();
        targets.clear();
        List<Long> others = links.stream()
                .filter(feed -> feed.getScope() == FeedScope.INSTRUCTOR || feed.getScope() == FeedScope.TRAINEE)
                .map(CalendarFeed::getTargetId).filter(id -> !id.equals(me.accountId())).distinct().toList();
        Map<Long, String> names = others.isEmpty() || !isStaff() ? Map.of() : people.namesByAccount(others);
        for (CalendarFeed feed : links) {
            String target = switch (feed.getScope()) {
                case CENTRE -> me.centreName();
                case ROOM -> roomName(feed.getTargetId());
                case INSTRUCTOR, TRAINEE -> feed.getTargetId().equals(me.accountId()) ? me.displayName()
                        : names.getOrDefault(feed.getTargetId(), "");
            };
            targets.put(feed.getId(), target);
        }
    }

    /** The calendars the person may take a link for: their own, and more for staff and instructors. */
    public List<FeedScope> getScopes() {
        List<FeedScope> scopes = new ArrayList<>();
        Set<Role> roles = me.roles();
        if (isStaff() || roles.contains(Role.INSTRUCTOR)) {
            scopes.add(FeedScope.CENTRE);
            scopes.add(FeedScope.ROOM);
            scopes.add(FeedScope.INSTRUCTOR);
        }
        if (isStaff() || roles.contains(Role.TRAINEE)) {
            scopes.add(FeedScope.TRAINEE);
        }
        return scopes;
    }

    /** The label of a choice: "my calendar" where a person can only take their own. */
    public String scopeKey(FeedScope choice) {
        boolean own = !isStaff() && (choice == FeedScope.INSTRUCTOR || choice == FeedScope.TRAINEE);
        return (own ? "feeds.own." : "feedScope.") + choice.name();
    }

    public boolean isStaff() {
        return me.roles().contains(Role.CENTRE_STAFF);
    }

    /** Staff name any instructor or trainee; everyone else takes their own calendar. */
    public boolean isPersonChosen() {
        return isStaff() && (scope == FeedScope.INSTRUCTOR || scope == FeedScope.TRAINEE);
    }

    public void create() {
        FormErrors.attempt(FORM, () -> {
            if (scope == null) {
                throw new InvalidInputException("scope", "feeds.scopeRequired");
            }
            long target = switch (scope) {
                case CENTRE -> me.centreId();
                case ROOM -> required(roomId, "roomId");
                case INSTRUCTOR, TRAINEE -> isStaff() ? required(personId, "personId") : me.accountId();
            };
            feeds.create(scope, target);
            FormErrors.info("feeds.created");
            roomId = null;
            personId = null;
            read();
        });
    }

    private static long required(Long id, String field) {
        if (id == null) {
            throw new InvalidInputException(field, "feeds.targetRequired");
        }
        return id;
    }

    public void revoke(long id) {
        FormErrors.attempt(FORM, () -> {
            feeds.revoke(id);
            FormErrors.info("feeds.revoked");
            read();
        });
    }

    public String url(CalendarFeed feed) {
        return feedBase + feed.getToken() + ".ics";
    }

    public LocalDate createdOn(CalendarFeed feed) {
        return LocalDate.ofInstant(feed.getCreatedAt(), ZoneId.of(timeZone));
    }

    public String target(CalendarFeed feed) {
        return targets.getOrDefault(feed.getId(), "");
    }

    /** The centre's rooms by name; read once per page. */
    public Map<String, Long> getRooms() {
        if (roomChoices == null) {
            roomChoices = new LinkedHashMap<>();
            if (getScopes().contains(FeedScope.ROOM)) {
                rooms.page(new PageRequest(0, PageRequest.MAX_LIMIT, "name", true, Map.of())).items()
                        .forEach(room -> roomChoices.put(room.getName(), room.getId()));
            }
        }
        return roomChoices;
    }

    private String roomName(Long id) {
        return getRooms().entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }

    /** People of the centre who sign in, whose name contains the text typed, as account ids (staff only). */
    public List<Long> completePerson(String text) {
        Map<String, String> filter = text == null || text.isBlank() ? Map.of() : Map.of(PersonService.SEARCH, text);
        List<Person> found = people.page(new PageRequest(0, SUGGESTIONS, "familyName", true, filter)).items().stream()
                .filter(person -> person.getAccount() != null).toList();
        found.forEach(person -> personNames.put(person.getAccount().getId(), person.getDisplayName()));
        return found.stream().map(person -> person.getAccount().getId()).toList();
    }

    public String personName(Long id) {
        return id == null ? "" : personNames.getOrDefault(id, "");
    }

    public List<CalendarFeed> getLinks() {
        return links;
    }

    public FeedScope getScope() {
        return scope;
    }

    public void setScope(FeedScope scope) {
        this.scope = scope;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }
}
