package org.peaceops.cadre.cohort.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.peaceops.cadre.cohort.Cohort;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.cohort.ContingentType;

/** What the cohort page shows above its roster: kept in the page, so it holds values, not entities. */
public record CohortHeader(long version, String country, String contingentName, ContingentType contingentType,
                           String missionCode, String missionName, int rotation, LocalDate deploysOn,
                           String workingLanguage, String coordinator, Map<CohortRole, Long> strength)
        implements Serializable {

    static CohortHeader of(Cohort cohort, Map<CohortRole, Long> strength) {
        return new CohortHeader(cohort.getVersion(), cohort.getCountry(), cohort.getContingentName(),
                cohort.getContingentType(), cohort.getMission().getCode(), cohort.getMission().getName(),
                cohort.getRotation(), cohort.getDeploysOn(), cohort.getWorkingLanguage(), cohort.getCoordinator(),
                Map.copyOf(strength));
    }

    public long total() {
        return strength.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(CohortRole role) {
        return strength.getOrDefault(role, 0L);
    }
}
