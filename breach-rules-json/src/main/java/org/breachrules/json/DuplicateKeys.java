package org.breachrules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.breachrules.api.Violation;

/**
 * Every key given more than once in the same object, with its path. The strict parser stops at the first duplicate;
 * this pass lets the reader report all of them together with every other problem of the document.
 */
final class DuplicateKeys {
    /** The same settings as {@link Json#FACTORY}, without stopping at a duplicate. */
    static final JsonFactory LENIENT = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .streamReadConstraints(Json.CONSTRAINTS)
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private DuplicateKeys() {
    }

    /**
     * One violation per repeated key, in document order; paths as the binder writes them ({@code [i].} prefixed). At
     * most {@code max} are collected (the scan stops at the next one), so a hostile document cannot fill the memory.
     */
    static List<Violation> in(String json, int max) throws IOException {
        List<Violation> out = new ArrayList<>();
        Deque<Set<String>> keys = new ArrayDeque<>();
        Deque<String> paths = new ArrayDeque<>();
        Deque<int[]> indexes = new ArrayDeque<>();
        String field = null;
        try (JsonParser p = LENIENT.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case FIELD_NAME -> {
                        field = p.currentName();
                        if (!keys.peek().add(field)) {
                            if (out.size() == max) {
                                return out;
                            }
                            out.add(new Violation(IncidentBinder.field(paths.peek(), field),
                                    "duplicate field at line " + p.currentTokenLocation().getLineNr() + ", column "
                                            + p.currentTokenLocation().getColumnNr()));
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String path = paths.isEmpty() ? "" : childPath(paths.peek(), field, indexes.peek());
                        keys.push(new HashSet<>());
                        paths.push(path);
                        indexes.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
                        field = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        keys.pop();
                        paths.pop();
                        indexes.pop();
                        if (!indexes.isEmpty() && indexes.peek()[0] >= 0) {
                            indexes.peek()[0]++;
                        }
                    }
                    default -> {
                        if (!indexes.isEmpty() && indexes.peek()[0] >= 0) {
                            indexes.peek()[0]++;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The path of a value: a field of the enclosing object, or the next element of the enclosing array. */
    private static String childPath(String parent, String field, int[] index) {
        return index[0] >= 0 ? IncidentBinder.element(parent, index[0])
                : IncidentBinder.field(parent, field);
    }
}
