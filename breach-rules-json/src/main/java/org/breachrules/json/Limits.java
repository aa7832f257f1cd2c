package org.breachrules.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import org.breachrules.api.Violation;

/**
 * The first pass over a document (issue 26): a streaming scan that builds nothing and stops at the first incident
 * over {@link IncidentReader#MAX_INCIDENT_CHARS} or {@link IncidentReader#MAX_INCIDENT_TOKENS}, or at nesting deeper
 * than {@link IncidentReader#MAX_NESTING_DEPTH}, so a hostile document costs one pass over its bytes and one problem,
 * never a tree of millions of nodes. Malformed JSON is left to the reading that follows (it reports where).
 *
 * @param array    whether the document is a JSON array
 * @param exceeded the one problem naming the limit passed, with the incident's path ({@code $} or {@code [i]});
 *                 null when the document is within every limit
 */
record Limits(boolean array, Violation exceeded) {

    private static final String NOT_READ = "; the document was not read further";

    static Limits check(IncidentReader.Source source) {
        boolean array = false;
        String path = IncidentReader.DOCUMENT;
        try (JsonParser p = source.open()) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Limits(false, null);
            }
            array = first == JsonToken.START_ARRAY;
            int depth = first.isStructStart() ? 1 : 0;
            long start = offset(p.currentTokenLocation());
            long tokens = 1;
            int index = -1;
            for (JsonToken t = p.nextToken(); t != null && (array || depth > 0); t = p.nextToken()) {
                if (array && depth == 1) {
                    if (t == JsonToken.END_ARRAY) {
                        break; // anything after the array is the reading's to report
                    }
                    index++;
                    path = "[" + index + "]";
                    start = offset(p.currentTokenLocation());
                    tokens = 0;
                }
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                }
                if (++tokens > IncidentReader.MAX_INCIDENT_TOKENS) {
                    return new Limits(array, new Violation(path, "the incident holds more than "
                            + IncidentReader.MAX_INCIDENT_TOKENS + " JSON tokens (names, values, brackets), the most"
                            + " one may hold" + NOT_READ));
                }
                // The end of the token just read: a long string counts as soon as the parser has skipped it.
                if (offset(p.currentLocation()) - start > IncidentReader.MAX_INCIDENT_CHARS) {
                    return new Limits(array, tooLong(path));
                }
            }
        } catch (StreamConstraintsException e) {
            String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (reason.contains("nesting depth")) {
                return new Limits(array, new Violation(path, "objects and arrays nested more than "
                        + IncidentReader.MAX_NESTING_DEPTH + " deep, the most allowed" + NOT_READ));
            }
            if (reason.contains("Name length") || reason.contains("String value length")) {
                return new Limits(array, tooLong(path));
            }
        } catch (IOException | RuntimeException e) {
            // Malformed, or a number Jackson cannot hold: the reading reports it, with its place.
        }
        return new Limits(array, null);
    }

    private static Violation tooLong(String path) {
        return new Violation(path, "the incident is longer than " + IncidentReader.MAX_INCIDENT_CHARS
                + " characters, the most one may have" + NOT_READ);
    }

    /** Characters from the start for a parser over text; bytes for one over bytes. */
    private static long offset(JsonLocation location) {
        return location.getCharOffset() >= 0 ? location.getCharOffset() : location.getByteOffset();
    }
}
