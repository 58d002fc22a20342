package org.peaceops.cadre.course.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.course.OfferingQuota;
import org.peaceops.cadre.course.QuotaService;
import org.peaceops.cadre.platform.web.FormErrors;

/**
 * The offering's seat quotas per contributing country on its page: staff cap
 * how many of its seats the people of one country may hold, change a cap or
 * lift it; a cap raised or lifted lets the waitlist in at once.
 */
@Named
@ViewScoped(saveInViewState = true)
public class OfferingQuotas implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "quotaForm";

    @Inject
    OfferingView page;

    @Inject
    QuotaService quotas;

    /** One country's quota as the page lists it. */
    public record Row(String country, int seats, int taken) implements Serializable {
    }

    private List<Row> rows;
    private int readAt = -1;
    private String country;
    private Integer seats;

    public List<Row> getRows() {
        if (rows == null || readAt != page.revision()) {
            rows = quotas.of(page.getId()).stream().map(OfferingQuotas::row).toList();
            readAt = page.revision();
        }
        return rows;
    }

    /** Sets (or changes) the quota of the country chosen. */
    public void put() {
        Map<String, Integer> wanted = current();
        wanted.put(country, seats == null ? 0 : seats);
        replace(wanted);
    }

    public void remove(Row row) {
        Map<String, Integer> wanted = current();
        wanted.remove(row.country());
        replace(wanted);
    }

    private void replace(Map<String, Integer> wanted) {
        FormErrors.attempt(FORM, () -> {
            quotas.replace(page.getId(), wanted);
            FormErrors.info("quota.saved");
            country = null;
            seats = null;
            page.reload();
        });
    }

    private Map<String, Integer> current() {
        Map<String, Integer> current = new LinkedHashMap<>();
        getRows().forEach(row -> current.put(row.country(), row.seats()));
        return current;
    }

    private static Row row(OfferingQuota quota) {
        return new Row(quota.getCountry(), quota.getSeats(), quota.getTaken());
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }
}
