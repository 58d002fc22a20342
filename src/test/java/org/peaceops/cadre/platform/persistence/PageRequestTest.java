package org.peaceops.cadre.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.platform.InvalidInputException;

class PageRequestTest {

    @Test
    void refusesANegativeOffset() {
        var error = assertThrows(InvalidInputException.class, () -> new PageRequest(-1, 20, null, true, null));
        assertEquals("offset", error.field());
    }

    @Test
    void refusesPagesLargerThanTheMaximum() {
        assertThrows(InvalidInputException.class, () -> new PageRequest(0, PageRequest.MAX_LIMIT + 1, null, true, null));
        assertThrows(InvalidInputException.class, () -> new PageRequest(0, 0, null, true, null));
        assertEquals(PageRequest.MAX_LIMIT, new PageRequest(0, PageRequest.MAX_LIMIT, null, true, null).limit());
    }

    @Test
    void keepsItsOwnCopyOfTheFilters() {
        Map<String, String> filters = new HashMap<>(Map.of("name", "kil"));
        PageRequest request = new PageRequest(0, 10, "name", true, filters);
        filters.put("city", "Nakuru");
        assertEquals(Map.of("name", "kil"), request.filters());
    }

    @Test
    void mapsItemsAndKeepsTheTotal() {
        Page<Integer> page = new Page<>(java.util.List.of(1, 2), 42, 10, 2);
        assertEquals(new Page<>(java.util.List.of("1", "2"), 42, 10, 2), page.map(String::valueOf));
    }
}
