package org.peaceops.cadre.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CentreDetailsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aCompleteCentreIsValid() {
        assertEquals(Set.of(), invalidFields(new CentreDetails("Savanna PSTC", "KE", "Nakuru", "Africa/Nairobi",
                RegionalAssociation.APSTA)));
    }

    @Test
    void countryMustBeAnIsoCodeAndTimeZoneARegion() {
        assertEquals(Set.of("countryCode", "timeZone"), invalidFields(new CentreDetails("Savanna PSTC", "XK1",
                "Nakuru", "UTC+3", RegionalAssociation.APSTA)));
    }

    @Test
    void nameCityAndAssociationAreRequired() {
        assertEquals(Set.of("name", "city", "regionalAssociation", "countryCode", "timeZone"),
                invalidFields(new CentreDetails(" ", null, "", null, null)));
    }

    @Test
    void roomCapacityIsBetweenOneAndTwoThousand() {
        assertEquals(Set.of("capacity"), fields(validator.validate(new RoomDetails("Hall", null, 0))));
        assertEquals(Set.of("capacity"), fields(validator.validate(new RoomDetails("Hall", null, 2001))));
        assertEquals(Set.of(), fields(validator.validate(new RoomDetails("Hall", null, 2000))));
    }

    private Set<String> invalidFields(CentreDetails details) {
        return fields(validator.validate(details));
    }

    private static <T> Set<String> fields(Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
