package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: seeded mutations of the samples (fields missing, wrong types, huge, negative, deep, unusual Unicode,
 * duplicate keys, impossible dates, truncation, free text where a code belongs) through the command line in-process.
 * Every run must exit 0 or 2 with no stack trace; on 2, every line of standard error names a field path; no message
 * may echo the free-text canary. The seed is printed; rerun one with {@code -Dbreachrules.fuzz.seed=N}, and a larger
 * run with {@code -Dbreachrules.fuzz.runs=20000}.
 */
class MalformedInputFuzzTest {
    /** Free text, as a patient's details would be: it must never appear in a message. */
    private static final String CANARY = "Canary Patient 7731";
    private static final Pattern ERROR_LINE = Pattern.compile(
            // $ (the document), or a field path: names and [i] indexes joined by dots, a hidden key as <N characters>
            "-: (\\$|(\\[\\d+\\]\\.)?(<\\d+ characters>|[A-Za-z_][\\w-]*)(\\[\\d+\\])*"
                    + "(\\.(<\\d+ characters>|[\\w-]+)(\\[\\d+\\])*)*): .+");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void whenSamplesAreMutated_thenEveryRunEndsCleanlyAndNamesItsFields() throws IOException {
        long seed = Long.getLong("breachrules.fuzz.seed", System.nanoTime());
        int runs = Integer.getInteger("breachrules.fuzz.runs", 1000);
        System.out.println("MalformedInputFuzzTest seed=" + seed + " runs=" + runs
                + " (rerun with -Dbreachrules.fuzz.seed=" + seed + ")");
        SplittableRandom random = new SplittableRandom(seed);
        List<String> samples = samples();
        List<String> failures = new ArrayList<>();
        int invalid = 0;
        for (int run = 0; run < runs; run++) {
            String input = mutate(samples.get(random.nextInt(samples.size())), random);
            Cli.Result r = Cli.run(Cli.fixed(Cli.engine()), input, "evaluate", "--as-of", "2026-11-20", "-");
            String problem = check(r);
            if (problem != null) {
                failures.add("run " + run + ": " + problem + "\n    input: " + abbreviate(input) + "\n    err: "
                        + abbreviate(r.err()));
            }
            if (r.exit() == 2) {
                invalid++;
            }
        }
        System.out.println("MalformedInputFuzzTest: " + runs + " runs, " + invalid + " rejected as invalid");
        assertTrue(invalid > runs / 3, "the mutations mostly break the input: " + invalid);
        assertTrue(failures.isEmpty(), () -> "seed " + seed + ":\n" + String.join("\n", failures));
    }

    private static String check(Cli.Result r) {
        if (r.exit() != 0 && r.exit() != 2) {
            return "exit " + r.exit();
        }
        if (r.err().contains("\tat ") || r.err().contains("Exception")) {
            return "a stack trace or exception name on standard error";
        }
        // The canary as text, and as the unknown key it is also written as (Canary_Patient_7731).
        if (r.err().contains(CANARY) || r.err().contains(CANARY.replace(' ', '_')) || r.err().contains("7731")
                || r.out().contains("Canary Patient") && r.exit() == 2) {
            return "the free-text canary was echoed";
        }
        if (r.exit() == 2) {
            if (!r.out().isEmpty()) {
                return "output on standard output despite exit 2";
            }
            for (String line : r.errLines()) {
                if (!ERROR_LINE.matcher(line).matches()) {
                    return "an error line without a field path: " + line;
                }
            }
        } else {
            try {
                MAPPER.readTree(r.out());
            } catch (IOException e) {
                return "standard output is not JSON";
            }
        }
        return null;
    }

    // ---- mutations --------------------------------------------------------------------------------------------------

    private static String mutate(String sample, SplittableRandom random) throws IOException {
        int kind = random.nextInt(11);
        if (kind == 9) {                                      // truncation
            return sample.substring(0, random.nextInt(1, sample.length()));
        }
        if (kind == 10) {                                     // a duplicate key
            return sample.replaceFirst("\\{", "{\"id\": \"DUP\", ");
        }
        ObjectNode root = (ObjectNode) MAPPER.readTree(sample);
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (kind) {
            case 0 -> slot.remove();
            case 1 -> slot.set(wrongType(random));
            case 2 -> slot.set(NODES.textNode("x".repeat(random.nextInt(1_000, 50_000))));
            case 3 -> slot.set(NODES.numberNode(-random.nextInt(1, 1_000_000)));
            case 4 -> {                                       // deep nesting, beyond what a writer would produce
                slot.set(NODES.textNode("__DEEP__"));
                int depth = random.nextInt(50, 3_000);
                return MAPPER.writeValueAsString(root).replace("\"__DEEP__\"", "[".repeat(depth) + "]".repeat(depth));
            }
            case 5 -> slot.set(NODES.textNode(unicode(random)));
            case 6 -> slot.set(NODES.textNode(List.of("2027-02-30", "0000-01-01", "+10005-12-31", "2026-13-01",
                    "20260101", "2026-1-1").get(random.nextInt(6))));
            case 7 -> slot.set(NODES.textNode(CANARY));        // free text where anything belongs
            default -> root.set(CANARY.replace(' ', '_'), NODES.textNode(CANARY)); // an unknown field
        }
        return MAPPER.writeValueAsString(root);
    }

    private static JsonNode wrongType(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.textNode(CANARY);
            case 1 -> NODES.numberNode(123456789012345L);
            case 2 -> NODES.booleanNode(true);
            case 3 -> NODES.nullNode();
            case 4 -> NODES.arrayNode().add(CANARY);
            default -> NODES.objectNode().put("note", CANARY);
        };
    }

    private static String unicode(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> "\uD83D\uDE00 Canary Patient 7731";             // emoji
            case 1 -> "\u202Eevitan\u200B 7731";                      // right-to-left override, zero width
            case 2 -> "A\u0000B";                                       // a NUL
            default -> "\u00C9tienne \u4E2D\u6587";                   // accents and CJK
        };
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String field, int index) {
        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(name -> {
                slots.add(new Slot(o, name, -1));
                collect(o.get(name), slots);
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i));
                collect(a.get(i), slots);
            }
        }
    }

    private static List<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(Golden.samples())) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(Files.readString(p));
            }
            return out;
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 300 ? one.substring(0, 300) + "..." : one;
    }
}
