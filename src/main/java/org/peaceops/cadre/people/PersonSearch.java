package org.peaceops.cadre.people;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.Locale;

/**
 * How staff find a person in a list as they type: part of a family or given
 * name or of the sign-in name, or the start of a service number however it
 * is spelt. Shared by every list of people (the centre's, a cohort's roster).
 */
public final class PersonSearch {

    private PersonSearch() {
    }

    public static Predicate matching(CriteriaBuilder cb, From<?, Person> person, String text) {
        String part = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        String number = ServiceNumbers.normalise(text) + "%";
        return cb.or(cb.like(cb.lower(person.get("familyName")), part),
                cb.like(cb.lower(person.get("givenNames")), part),
                cb.like(person.get("serviceNumber"), number),
                cb.like(person.join("account", JoinType.LEFT).get("username"), part));
    }
}
