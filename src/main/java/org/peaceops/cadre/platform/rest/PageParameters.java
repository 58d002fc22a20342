package org.peaceops.cadre.platform.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.peaceops.cadre.platform.persistence.PageRequest;

/**
 * The query parameters of every list endpoint: {@code offset}, {@code limit},
 * {@code sort} (a field, {@code -field} for descending) and any other parameter
 * as a filter on the field of that name.
 */
public class PageParameters {

    private static final Set<String> RESERVED = Set.of("offset", "limit", "sort");

    @QueryParam("offset")
    @DefaultValue("0")
    int offset;

    @QueryParam("limit")
    @DefaultValue("20")
    int limit;

    @QueryParam("sort")
    String sort;

    @Context
    UriInfo uriInfo;

    public PageRequest toRequest() {
        Map<String, String> filters = new HashMap<>();
        uriInfo.getQueryParameters().forEach((name, values) -> {
            if (!RESERVED.contains(name) && !values.isEmpty()) {
                filters.put(name, values.get(0));
            }
        });
        boolean descending = sort != null && sort.startsWith("-");
        String field = sort == null || sort.isBlank() ? null : descending ? sort.substring(1) : sort;
        return new PageRequest(offset, limit, field, !descending, filters);
    }
}
