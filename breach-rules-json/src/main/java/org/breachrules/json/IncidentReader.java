package org.breachrules.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.breachrules.api.Incident;
import org.breachrules.api.IncidentValidator;
import org.breachrules.api.Violation;

/**
 * Reads an incident, or a JSON array of incidents, strictly, and reports every problem at once.
 *
 * <p>Structural problems (unknown fields, wrong types, unknown enum values or jurisdiction codes, impossible dates,
 * null array elements, duplicate keys, malformed JSON) are found by walking the document; semantic ones (required
 * fields, negative counts, dates out of order, ...) by {@link IncidentValidator}. Each problem is reported once,
 * as a {@link Violation} with its field path, in document order; in an array every path is prefixed {@code [i].}.
 * Problems with the document as a whole (malformed, empty, neither object nor array) have the path {@code $}.
 * A JSON null on an optional field is the same as leaving it out; on a required field it "is required".
 *
 * <p>Integers must be integral and fit in 32 bits; {@code 12.0} is read as 12, {@code 12.5} and {@code "12"} are
 * rejected. Booleans must be JSON booleans. Dates are {@code YYYY-MM-DD} calendar dates, resolved strictly.
 *
 * <p>Immutable and thread-safe; one instance may be shared. Never reads the clock: the evaluation date is an
 * argument.
 */
public final class IncidentReader {

    /** The path of a problem with the document as a whole. */
    public static final String DOCUMENT = "$";

    /**
     * The most characters one incident may take, from its opening brace to its closing one (the NDJSON line limit of
     * the command-line tool; an incident of the format takes a few thousand). A longer incident, or a single string
     * or field name longer than this, is one problem of its incident and nothing of the document is read further.
     */
    public static final int MAX_INCIDENT_CHARS = 1 << 20;

    /**
     * The most JSON tokens (field names, values, brackets) one incident may hold; an incident of the format holds a
     * few hundred. Beyond it, as for {@link #MAX_INCIDENT_CHARS}: one problem, nothing read further. With that limit
     * it bounds the tree built for one incident and the problems it can have (about one per two tokens).
     */
    public static final int MAX_INCIDENT_TOKENS = 100_000;

    /** The deepest nesting of objects and arrays in a document (the format needs 4); deeper is refused. */
    public static final int MAX_NESTING_DEPTH = 64;

    /**
     * The most problems collected from one document: an array whose incidents have more stops being read after the
     * incident that passes it, and one more problem says so (hosts print fewer: the command-line tool and the Spring
     * example show the first 100 and count the rest).
     */
    public static final int MAX_PROBLEMS = 100_000;

    private static final int MAX_REASON = 160;

    private static final String EXPECTED = "expected an incident object or an array of incidents";

    /** Reads one element of an array, leaving the parser after it. */
    private static final ObjectReader ELEMENT = Json.MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** A reader; it holds no state, so one may be shared. */
    public IncidentReader() {
    }

