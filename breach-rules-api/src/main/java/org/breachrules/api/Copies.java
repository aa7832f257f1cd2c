package org.breachrules.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defensive copies that keep null elements, so that {@link IncidentValidator} can report them by field path instead
 * of a constructor throwing a bare {@link NullPointerException}.
 */
final class Copies {
    private Copies() {
    }

    /** An unmodifiable copy, or null when {@code list} is null (a required list that was not given). */
    static <T> List<T> listOrNull(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** An unmodifiable copy; an absent optional list becomes empty. */
    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** An unmodifiable copy keeping insertion order; an absent optional map becomes empty. */
    static <K, V> Map<K, V> mapOrEmpty(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
