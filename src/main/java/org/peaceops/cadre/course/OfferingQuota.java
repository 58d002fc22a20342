package org.peaceops.cadre.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * Seats of an offering kept for the people of one contributing country (20
 * for Kenya, 10 for Rwanda). {@code taken} counts them; like the offering's
 * own count it only moves by a conditional update, so it never passes
 * {@code seats}, however many enrol at once.
 */
@Entity
@Table(name = "offering_quota")
public class OfferingQuota extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id", nullable = false, updatable = false)
    private Offering offering;

    @Column(nullable = false, length = 2, updatable = false)
    private String country;

    @Column(nullable = false)
    private int seats;

    @Column(nullable = false)
    private int taken;

    protected OfferingQuota() {
    }

    OfferingQuota(Offering offering, String country, int seats) {
        this.offering = offering;
        this.country = country;
        this.seats = seats;
    }

    void resize(int seats) {
        this.seats = seats;
    }

    public Offering getOffering() {
        return offering;
    }

    public String getCountry() {
        return country;
    }

    public int getSeats() {
        return seats;
    }

    public int getTaken() {
        return taken;
    }
}
