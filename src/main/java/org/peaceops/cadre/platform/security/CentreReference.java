package org.peaceops.cadre.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * The training centre as the platform knows it: the tenant an account belongs
 * to, with the name and time zone the platform shows. A read-only view of the
 * centre slice's table, so that accounts, the tenancy guard and notices need
 * nothing from that slice; the centre slice alone creates and describes centres.
 */
@Entity
@Immutable
@Table(name = "training_centre")
public class CentreReference implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(nullable = false, insertable = false, updatable = false)
    private String name;

    @Column(name = "time_zone", nullable = false, insertable = false, updatable = false)
    private String timeZone;

    protected CentreReference() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }
}
