package org.peaceops.cadre.platform.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.peaceops.cadre.platform.persistence.BaseEntity;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.persistence.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table fed by a service's paged list, so that paging,
 * sorting and filtering happen in the database and the service's tenancy and
 * role checks apply to every page. Column field names are the list's names.
 * Rows are entities told apart by their id ({@link #ofEntities}) or records
 * (an instructor with their qualifications) told apart by a key the view names.
 */
public class ServiceLazyDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A page source that survives view serialisation. */
    public interface PageSource<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    /** A row's key that survives view serialisation. */
    public interface RowKey<T> extends Function<T, Object>, Serializable {
    }

    private final PageSource<T> source;
    private final RowKey<T> key;

    public ServiceLazyDataModel(PageSource<T> source, RowKey<T> key) {
        this.source = source;
        this.key = key;
    }

    /** A table of entities, whose rows are known by their id. */
    public static <E extends BaseEntity> ServiceLazyDataModel<E> ofEntities(PageSource<E> source) {
        return new ServiceLazyDataModel<>(source, BaseEntity::getId);
    }

    /**
     * The page state keeps how to read the rows, not the rows of the page last
     * shown: PrimeFaces reads the page again when a request needs rows the
     * model no longer has. So the state written into every answer stays small
     * whatever the rows hold. (A subclass that keeps more serialises as it is.)
     */
    @java.io.Serial
    protected Object writeReplace() {
        return getClass() != ServiceLazyDataModel.class || getWrappedData() == null
                ? this : new ServiceLazyDataModel<>(source, key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.apply(new PageRequest(0, 1, null, true, filters(filterBy))).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                .orElse(null);
        PageRequest request = new PageRequest(first, Math.min(pageSize, PageRequest.MAX_LIMIT),
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() == SortOrder.ASCENDING,
                filters(filterBy));
        return source.apply(request).items();
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
