package org.breachrules.json.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.breachrules.api.Incident;
import org.breachrules.api.Violation;
import org.breachrules.json.BreachRulesModule;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 26, "hostile volume": what the reader does grows with the input at most linearly and stops at stated limits.
 * A 44 MB incident with 1.5 million unknown keys used to be built as one tree and bound, giving 1.5 million problems
 * (1.4 GB in the command-line tool, "Java heap space" under -Xmx256m); now a first streaming pass refuses it with one
 * problem naming the limit. No wall-clock assertion: growth is shown by the problems (count and size) at 1x, 10x, 100x
 * and 1,500x the keys.
 */
class HostileVolumeTest {
    private static final LocalDate AS_OF = LocalDate.parse(HostileInputs.AS_OF_TEXT);
    private static final String TOO_LONG = "the incident is longer than 1048576 characters, the most one may have;"
            + " the document was not read further";

    private final IncidentReader reader = new IncidentReader();

    @Test
    void whenTheGeneratedIncidentHasNoUnknownKey_thenItIsValid() {
        // The baseline the hostile documents are made from.
        ReadResult result = reader.read(HostileInputs.withUnknownKeys(0), AS_OF);
        assertEquals(List.of(), result.violations());
    }

    @Test
    void whenUnknownKeysGrowTenfold_thenTheProblemsGrowTenfoldUntilTheLimitThenStayAtOne() {
        // Given 1,000 and 10,000 unknown keys (29 KB, 290 KB), within the limits
        ReadResult x1 = reader.read(HostileInputs.withUnknownKeys(1_000), AS_OF);
        ReadResult x10 = reader.read(HostileInputs.withUnknownKeys(10_000), AS_OF);
        // Then one problem per key: linear
        assertEquals(1_000, x1.violations().size());
        assertEquals(10_000, x10.violations().size());
        assertTrue(x10.violations().stream().allMatch(v -> v.message().equals("unknown field")));
        assertEquals(10 * messageChars(x1), messageChars(x10), "the report grows exactly tenfold");

        // When 100 times (2.9 MB) and the 1,500,000 keys (43.5 MB): past MAX_INCIDENT_CHARS
        for (int keys : new int[] {100_000, 1_500_000}) {
            ReadResult result = reader.read(HostileInputs.withUnknownKeys(keys), AS_OF);
            // Then one problem, naming the limit, and nothing of the keys
            assertEquals(List.of(new Violation("$", TOO_LONG)), result.violations(), keys + " keys");
            assertEquals(List.of(), result.incidents());
        }
    }

    @Test
    void whenTheHostileDocumentComesAsBytes_thenItIsRefusedTheSameWay() {
        byte[] bytes = HostileInputs.withUnknownKeys(1_500_000).getBytes(StandardCharsets.UTF_8);
        ReadResult result = reader.read(new ByteArrayInputStream(bytes), AS_OF);
        assertEquals(List.of(new Violation("$", TOO_LONG)), result.violations());
        // UTF-16 is read by another parser, over bytes: the same limit (counted in bytes there)
        byte[] wide = HostileInputs.withUnknownKeys(100_000).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(List.of(new Violation("$", TOO_LONG)),
                reader.read(new ByteArrayInputStream(wide), AS_OF).violations());
    }

    @Test
    void whenAnIncidentHasManyShortKeys_thenTheTokenLimitStopsItBeforeItsLength() {
        // 60,000 keys of about 10 characters: 600 KB, within MAX_INCIDENT_CHARS, but 120,000 tokens
        ReadResult result = reader.read(HostileInputs.withShortKeys(60_000), AS_OF);
        assertEquals(List.of(new Violation("$", "the incident holds more than 100000 JSON tokens (names, values,"
                + " brackets), the most one may hold; the document was not read further")), result.violations());
    }

    @Test
    void whenAnArrayOfIncidentsGrows_thenTheProblemsGrowLinearlyUpToTheDocumentCap() {
        // Given 10 and 100 incidents of 100 unknown keys each: one problem per key
        assertEquals(1_000, reader.read(HostileInputs.arrayWithUnknownKeys(10, 100), AS_OF).violations().size());
        List<Violation> x10 = reader.read(HostileInputs.arrayWithUnknownKeys(100, 100), AS_OF).violations();
        assertEquals(10_000, x10.size());
        // (a key with a run of digits could be an identifier: shown by its length only)
        assertEquals("[99].<22 characters>", x10.get(9_999).field());
        // When 2,000 incidents (200,000 keys): reading stops after MAX_PROBLEMS, and one more problem says so
        List<Violation> capped = reader.read(HostileInputs.arrayWithUnknownKeys(2_000, 100), AS_OF).violations();
        assertEquals(IncidentReader.MAX_PROBLEMS + 1, capped.size());
        assertEquals(new Violation("$", "more than 100000 problems, the most reported for a document; the rest of it"
                + " was not read"), capped.get(IncidentReader.MAX_PROBLEMS));
    }

    @Test
    void whenOneElementOfAnArrayIsTooLarge_thenItsIndexIsNamedAndNothingElseIsReported() {
        String json = "[" + HostileInputs.withUnknownKeys(3) + ", " + HostileInputs.withUnknownKeys(100_000) + "]";
        ReadResult result = reader.read(json, AS_OF);
        assertEquals(List.of(new Violation("[1]", TOO_LONG)), result.violations());
        assertTrue(result.array());
    }

