package org.peaceops.cadre.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.cadre.cohort.forecast.CohortOutlook;
import org.peaceops.cadre.cohort.forecast.Forecast;
import org.peaceops.cadre.cohort.forecast.OfferingSuggestion;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;

/**
 * Cohorts' readiness for their centre's staff: the roster against the plan,
 * and the forecast of whether the people still without a seat in time can
 * get one. Both are computed from one reading of the centre's training
 * ({@link CentreTraining}: seven statements with the cohort's own, whatever
 * the number of cohorts and people); a page of the people at risk costs one
 * more, for their names.
 */
@ApplicationScoped
@Transactional
public class ReadinessService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortService cohorts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cadre.readiness.margin-days", defaultValue = "7")
    int marginDays;

    /** A cohort's readiness, its forecast, and what they were computed against. */
    public record CohortReadiness(Cohort cohort, LocalDate today, LocalDate deadline, Map<Long, Course> courses,
                                  Readiness readiness, CohortOutlook outlook, List<OfferingSuggestion> suggestions) {

        public long daysLeft() {
            return ChronoUnit.DAYS.between(today, cohort.getDeploysOn());
        }

        /** Whether everyone can be trained in time: nobody is short once the free seats are shared out. */
        public boolean forecastOnTrack() {
            return outlook.onTrack();
        }
    }

    /** A person at risk on one course, named. */
    public record NamedRisk(Person person, Course course, Readiness.Risk risk) implements java.io.Serializable {
    }

    public CohortReadiness of(long cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        CentreTraining training = CentreTraining.read(em, cohort.centreId(), cohort.getCentre().getTimeZone(), clock,
                marginDays, cohortId);
        return readinessOf(training, training.forecast(), cohort);
    }

    /** Every cohort of the caller's centre still to deploy, the riskiest first: fewest on track, soonest to go. */
    public List<CohortReadiness> centre() {
        CurrentUser.Caller caller = currentUser.require(Role.CENTRE_STAFF);
        CentreTraining training = CentreTraining.read(em, caller.centreId(),
                em.find(org.peaceops.cadre.centre.TrainingCentre.class, caller.centreId()).getTimeZone(), clock,
                marginDays, null);
        Forecast forecast = training.forecast();
        return training.cohorts.stream().map(cohort -> readinessOf(training, forecast, cohort))
                .sorted(Comparator.comparing((CohortReadiness r) -> r.forecastOnTrack())
                        .thenComparingInt(r -> r.readiness().percentOnTrack())
                        .thenComparing(r -> r.cohort().getDeploysOn()))
                .toList();
    }

    /** A page of the people at risk, in roster-id order, with their names (one statement more). */
    public Page<NamedRisk> risks(CohortReadiness computed, int offset, int limit) {
        List<Readiness.Risk> all = computed.readiness().risks();
        List<Readiness.Risk> page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        Map<Long, Person> people = page.isEmpty() ? Map.of() : em.createQuery(
                        "select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", page.stream().map(Readiness.Risk::personId).distinct().toList())
                .getResultStream().collect(Collectors.toMap(Person::getId, Function.identity()));
        return new Page<>(page.stream().map(risk -> new NamedRisk(people.get(risk.personId()),
                computed.courses().get(risk.courseId()), risk)).toList(), all.size(), offset, limit);
    }

    private static CohortReadiness readinessOf(CentreTraining training, Forecast forecast, Cohort cohort) {
        Map<Long, Course> courses = training.plan(cohort).stream().map(PlanCourse::getCourse)
                .collect(Collectors.toMap(Course::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        CohortOutlook outlook = forecast.cohorts().stream().filter(o -> o.cohortId() == cohort.getId()).findFirst()
                .orElse(new CohortOutlook(cohort.getId(), List.of()));
        List<OfferingSuggestion> suggestions = forecast.suggestions().stream()
                .filter(s -> s.cohortIds().contains(cohort.getId())).toList();
        return new CohortReadiness(cohort, training.today, training.deadline(cohort), courses,
                training.readiness(cohort), outlook, suggestions);
    }
}
