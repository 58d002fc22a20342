package org.peaceops.cadre.cohort.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.people.PersonnelCategory;

/**
 * A contingent of ten thousand, as CSV and as a workbook, read and checked
 * whole. Only the results are asserted; timing belongs in a benchmark.
 */
class LargeRosterTest {

    private static final int PEOPLE = 10_000;

    @Test
    void tenThousandPeopleInCsvAreReadAndCheckedWithTheOneDuplicateFound() {
        String text = Rosters.manyPeople(PEOPLE) + Rosters.person("sn-17") + "\n";

        RosterValidation validation = Rosters.check(Rosters.read("big.csv", text.getBytes(StandardCharsets.UTF_8)));

        assertEquals(PEOPLE, validation.entries().size());
        assertEquals(List.of((PEOPLE + 2) + " SERVICE_NUMBER roster.problem.duplicatePerson [sn-17, GH, 18]"),
                Rosters.described(validation));
        assertEquals("SN-10000", validation.entries().get(PEOPLE - 1).serviceNumber());
        assertEquals(PEOPLE + 1, validation.entries().get(PEOPLE - 1).row());
    }

    @Test
    void tenThousandPeopleInAWorkbookAreReadAndChecked() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Rosters.headerCells());
        for (int i = 1; i <= PEOPLE; i++) {
            List<Object> row = new ArrayList<>(List.of(Rosters.person("SN-" + i).split(",")));
            if (i % 1_000 == 0) {
                row.set(RosterColumn.NATIONALITY.ordinal(), "XX");
            }
            rows.add(row);
        }

        RosterValidation validation = Rosters.check(Rosters.read("big.xlsx", Rosters.xlsx(rows)));

        assertEquals(PEOPLE - 10, validation.entries().size());
        assertEquals(10, validation.problems().size());
        assertEquals(1_001, validation.problems().get(0).row());
        assertEquals(PersonnelCategory.MILITARY, validation.entries().get(PEOPLE - 11).category());
    }
}