    @Test
    void whenArraysAreNestedDeeperThanTheLimit_thenOneProblemNamesIt() {
        String deeper = "objects and arrays nested more than 64 deep, the most allowed; the document was not read"
                + " further";
        assertEquals(List.of(new Violation("$", deeper)), reader.read(HostileInputs.nested(5_000), AS_OF).violations());
        assertEquals(List.of(new Violation("[1]", deeper)),
                reader.read("[" + HostileInputs.INCIDENT + ", " + HostileInputs.nested(100) + "]", AS_OF)
                        .violations());
        // Within it, the nesting is only an unknown field
        assertEquals(List.of(new Violation("deep", "unknown field")),
                reader.read(HostileInputs.nested(60), AS_OF).violations());
    }

    @Test
    void whenOneStringOrFieldNameIsLongerThanAnIncidentMayBe_thenOneProblemAndNoTextEchoed() {
        String longText = "Jane Q Patient ".repeat(100_000); // 1.5 MB
        String inDescription = HostileInputs.INCIDENT.replaceFirst("\\{", "{\"description\": \"" + longText + "\", ");
        String asName = HostileInputs.INCIDENT.replaceFirst("\\{", "{\"" + longText + "\": 1, ");
        for (String json : List.of(inDescription, asName)) {
            ReadResult result = reader.read(json, AS_OF);
            assertEquals(List.of(new Violation("$", TOO_LONG)), result.violations());
        }
    }

    @Test
    void whenAKeyIsRepeatedMillionsOfTimes_thenTheLimitStopsItBeforeTheRepetitionsAreListed() {
        // 1,500,000 repetitions of "a": 1 (12 MB): 3 million tokens
        assertEquals(List.of(new Violation("$", "the incident holds more than 100000 JSON tokens (names, values,"
                + " brackets), the most one may hold; the document was not read further")),
                reader.read(HostileInputs.withDuplicateKeys(1_500_000), AS_OF).violations());
        // Within the limits every repetition is still reported, in an array too, with the other problems
        ReadResult some = reader.read("[" + HostileInputs.INCIDENT + ", " + HostileInputs.withDuplicateKeys(3) + "]",
                AS_OF);
        assertEquals(List.of("[1].a", "[1].a", "[1].a"), some.violations().stream().map(Violation::field).toList());
        assertTrue(some.violations().get(0).message().startsWith("duplicate field at line 1"));
        assertEquals("unknown field", some.violations().get(2).message());
    }

    @Test
    void whenALegitimateBatchHoldsTenThousandIncidents_thenEveryOneIsRead() {
        String batch = HostileInputs.arrayWithUnknownKeys(10_000, 0);
        ReadResult result = reader.read(batch, AS_OF);
        assertEquals(List.of(), result.violations());
        assertEquals(10_000, result.incidents().size());
    }

    @Test
    void whenAnArrayIsFollowedByMoreContent_thenItIsMalformedAsBefore() {
        ReadResult result = reader.read("[" + HostileInputs.INCIDENT + "] {}", AS_OF);
        assertEquals(1, result.violations().size());
        assertTrue(result.violations().get(0).message().endsWith(
                ": unexpected content after the end of the document"), result.violations().toString());
    }

    @Test
    void whenAnArrayIsTruncated_thenItIsOneMalformedProblemAndNoElementsProblems() {
        ReadResult result = reader.read("[" + HostileInputs.withUnknownKeys(3) + ", {\"id\": ", AS_OF);
        assertEquals(1, result.violations().size(), result.violations().toString());
        assertEquals("$", result.violations().get(0).field());
        assertTrue(result.violations().get(0).message().endsWith("unexpected end of input, the document is truncated"),
                result.violations().toString());
    }

    @Test
    void whenAMapperReadsTheHostileIncident_thenOneProblemAndAShortMessage() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new BreachRulesModule(
                java.time.Clock.fixed(AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                        java.time.ZoneOffset.UTC)));
        Exception e = assertThrows(Exception.class,
                () -> mapper.readValue(HostileInputs.withUnknownKeys(1_500_000), Incident.class));
        BreachRulesModule.InvalidIncidentJsonException invalid =
                assertInstanceOf(BreachRulesModule.InvalidIncidentJsonException.class, e);
        assertEquals(1, invalid.violations().size());
        assertTrue(invalid.violations().get(0).message().startsWith("the incident is longer than 1048576"),
                invalid.violations().toString());
        // 10,000 problems: all kept, the message names ten
        BreachRulesModule.InvalidIncidentJsonException many = assertThrows(
                BreachRulesModule.InvalidIncidentJsonException.class,
                () -> mapper.readValue(HostileInputs.withUnknownKeys(10_000), Incident.class));
        assertEquals(10_000, many.violations().size());
        assertTrue(many.getOriginalMessage().length() < 1_000, many.getOriginalMessage().length() + " characters");
    }

    private static long messageChars(ReadResult result) {
        return result.violations().stream().mapToLong(v -> v.field().length() + v.message().length()).sum();
    }
}
