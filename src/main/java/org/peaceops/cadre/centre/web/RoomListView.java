package org.peaceops.cadre.centre.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.centre.CentreService;
import org.peaceops.cadre.centre.Room;
import org.peaceops.cadre.centre.RoomDetails;
import org.peaceops.cadre.centre.RoomService;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;

/** The rooms page: centre staff keep their own centre's rooms, administrators every centre's. */
@Named
@ViewScoped(saveInViewState = true)
public class RoomListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "roomForm";

    @Inject
    RoomService rooms;

    @Inject
    CentreService centres;


    private ServiceLazyDataModel<Room> model;
    private RoomForm form = new RoomForm();
    private LinkedHashMap<String, Long> centreChoices;

    @PostConstruct
    void init() {
        model = ServiceLazyDataModel.ofEntities(rooms::page);
    }

    public void startNew() {
        form = new RoomForm();
    }

    public void edit(Room room) {
        form = RoomForm.of(room);
    }

    public void save() {
        FormErrors.attempt(FORM, () -> {
            RoomDetails details = form.details();
            if (form.getId() == null) {
                rooms.add(form.getCentreId(), details);
            } else {
                rooms.change(form.getId(), form.getVersion(), details);
            }
            FormErrors.info("room.saved", details.name());
        });
    }

    public void delete(Room room) {
        FormErrors.attempt(FORM, () -> {
            rooms.remove(room.getId());
            FormErrors.info("room.deleted", room.getName());
        });
    }

    /** Centre names to ids, for the administrator's choice; read once per page. */
    public Map<String, Long> getCentres() {
        if (centreChoices == null) {
            centreChoices = new LinkedHashMap<>();
            centres.choices().forEach(centre -> centreChoices.put(centre.getName(), centre.getId()));
        }
        return centreChoices;
    }

    public ServiceLazyDataModel<Room> getModel() {
        return model;
    }

    public RoomForm getForm() {
        return form;
    }
}
