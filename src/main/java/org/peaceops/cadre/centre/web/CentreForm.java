package org.peaceops.cadre.centre.web;

import java.io.Serializable;
import org.peaceops.cadre.centre.CentreDetails;
import org.peaceops.cadre.centre.RegionalAssociation;
import org.peaceops.cadre.centre.TrainingCentre;

/** The centre dialog's fields while the user edits them; checked by the service on save. */
public class CentreForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private String countryCode;
    private String city;
    private String timeZone;
    private RegionalAssociation regionalAssociation = RegionalAssociation.NONE;

    static CentreForm of(TrainingCentre centre) {
        CentreForm form = new CentreForm();
        form.id = centre.getId();
        form.version = centre.getVersion();
        form.name = centre.getName();
        form.countryCode = centre.getCountryCode();
        form.city = centre.getCity();
        form.timeZone = centre.getTimeZone();
        form.regionalAssociation = centre.getRegionalAssociation();
        return form;
    }

    CentreDetails details() {
        return new CentreDetails(name, countryCode, city, timeZone, regionalAssociation);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public RegionalAssociation getRegionalAssociation() {
        return regionalAssociation;
    }

    public void setRegionalAssociation(RegionalAssociation regionalAssociation) {
        this.regionalAssociation = regionalAssociation;
    }
}
