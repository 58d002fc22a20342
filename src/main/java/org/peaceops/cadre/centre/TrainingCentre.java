package org.peaceops.cadre.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * A peacekeeping training centre, the tenant of Cadre. Created and described by
 * an administrator; every centre-owned record (rooms, curricula, courses,
 * cohorts) points to one. Its time zone is how its timetables are shown; times
 * are stored in UTC. A centre is never deleted while anything refers to it.
 */
@Entity
@Table(name = "training_centre")
public class TrainingCentre extends BaseEntity {

    @Column(nullable = false, length = 160)
    private String name;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(nullable = false, length = 120)
    private String city;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "regional_association", nullable = false, length = 16)
    private RegionalAssociation regionalAssociation;

    @Column(name = "day_starts", nullable = false)
    private LocalTime dayStarts = WorkingDay.DEFAULT.start();

    @Column(name = "day_ends", nullable = false)
    private LocalTime dayEnds = WorkingDay.DEFAULT.end();

    @Column(name = "day_breaks", nullable = false, length = 200)
    private String dayBreaks = WorkingDay.DEFAULT.breaksText();

    protected TrainingCentre() {
    }

    public TrainingCentre(CentreDetails details) {
        describe(details);
    }

    /** Replaces the centre's description; the details were validated at the boundary. */
    public void describe(CentreDetails details) {
        Objects.requireNonNull(details);
        this.name = details.name().strip();
        this.countryCode = details.countryCode();
        this.city = details.city().strip();
        this.timeZone = details.timeZone();
        this.regionalAssociation = details.regionalAssociation();
    }

    /** Sets the hours and breaks timetables are laid out in; the day was checked when built. */
    public void keepWorkingDay(WorkingDay day) {
        this.dayStarts = day.start();
        this.dayEnds = day.end();
        this.dayBreaks = day.breaksText();
    }

    public WorkingDay workingDay() {
        return new WorkingDay(dayStarts, dayEnds, WorkingDay.parseBreaks(dayBreaks));
    }

    public CentreDetails details() {
        return new CentreDetails(name, countryCode, city, timeZone, regionalAssociation);
    }

    public String getName() {
        return name;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getCity() {
        return city;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public RegionalAssociation getRegionalAssociation() {
        return regionalAssociation;
    }
}
