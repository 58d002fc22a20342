package org.peaceops.cadre.reference;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Region-based IANA time zones (Area/Location), the only ones a centre may have. */
public final class TimeZones {

    private static final List<String> REGION_IDS = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()
            .toList();
    private static final Set<String> KNOWN = Set.copyOf(REGION_IDS);

    private TimeZones() {
    }

    public static boolean isKnown(String id) {
        return id != null && KNOWN.contains(id);
    }

    public static List<String> all() {
        return REGION_IDS;
    }
}
