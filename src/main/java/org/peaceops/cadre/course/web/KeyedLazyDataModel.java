package org.peaceops.cadre.course.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table fed by a service's paged list of records rather than entities
 * (an instructor with their qualifications, a person with their profile):
 * like {@link ServiceLazyDataModel}, paging, sorting and filtering happen in the
 * database; rows are told apart by the key the view names.
 */
public class KeyedLazyDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A row's key that survives view serialisation. */
    public interface RowKey<T> extends Function<T, Object>, Serializable {
    }

    private final ServiceLazyDataModel.PageSource<T> source;
    private final RowKey<T> key;

    public KeyedLazyDataModel(ServiceLazyDataModel.PageSource<T> source, RowKey<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.apply(new PageRequest(0, 1, null, true, filters(filterBy))).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                .orElse(null);
        Page<T> page = source.apply(new PageRequest(first, Math.min(pageSize, PageRequest.MAX_LIMIT),
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() == SortOrder.ASCENDING,
                filters(filterBy)));
        return page.items();
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>();
        filterBy.forEach((field, meta) -> {
            if (meta.getFilterValue() != null && !meta.getFilterValue().toString().isBlank()) {
                filters.put(meta.getField(), meta.getFilterValue().toString());
            }
        });
        return filters;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream()
                .filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
