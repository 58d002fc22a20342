package org.peaceops.cadre.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.peaceops.cadre.platform.InvalidInputException;

/**
 * A list paged, sorted and filtered in the database: one count and one select,
 * whatever the size of the table. Only the fields a list declares may be sorted
 * or filtered on; text filters match a part of the value, case-insensitively,
 * other types match exactly.
 *
 * @param <T> the entity listed
 */
public final class PagedQuery<T> {

    private final Class<T> type;
    private final Map<String, String> fields;
    private final String defaultSort;
    private BiFunction<CriteriaBuilder, Root<T>, Predicate> scope = (cb, root) -> cb.conjunction();
    private Consumer<Root<T>> fetches = root -> { };

    /**
     * @param fields the list's public field names mapped to entity paths ("centre" → "centre.name")
     * @param defaultSort the field sorted on when the request names none; "-field" sorts it descending
     */
    public PagedQuery(Class<T> type, Map<String, String> fields, String defaultSort) {
        this.type = type;
        this.fields = Map.copyOf(fields);
        this.defaultSort = defaultSort;
    }

    /**
     * Restricts the list, e.g. to the signed-in user's centre. Restrictions add
     * up: each call narrows the list further, never widens it again.
     */
    public PagedQuery<T> scope(BiFunction<CriteriaBuilder, Root<T>, Predicate> restriction) {
        BiFunction<CriteriaBuilder, Root<T>, Predicate> previous = this.scope;
        this.scope = (cb, root) -> cb.and(previous.apply(cb, root), restriction.apply(cb, root));
        return this;
    }

    /** Fetch-joins to-one associations shown in the list, so that a page costs no extra statements. */
    public PagedQuery<T> fetch(Consumer<Root<T>> joins) {
        this.fetches = joins;
        return this;
    }

    public Page<T> run(EntityManager em, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(where(cb, countRoot, request));
        long total = em.createQuery(count).getSingleResult();
        if (total == 0 || request.offset() >= total) {
            return new Page<>(List.of(), total, request.offset(), request.limit());
        }

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        fetches.accept(root);
        // The default sort may ask for descending order with a leading "-", as the API's sort parameter does.
        boolean byDefault = request.sortField() == null;
        boolean defaultDescending = defaultSort.startsWith("-");
        String sortField = byDefault ? defaultSort.substring(defaultDescending ? 1 : 0) : request.sortField();
        boolean ascending = byDefault ? !defaultDescending : request.ascending();
        Expression<?> sortPath = path(root, "sort", sortField);
        select.select(root).where(where(cb, root, request))
                .orderBy(ascending ? cb.asc(sortPath) : cb.desc(sortPath), cb.asc(root.get("id")));
        List<T> items = em.createQuery(select)
                .setFirstResult(request.offset())
                .setMaxResults(request.limit())
                .getResultList();
        return new Page<>(items, total, request.offset(), request.limit());
    }

    private Predicate where(CriteriaBuilder cb, Root<T> root, PageRequest request) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(scope.apply(cb, root));
        request.filters().forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                predicates.add(matches(cb, path(root, field, field), field, value.strip()));
            }
        });
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate matches(CriteriaBuilder cb, Path<?> path, String field, String value) {
        Class<?> javaType = path.getJavaType();
        if (String.class.equals(javaType)) {
            String pattern = "%" + value.toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            return cb.like(cb.lower((Path<String>) path), pattern, '\\');
        }
        try {
            if (javaType.isEnum()) {
                return cb.equal(path, Enum.valueOf((Class<Enum>) javaType, value.toUpperCase(Locale.ROOT)));
            }
            if (Boolean.class.equals(javaType) || boolean.class.equals(javaType)) {
                return cb.equal(path, Boolean.parseBoolean(value));
            }
            if (Integer.class.equals(javaType) || int.class.equals(javaType)) {
                return cb.equal(path, Integer.valueOf(value));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "error.page.filterValue", value);
        }
        throw new InvalidInputException(field, "error.page.field", field);
    }

    private Path<?> path(Root<T> root, String parameter, String field) {
        String entityPath = fields.get(field);
        if (entityPath == null) {
            throw new InvalidInputException(parameter, "error.page.field", field);
        }
        // Associations on the way are left-joined: a row without one (an
        // administrator without a centre) must not drop out of the list.
        String[] parts = entityPath.split("\\.");
        From<?, ?> from = root;
        for (int i = 0; i < parts.length - 1; i++) {
            from = from.join(parts[i], JoinType.LEFT);
        }
        return from.get(parts[parts.length - 1]);
    }
}
