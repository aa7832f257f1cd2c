package org.breachrules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.Violation;

/**
 * Makes any {@code ObjectMapper} (Spring Boot's included) read and write breach-rules types exactly as the
 * interchange format says: an {@link Incident} is read strictly, with every problem found at once (unknown fields,
 * duplicate keys, wrong types, missing or inconsistent facts), whatever the mapper's own leniency; a
 * {@link Determination} is written field for field in the contract's order, and read back strictly. The mapper's own
 * naming strategy, inclusion rules and features do not apply to these types.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new BreachRulesModule());
 * Incident incident = mapper.readValue(json, Incident.class);   // InvalidIncidentJsonException lists every problem
 * String out = mapper.writeValueAsString(determination);
 * }</pre>
 *
 * <p>Reading an incident checks it against an evaluation date (discovery, statements and notices may not lie after
 * it): by default today in the JVM's time zone; {@link #BreachRulesModule(Clock)} fixes the clock. Thread-safe.
 */
public final class BreachRulesModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** A module that checks incidents against today's date. */
    public BreachRulesModule() {
        this(Clock.systemDefaultZone());
    }

    /**
     * A module that checks incidents against the date of {@code clock}.
     *
     * @param clock the clock whose date is the evaluation date when an incident is read
     */
    public BreachRulesModule(Clock clock) {
        super("breach-rules", Version.unknownVersion());
        Objects.requireNonNull(clock, "clock");
        addSerializer(Determination.class, new DeterminationSerializer());
        addSerializer(Incident.class, new IncidentSerializer());
        addDeserializer(Incident.class, new IncidentDeserializer(clock));
        addDeserializer(Determination.class, new DeterminationDeserializer());
    }

    /** An incident that the interchange format does not allow: every problem, each with its field path. */
    public static final class InvalidIncidentJsonException extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        /** The problems the message names (all are in {@link #violations()}): a hostile body has thousands. */
        private static final int IN_MESSAGE = 10;

        private final transient List<Violation> violations;

        InvalidIncidentJsonException(JsonParser parser, List<Violation> violations) {
            super(parser, violations.size() + " problem(s) with the incident: " + violations.stream()
                    .limit(IN_MESSAGE).map(Violation::toString).collect(Collectors.joining("; "))
                    + (violations.size() > IN_MESSAGE ? "; ..." : ""));
            this.violations = List.copyOf(violations);
        }

        /**
         * Every problem found, in document order; never empty.
         *
         * @return the problems
         */
        public List<Violation> violations() {
            return violations;
        }
    }

    /** The subtree the parser stands on, re-serialized token by token (duplicate keys are kept, not merged). */
    private static String copy(JsonParser p) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.copyCurrentStructure(p);
        }
        return out.toString();
    }

    /**
     * As {@link #copy}, but an incident over {@link IncidentReader#MAX_INCIDENT_CHARS} or
     * {@link IncidentReader#MAX_INCIDENT_TOKENS} stops the copy at once (the reader's one problem, nothing more read),
     * so a hostile body is never held twice nor bound.
     */
    private static String boundedCopy(JsonParser p) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            long tokens = 0;
            int depth = 0;
            do {
                JsonToken t = p.currentToken();
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                }
                g.copyCurrentEvent(p);
                if (++tokens > IncidentReader.MAX_INCIDENT_TOKENS
                        || out.getBuffer().length() > IncidentReader.MAX_INCIDENT_CHARS) {
                    g.flush();
                    String over = tokens > IncidentReader.MAX_INCIDENT_TOKENS ? "the incident holds more than "
                            + IncidentReader.MAX_INCIDENT_TOKENS + " JSON tokens (names, values, brackets), the most"
                            + " one may hold" : "the incident is longer than " + IncidentReader.MAX_INCIDENT_CHARS
                            + " characters, the most one may have";
                    throw new InvalidIncidentJsonException(p, List.of(new Violation(IncidentReader.DOCUMENT,
                            over + "; the document was not read further")));
                }
            } while (depth > 0 && p.nextToken() != null);
        }
        return out.toString();
    }

    private static final class IncidentDeserializer extends JsonDeserializer<Incident> {
        private final Clock clock;

        IncidentDeserializer(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Incident deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                throw new InvalidIncidentJsonException(p, List.of(new Violation(IncidentReader.DOCUMENT,
                        "expected an incident object, got " + p.currentToken())));
            }
            ReadResult result = new IncidentReader().read(boundedCopy(p), LocalDate.now(clock));
            if (!result.ok()) {
                throw new InvalidIncidentJsonException(p, result.violations());
            }
            return result.incidents().get(0);
        }
    }

    private static final class DeterminationDeserializer extends JsonDeserializer<Determination> {
        @Override
        public Determination deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return new DeterminationReader().read(copy(p));
            } catch (BreachRulesException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }

    private static final class DeterminationSerializer extends JsonSerializer<Determination> {
        @Override
        public void serialize(Determination value, JsonGenerator g, SerializerProvider serializers)
                throws IOException {
            DeterminationWriter.determination(g, value);
        }
    }

    private static final class IncidentSerializer extends JsonSerializer<Incident> {
        @Override
        public void serialize(Incident value, JsonGenerator g, SerializerProvider serializers) throws IOException {
            IncidentWriter.incident(g, value);
        }
    }
}
