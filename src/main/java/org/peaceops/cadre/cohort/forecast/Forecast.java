package org.peaceops.cadre.cohort.forecast;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The readiness forecast of every cohort asked about, as data: ids, counts and
 * dates, for others to put into words.
 *
 * @param elements one outlook per cohort and course asked about, by cohort id, then course id
 * @param cohorts one outlook per cohort, by cohort id
 * @param suggestions one extra offering per course with people short, by course id
 */
public record Forecast(List<ElementOutlook> elements, List<CohortOutlook> cohorts,
                       List<OfferingSuggestion> suggestions) {

    public Forecast {
        elements = List.copyOf(elements);
        cohorts = List.copyOf(cohorts);
        suggestions = List.copyOf(suggestions);
    }

    /** Whether every cohort is on track. */
    public boolean onTrack() {
        return cohorts.stream().allMatch(CohortOutlook::onTrack);
    }

    /** People short over all cohorts and courses. */
    public int peopleShort() {
        return elements.stream().mapToInt(ElementOutlook::peopleShort).sum();
    }

    /** The outlook of one cohort on one course; there is one for every demand given. */
    public ElementOutlook element(long cohortId, long courseId) {
        return elements.stream().filter(e -> e.cohortId() == cohortId && e.courseId() == courseId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no demand of cohort " + cohortId + " on course "
                        + courseId));
    }

    /** The outlook of one cohort. */
    public CohortOutlook cohort(long cohortId) {
        return cohorts.stream().filter(c -> c.cohortId() == cohortId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no demand of cohort " + cohortId));
    }
}
