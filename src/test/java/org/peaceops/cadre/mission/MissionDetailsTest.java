package org.peaceops.cadre.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MissionDetailsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aMissionCannotEndBeforeItStarts() {
        var details = new MissionDetails("UNIFIL", "United Nations Interim Force in Lebanon", LeadOrganisation.UN,
                MissionStatus.ACTIVE, LocalDate.of(1978, 3, 19), LocalDate.of(1978, 3, 18), false);
        assertEquals(Set.of("endedOnAfterStart"), invalid(details));
    }

    @Test
    void openEndedAndSameDayMissionsAreValid() {
        assertEquals(Set.of(), invalid(new MissionDetails("UNMISS", "UN Mission in South Sudan", LeadOrganisation.UN,
                MissionStatus.ACTIVE, LocalDate.of(2011, 7, 9), null, false)));
        assertEquals(Set.of(), invalid(new MissionDetails("X1", "One-day mission", LeadOrganisation.OTHER,
                MissionStatus.CLOSED, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), true)));
    }

    @Test
    void codesAreCapitalLettersDigitsAndDashes() {
        assertEquals(Set.of("code"), invalid(new MissionDetails("unifil", "x", LeadOrganisation.UN,
                MissionStatus.ACTIVE, null, null, false)));
        assertEquals(Set.of("code"), invalid(new MissionDetails("U", "x", LeadOrganisation.UN,
                MissionStatus.ACTIVE, null, null, false)));
        assertEquals(Set.of(), invalid(new MissionDetails("UN-AU1", "x", LeadOrganisation.UN_AU,
                MissionStatus.PLANNED, null, null, false)));
    }

    private Set<String> invalid(MissionDetails details) {
        return validator.validate(details).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }
}
