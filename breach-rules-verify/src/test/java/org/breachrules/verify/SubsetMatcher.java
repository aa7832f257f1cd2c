package org.breachrules.verify;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares an actual JSON tree with an expected one where only the expected fields count: objects match when every
 * expected field matches (a missing actual field counts as null), arrays when they have the same length and match
 * element by element, values when equal.
 */
public final class SubsetMatcher {
    private SubsetMatcher() {
    }

    /** Every difference, as {@code path: expected X, got Y}; empty when the actual tree matches. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        boolean actualNull = actual == null || actual.isNull() || actual.isMissingNode();
        if (expected.isNull()) {
            if (!actualNull) {
                out.add(path + ": expected null, got " + actual);
            }
        } else if (actualNull) {
            out.add(path + ": expected " + expected + ", got null");
        } else if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), out);
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                out.add(path + ": expected " + expected + ", got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + ", got " + actual);
        }
    }
}
