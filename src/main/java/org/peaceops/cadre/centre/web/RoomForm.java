package org.peaceops.cadre.centre.web;

import java.io.Serializable;
import org.peaceops.cadre.centre.Room;
import org.peaceops.cadre.centre.RoomDetails;

/** The room dialog's fields while the user edits them; checked by the service on save. */
public class RoomForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Long centreId;
    private String name;
    private String building;
    private Integer capacity;

    static RoomForm of(Room room) {
        RoomForm form = new RoomForm();
        form.id = room.getId();
        form.version = room.getVersion();
        form.centreId = room.getCentre().getId();
        form.name = room.getName();
        form.building = room.getBuilding();
        form.capacity = room.getCapacity();
        return form;
    }

    /** An empty capacity counts as 0, which the service refuses beside the field. */
    RoomDetails details() {
        return new RoomDetails(name, building, capacity == null ? 0 : capacity);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBuilding() {
        return building;
    }

    public void setBuilding(String building) {
        this.building = building;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
