package org.peaceops.cadre.course.rest;

import org.peaceops.cadre.course.OfferingQuota;

/** At most {@code seats} people of {@code country} (ISO 3166-1 alpha-2) hold seats; {@code taken} do now (read-only). */
public record QuotaDto(String country, Integer seats, Integer taken) {

    static QuotaDto of(OfferingQuota quota) {
        return new QuotaDto(quota.getCountry(), quota.getSeats(), quota.getTaken());
    }
}
