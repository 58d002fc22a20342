package org.peaceops.cadre.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.cohort.roster.RosterColumn;
import org.peaceops.cadre.cohort.roster.RosterProblem;

class ProblemCodecTest {

    @Test
    void problemsComeBackAsTheyWereKeptWithTabsAndLineBreaksInValuesTurnedToSpaces() {
        List<RosterProblem> problems = List.of(
                new RosterProblem(4, RosterColumn.FAMILY_NAME, RosterProblem.REQUIRED, List.of("#roster.column.FAMILY_NAME")),
                new RosterProblem(0, null, RosterProblem.UNREADABLE, List.of()),
                new RosterProblem(9, RosterColumn.EMAIL, RosterProblem.EMAIL, List.of("a\tb\nc")));
        List<RosterProblem> decoded = ProblemCodec.decode(ProblemCodec.encode(problems));
        assertEquals(problems.subList(0, 2), decoded.subList(0, 2));
        assertEquals(List.of("a b c"), decoded.get(2).arguments());
        assertEquals(List.of(), ProblemCodec.decode(ProblemCodec.encode(List.of())));
    }

    @Test
    void aReportTooLongForItsColumnKeepsItsFirstProblemsAndSaysHowManyMoreThereWere() {
        List<RosterProblem> many = new ArrayList<>();
        for (int row = 2; row < 40_002; row++) {
            many.add(new RosterProblem(row, RosterColumn.NATIONALITY, RosterProblem.COUNTRY, List.of("XX-" + row)));
        }
        String kept = ProblemCodec.encode(many);
        assertTrue(kept.length() <= ProblemCodec.MAX_LENGTH, String.valueOf(kept.length()));
        List<RosterProblem> decoded = ProblemCodec.decode(kept);
        RosterProblem last = decoded.get(decoded.size() - 1);
        assertEquals(ProblemCodec.MORE, last.messageKey());
        assertEquals(String.valueOf(many.size() - (decoded.size() - 1)), last.arguments().get(0));
    }
}
