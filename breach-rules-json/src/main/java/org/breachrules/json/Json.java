package org.breachrules.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Shared, immutable JSON machinery: the strict factory and mapper, the pretty printer, value formatting. */
final class Json {

    /** {@code uuuu-MM-dd}, strict: 2027-02-30 and 2027-13-01 are rejected, never adjusted. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * What the parser itself refuses (issue 26): nesting deeper than {@link IncidentReader#MAX_NESTING_DEPTH}, a
     * string or field name longer than {@link IncidentReader#MAX_INCIDENT_CHARS} (so one token cannot fill the
     * memory). Jackson's own number-length limit (1,000 digits) stays.
     */
    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(IncidentReader.MAX_NESTING_DEPTH)
            .maxStringLength(IncidentReader.MAX_INCIDENT_CHARS)
            .maxNameLength(IncidentReader.MAX_INCIDENT_CHARS)
            .build();

    /**
     * Detects duplicate keys; never closes the caller's streams. Field names are not canonicalized: Jackson's symbol
     * table, seeded at random, fails ("Spill-over slots in symbol table ... suspect a DoS attack based on hash
     * collisions") on a document with tens of thousands of distinct keys: on 4 runs in 6 over the bytes of the issue's
     * 1.5 million keys, which the first pass then could not measure.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .streamReadConstraints(CONSTRAINTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Tree reading only: exact decimals (to tell 12.5 from 12), trailing content is an error. */
    static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Two-space indent, {@code "\n"} line ends on every platform, {@code "key": value}, {@code []} when empty. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private static final int MAX_ECHO = 40;

    /**
     * What of a bad value a message may echo: a short token of letters, digits and {@code _ . / : + -} (an enum value,
     * a date, a code) as given; anything else, which could be free text and so patient data, only by its length.
     */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_./:+-]{1,24}");
    /**
     * What could identify a person even in a short code (issue 26): a run of 4 or more digits (an SSN, a record
     * number, a phone number, a birth date) or letters of both cases in one value ({@code JaneDoe}, {@code Smith}).
     */
    private static final java.util.regex.Pattern IDENTIFYING = java.util.regex.Pattern.compile(
            "\\d{4}|(?=.*\\p{Lu})(?=.*\\p{Ll}).*");
    /** A field name as the format spells them: lower camel case, which a person's name is not ({@code JaneDoe}). */
    private static final java.util.regex.Pattern FIELD_NAME = java.util.regex.Pattern.compile("[a-z][A-Za-z]*");
    /** A quoted token in a parser's message ({@code Unrecognized token 'Jane_Q_Patient_SSN_123456789'}). */
    private static final java.util.regex.Pattern QUOTED_TOKEN = java.util.regex.Pattern.compile("'([^']{2,})'");

    private Json() {
    }

    static JsonGenerator generator(Writer out, boolean pretty) {
        try {
            return configure(FACTORY.createGenerator(out), pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonGenerator generator(OutputStream out, boolean pretty) {
        try {
            return configure(FACTORY.createGenerator(out, JsonEncoding.UTF8), pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonGenerator configure(JsonGenerator g, boolean pretty) {
        if (pretty) {
            g.setPrettyPrinter(PRETTY.createInstance());
        }
        return g;
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static void writeDate(JsonGenerator g, String name, LocalDate date) throws IOException {
        if (date == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, date(date));
        }
    }

    static void writeInteger(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value.intValue());
        }
    }

    static void writeEnum(JsonGenerator g, String name, Enum<?> value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value.name());
        }
    }

    /** A JSON value as it may appear in a message: strings quoted and cut short, containers by kind. */
    static String echo(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return quote(node.textValue());
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        String text = node.asText();
        return node.isNumber() && IDENTIFYING.matcher(text).find() ? "a number of " + text.length() + " characters"
                : text;
    }

    /** The kind of a JSON value: "a string", "a number", ... */
    static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        switch (node.getNodeType()) {
            case STRING: return "a string";
            case NUMBER: return "a number";
            case BOOLEAN: return "a boolean";
            case OBJECT: return "an object";
            case ARRAY: return "an array";
            case NULL: return "null";
            default: return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether a short value may be shown: a code (see {@link #CODE}) that cannot identify a person. */
    static boolean printable(String text) {
        return CODE.matcher(text).matches() && !IDENTIFYING.matcher(text).find();
    }

    /**
     * A parser's message with every quoted token (two characters or more) replaced by its length: the token is what
     * the document held, which could be anything ({@code 'Jane_Q_Patient_SSN_123456789'}).
     */
    static String withoutTokens(String message) {
        return QUOTED_TOKEN.matcher(message).replaceAll(m -> "a " + m.group(1).codePointCount(0, m.group(1).length())
                + "-character token");
    }

    /** A string as a JSON literal when it is {@link #printable}; else only its length. */
    static String quote(String text) {
        if (printable(text)) {
            return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
        }
        return "a text of " + text.codePointCount(0, text.length()) + " characters";
    }

    /**
     * A field name or key as a path segment: a short code that is {@link #printable}, or spelled like a field name
     * (lower camel case, as {@code phiInvolved}), as given; else only its length, in angle brackets.
     */
    static String name(String text) {
        if (text.isEmpty()) {
            return "\"\"";
        }
        boolean fieldLike = text.length() <= 40 && FIELD_NAME.matcher(text).matches();
        return fieldLike || printable(text) ? text : "<" + text.codePointCount(0, text.length()) + " characters>";
    }

    static String cut(String text) {
        return cut(text, MAX_ECHO);
    }

    /** {@code text} cut to at most {@code max} characters, "..." marking a cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "...";
    }

}
