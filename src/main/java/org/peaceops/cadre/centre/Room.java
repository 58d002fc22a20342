package org.peaceops.cadre.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * A teaching space of one centre (classroom, syndicate room, exercise area).
 * It stays with the centre it was created in; its capacity is the most seats
 * a session held in it may have.
 */
@Entity
@Table(name = "room")
public class Room extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private TrainingCentre centre;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 120)
    private String building;

    @Column(nullable = false)
    private int capacity;

    protected Room() {
    }

    public Room(TrainingCentre centre, RoomDetails details) {
        this.centre = Objects.requireNonNull(centre);
        describe(details);
    }

    public void describe(RoomDetails details) {
        this.name = details.name().strip();
        this.building = details.building() == null || details.building().isBlank() ? null : details.building().strip();
        this.capacity = details.capacity();
    }

    public boolean belongsTo(Long centreId) {
        return centre.getId().equals(centreId);
    }

    public TrainingCentre getCentre() {
        return centre;
    }

    public String getName() {
        return name;
    }

    public String getBuilding() {
        return building;
    }

    public int getCapacity() {
        return capacity;
    }
}
