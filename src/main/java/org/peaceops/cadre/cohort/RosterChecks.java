package org.peaceops.cadre.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peaceops.cadre.cohort.roster.RosterColumn;
import org.peaceops.cadre.cohort.roster.RosterEntry;
import org.peaceops.cadre.cohort.roster.RosterProblem;
import org.peaceops.cadre.people.ServiceNumbers;

/**
 * What a checked roster meets in the database: people the centre already
 * knows by nationality and service number (a later rotation's roster links
 * them, so their history stays theirs), who is on the cohort's roster
 * already, and which known people are on another cohort's. One statement per
 * {@value #CHUNK} rows, whatever else the centre holds.
 */
@ApplicationScoped
public class RosterChecks {

    static final int CHUNK = 1000;
    static final String LINKED = "roster.warning.linked";
    static final String NAME_DIFFERS = "roster.warning.nameDiffers";
    static final String OTHER_COHORT = "roster.warning.otherCohort";

    @PersistenceContext
    EntityManager em;

    /** People known by key, the cohort's members and their roles, and the warnings for the user. */
    record Found(Map<String, Long> known, Map<Long, CohortRole> members, List<RosterProblem> warnings) {
    }

    static String key(String nationality, String serviceNumber) {
        return nationality.toUpperCase(Locale.ROOT) + "/" + ServiceNumbers.normalise(serviceNumber);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Found check(long cohortId, List<RosterEntry> entries) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        Map<String, Long> known = new HashMap<>();
        Map<String, String> knownNames = new HashMap<>();
        List<String> numbers = entries.stream().map(entry -> ServiceNumbers.normalise(entry.serviceNumber()))
                .distinct().toList();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            em.createQuery("""
                            select p.id, p.nationality, p.serviceNumber, p.familyName from Person p
                            where p.centre.id = :centre and p.serviceNumber in :numbers""", Object[].class)
                    .setParameter("centre", cohort.centreId())
                    .setParameter("numbers", numbers.subList(from, Math.min(numbers.size(), from + CHUNK)))
                    .getResultStream().forEach(row -> {
                        String key = key((String) row[1], (String) row[2]);
                        known.put(key, (Long) row[0]);
                        knownNames.put(key, (String) row[3]);
                    });
        }
        Map<Long, CohortRole> members = new HashMap<>();
        em.createQuery("select m.person.id, m.role from CohortMember m where m.cohort = :cohort", Object[].class)
                .setParameter("cohort", cohort).getResultStream()
                .forEach(row -> members.put((Long) row[0], (CohortRole) row[1]));
        Map<Long, String> elsewhere = new HashMap<>();
        List<Long> knownIds = List.copyOf(known.values());
        for (int from = 0; from < knownIds.size(); from += CHUNK) {
            em.createQuery("""
                            select m.person.id, c.country, c.contingentName, c.rotation from CohortMember m join m.cohort c
                            where m.person.id in :people and c <> :cohort""", Object[].class)
                    .setParameter("people", knownIds.subList(from, Math.min(knownIds.size(), from + CHUNK)))
                    .setParameter("cohort", cohort).getResultStream()
                    .forEach(row -> elsewhere.putIfAbsent((Long) row[0], row[1] + " " + row[2] + " (" + row[3] + ")"));
        }
        List<RosterProblem> warnings = new ArrayList<>();
        for (RosterEntry entry : entries) {
            String key = key(entry.nationality(), entry.serviceNumber());
            Long id = known.get(key);
            if (id == null) {
                continue;
            }
            warnings.add(new RosterProblem(entry.row(), RosterColumn.SERVICE_NUMBER, LINKED,
                    List.of(entry.serviceNumber(), knownNames.get(key))));
            if (!knownNames.get(key).equalsIgnoreCase(entry.familyName())) {
                warnings.add(new RosterProblem(entry.row(), RosterColumn.FAMILY_NAME, NAME_DIFFERS,
                        List.of(entry.familyName(), knownNames.get(key))));
            }
            if (elsewhere.containsKey(id)) {
                warnings.add(new RosterProblem(entry.row(), RosterColumn.SERVICE_NUMBER, OTHER_COHORT,
                        List.of(elsewhere.get(id))));
            }
        }
        return new Found(known, members, warnings);
    }
}
