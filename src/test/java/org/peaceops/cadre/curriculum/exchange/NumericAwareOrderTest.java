package org.peaceops.cadre.curriculum.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumericAwareOrderTest {

    private final NumericAwareOrder order = NumericAwareOrder.INSTANCE;

    @Test
    void oneTenSortsAfterOneNine() {
        assertTrue(order.compare("1.10", "1.9") > 0);
        assertTrue(order.compare("1.9", "1.10") < 0);
    }

    @Test
    void codesSortByTheNumbersInThem() {
        assertEquals(List.of("L1.1", "L1.2", "L1.9", "L1.10", "L1.20", "L2.1", "L10"),
                sorted("L1.20", "L10", "L1.10", "L2.1", "L1.9", "L1.1", "L1.2"));
    }

    @Test
    void lettersCompareWithoutRegardToCase() {
        assertEquals(List.of("a.", "B.", "c."), sorted("c.", "a.", "B."));
    }

    @Test
    void aCodeSortsBeforeTheCodesItStarts() {
        assertEquals(List.of("1", "1.1", "1a"), sorted("1a", "1.1", "1"));
    }

    @Test
    void numbersTooLongForALongStillCompareByValue() {
        assertEquals(List.of("9", "099999999999999999999", "100000000000000000000"),
                sorted("100000000000000000000", "9", "099999999999999999999"));
    }

    @Test
    void textsThatDifferOnlyInZerosOrCaseStillHaveAnOrder() {
        assertTrue(order.compare("01", "1") != 0);
        assertTrue(order.compare("A", "a") != 0);
        assertEquals(0, order.compare("1.1", "1.1"));
    }

    private List<String> sorted(String... codes) {
        List<String> list = new ArrayList<>(List.of(codes));
        list.sort(order);
        return list;
    }
}
