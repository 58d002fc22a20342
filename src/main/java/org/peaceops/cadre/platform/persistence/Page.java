package org.peaceops.cadre.platform.persistence;

import java.util.List;
import java.util.function.Function;

/** A page of a list and the size of the whole filtered list. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, offset, limit);
    }
}
