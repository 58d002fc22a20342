package org.peaceops.cadre.platform.persistence;

import java.util.Map;
import org.peaceops.cadre.platform.InvalidInputException;

/**
 * One page of a list: where it starts, how long it is, how it is sorted and
 * filtered. Field names are the list's public names, checked against what the
 * list allows (see {@link PagedQuery}).
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending, Map<String, String> filters) {

    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInputException("offset", "error.page.offset");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "error.page.limit", MAX_LIMIT);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, true, Map.of());
    }
}