    /**
     * Reads a document held in a string.
     *
     * @param json the document: one incident object or an array of them
     * @param asOf the evaluation date the incidents are checked against (discovery may not be after it)
     * @return the incidents and every problem found
     */
    public ReadResult read(String json, LocalDate asOf) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(asOf, "asOf");
        // A byte order mark left at the start of a string read from a file is not content.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        Limits limits = Limits.check(() -> DuplicateKeys.LENIENT.createParser(text));
        if (limits.exceeded() != null) {
            return new ReadResult(List.of(), limits.array(), List.of(limits.exceeded()));
        }
        return within(text, limits, asOf);
    }

    /** Reads a document already found within the limits. */
    private static ReadResult within(String text, Limits limits, LocalDate asOf) {
        if (limits.array()) {
            // Element by element: only one incident's tree exists at a time, however long the array.
            return array(() -> Json.FACTORY.createParser(text), asOf)
                    .orElseGet(() -> withDuplicates(text, true, asOf));
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return firstLine(e.getOriginalMessage()).startsWith("Duplicate field") ? withDuplicates(text, false, asOf)
                    : malformed(e);
        } catch (IllegalArgumentException e) {
            return unreadableNumber();
        }
        return bind(root, asOf);
    }

    /**
     * A document with repeated keys: every repetition is a problem, reported with every other problem of the
     * document (the last value of a repeated key is the one checked), never only the first one found.
     */
    private static ReadResult withDuplicates(String json, boolean array, LocalDate asOf) {
        List<Violation> duplicates;
        ReadResult rest;
        try {
            duplicates = DuplicateKeys.in(json, MAX_PROBLEMS);
            if (array) {
                rest = array(() -> DuplicateKeys.LENIENT.createParser(json), asOf).orElseThrow();
            } else {
                rest = bind(Json.MAPPER.readerFor(JsonNode.class).with(DuplicateKeys.LENIENT).readTree(json), asOf);
            }
        } catch (JsonProcessingException e) {
            return malformed(e);
        } catch (IOException | IllegalArgumentException e) {
            return unreadableNumber();
        }
        if (array && !rest.array()) {
            return rest; // malformed after all: that alone, as for any malformed document
        }
        List<Violation> all = new ArrayList<>(duplicates);
        all.addAll(rest.violations());
        return new ReadResult(List.of(), rest.array(), capped(all));
    }

    /** Opens a parser on the document (again: the limits are checked by a first pass). */
    @FunctionalInterface
    interface Source {
        JsonParser open() throws IOException;
    }

    /**
     * Reads a top-level array one element at a time, so memory holds one element's tree, the incidents bound so far
     * and at most {@link #MAX_PROBLEMS} problems. Empty when the strict parser met a repeated key (the caller then
     * reads the document again, leniently, to report every repetition).
     */
    private static Optional<ReadResult> array(Source source, LocalDate asOf) {
        List<Incident> incidents = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        try (JsonParser p = source.open()) {
            p.nextToken(); // the array's start: Limits has seen it
            int i = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
                if (t == null) { // Jackson reports the end of input inside an array itself; in case it does not
                    return Optional.of(failure(false, DOCUMENT,
                            "malformed JSON: unexpected end of input, the document is truncated"));
                }
                JsonNode element = ELEMENT.readTree(p);
                element(element, i, asOf, incidents, problems);
                if (problems.size() > MAX_PROBLEMS) {
                    return Optional.of(new ReadResult(List.of(), true, capped(problems)));
                }
            }
            if (p.nextToken() != null) {
                return Optional.of(failure(false, DOCUMENT, "malformed JSON" + where(p.currentTokenLocation())
                        + ": unexpected content after the end of the document"));
            }
        } catch (JsonProcessingException e) {
            return firstLine(e.getOriginalMessage()).startsWith("Duplicate field") ? Optional.empty()
                    : Optional.of(malformed(e));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(unreadableNumber());
        }
        return Optional.of(problems.isEmpty()
                ? new ReadResult(incidents, true, List.of())
                : new ReadResult(List.of(), true, problems));
    }

    /** At most {@link #MAX_PROBLEMS}, then one that says reading stopped. */
    private static List<Violation> capped(List<Violation> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<Violation> first = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        first.add(new Violation(DOCUMENT, "more than " + MAX_PROBLEMS + " problems, the most reported for a"
                + " document; the rest of it was not read"));
        return first;
    }

    /**
     * Reads a document from a stream (UTF-8, UTF-16 or UTF-32, detected). The stream is read to its end and not
     * closed. UTF-8 must be valid ({@link Utf8}): broken or overlong sequences are a problem of the document.
     *
     * @throws UncheckedIOException when the stream itself fails (not when its content is bad)
     */
    public ReadResult read(InputStream json, LocalDate asOf) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(asOf, "asOf");
        JsonNode root;
        try {
            byte[] bytes = json.readAllBytes();
            // The limits first, over the bytes (counted in bytes here): a hostile document is never decoded.
            Limits limits = Limits.check(() -> DuplicateKeys.LENIENT.createParser(bytes));
            if (limits.exceeded() != null) {
                return new ReadResult(List.of(), limits.array(), List.of(limits.exceeded()));
            }
            String text = Utf8.decode(bytes);
            if (text != null) {
                return within(text.startsWith("\uFEFF") ? text.substring(1) : text, limits, asOf);
            }
            // UTF-16 or UTF-32: read whole (within the limits).
            root = Json.MAPPER.readTree(bytes);
        } catch (Utf8.Malformed e) {
            return failure(false, DOCUMENT, e.getMessage());
        } catch (JsonProcessingException e) {
            return malformed(e);
        } catch (IllegalArgumentException e) {
            return unreadableNumber();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bind(root, asOf);
    }

    private static ReadResult bind(JsonNode root, LocalDate asOf) {
        if (root == null || root.isMissingNode()) {
            return failure(false, DOCUMENT, "empty input; " + EXPECTED);
        }
        if (root.isObject()) {
            IncidentBinder.Bound bound = new IncidentBinder(root).bind(asOf);
            return bound.violations().isEmpty()
                    ? new ReadResult(List.of(bound.incident()), false, List.of())
                    : new ReadResult(List.of(), false, bound.violations());
        }
        if (!root.isArray()) {
            return failure(false, DOCUMENT, EXPECTED + ", got " + Json.kind(root));
        }
        List<Incident> incidents = new ArrayList<>(root.size());
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            element(root.get(i), i, asOf, incidents, problems);
        }
        return problems.isEmpty()
                ? new ReadResult(incidents, true, List.of())
                : new ReadResult(List.of(), true, capped(problems));
    }

    /** Binds element {@code i} of an array: its incident, or its problems prefixed {@code [i]}. */
    private static void element(JsonNode element, int i, LocalDate asOf, List<Incident> incidents,
            List<Violation> problems) {
        String prefix = "[" + i + "]";
        if (element.isNull()) {
            problems.add(new Violation(prefix, "must not be null"));
        } else if (!element.isObject()) {
            problems.add(new Violation(prefix, "expected an incident object, got " + Json.kind(element)));
        } else {
            IncidentBinder.Bound bound = new IncidentBinder(element).bind(asOf);
            if (problems.isEmpty()) {
                incidents.add(bound.incident());
            }
            for (Violation v : bound.violations()) {
                problems.add(new Violation(v.field().isEmpty() ? prefix : prefix + "." + v.field(), v.message()));
            }
        }
    }

    /** Jackson throws NumberFormatException, without a location, for a number like 1e99999999999. */
    private static ReadResult unreadableNumber() {
        return failure(false, DOCUMENT, "malformed JSON: a number is too large or too precise to read");
    }

    private static ReadResult failure(boolean array, String path, String message) {
        return new ReadResult(List.of(), array, List.of(new Violation(path, message)));
    }

    /** One violation for a document that is not well-formed JSON: where, and what, never a stack trace. */
    private static ReadResult malformed(JsonProcessingException e) {
        String reason = firstLine(e.getOriginalMessage());
        String path = DOCUMENT;
        if (reason.startsWith("Duplicate field")) {
            String field = pathOf(e);
            if (field != null && !field.isEmpty()) {
                path = field;
            }
            return failure(false, path, "duplicate field" + where(e.getLocation()));
        }
        if (e instanceof JsonEOFException) {
            reason = "unexpected end of input, the document is truncated";
        } else if (reason.startsWith("Trailing token")) {
            reason = "unexpected content after the end of the document";
        } else if (reason.isEmpty()) {
            reason = "not valid JSON";
        }
        return failure(false, path, "malformed JSON" + where(e.getLocation()) + ": "
                + Json.cut(Json.withoutTokens(reason), MAX_REASON));
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }

    /** The field path of the parser's position, e.g. {@code [1].reporter.role}; null when unknown. */
    private static String pathOf(JsonProcessingException e) {
        if (!(e instanceof StreamReadException)) {
            return null;
        }
        JsonParser parser = ((StreamReadException) e).getProcessor();
        if (parser == null) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                segments.add(0, "." + Json.name(c.getCurrentName()));
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /**
     * How many incidents a document holds, counted by a streaming pass that builds nothing (so a host can refuse a
     * file too large to hold in memory before reading it): the elements of a top-level array, 1 for anything else,
     * and -1 when the document is malformed (reading it then reports why).
     */
    public static long incidentCount(byte[] json) {
        // Lenient: a strict parser would remember every key of every object it skips.
        try (com.fasterxml.jackson.core.JsonParser parser = DuplicateKeys.LENIENT.createParser(json)) {
            com.fasterxml.jackson.core.JsonToken first = parser.nextToken();
            if (first != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                return 1;
            }
            long count = 0;
            for (com.fasterxml.jackson.core.JsonToken t = parser.nextToken();
                    t != null && t != com.fasterxml.jackson.core.JsonToken.END_ARRAY; t = parser.nextToken()) {
                count++;
                parser.skipChildren();
            }
            return count;
        } catch (IOException e) {
            return -1;
        }
    }
}
