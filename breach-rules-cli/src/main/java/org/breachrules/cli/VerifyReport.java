package org.breachrules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.breachrules.api.Incident;
import org.breachrules.verify.RulesVerifier.Difference;
import org.breachrules.verify.RulesVerifier.Kind;
import org.breachrules.verify.RulesVerifier.Report;

/** How {@code verify} prints a {@link Report}: grouped text for a compliance officer, or JSON for machines. */
final class VerifyReport {

    /** Text order: what must be fixed first. */
    private static final List<Kind> ORDER = List.of(Kind.BELOW_FEDERAL_FLOOR, Kind.CHANGED, Kind.STRICTER);

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VerifyReport() {
    }

    /** The classification in words, as the report prints it. */
    static String label(Kind kind) {
        return switch (kind) {
            case STRICTER -> "stricter";
            case BELOW_FEDERAL_FLOOR -> "below federal floor";
            case CHANGED -> "changed";
        };
    }

    private static String meaning(Kind kind) {
        return switch (kind) {
            case STRICTER -> "more than the regulation requires; allowed";
            case BELOW_FEDERAL_FLOOR -> "less than the regulation requires; do not use these rules as they are";
            case CHANGED -> "different, neither stricter nor looser in itself; review";
        };
    }

    /**
     * The text report: the two rule sets, the differences grouped by classification then scenario, and a summary
     * line last.
     *
     * @param rules         the rules directory as given
     * @param scenarioNames scenario file to its one-line description
     */
    static String text(String rules, Report report, Map<String, String> scenarioNames) {
        StringBuilder out = new StringBuilder();
        out.append("Verifying ").append(rules).append(" against the built-in rules on ").append(report.scenarios())
                .append(" golden scenarios\n");
        out.append("  built-in: ").append(report.builtInVersion()).append('\n');
        out.append("  tuned:    ").append(report.tunedVersion()).append('\n');
        Map<Kind, Integer> counts = counts(report);
        for (Kind kind : ORDER) {
            if (counts.get(kind) == 0) {
                continue;
            }
            out.append('\n').append(capitalised(label(kind))).append(" (").append(counts.get(kind)).append("): ")
                    .append(meaning(kind)).append('\n');
            Map<String, List<Difference>> byScenario = new LinkedHashMap<>();
            for (Difference d : report.differences()) {
                if (d.kind() == kind) {
                    byScenario.computeIfAbsent(d.scenario(), s -> new java.util.ArrayList<>()).add(d);
                }
            }
            byScenario.forEach((scenario, differences) -> {
                String name = scenarioNames.get(scenario);
                out.append("  ").append(Lines.oneLine(scenario));
                if (name != null && !name.isBlank()) {
                    out.append(" -- ").append(Lines.oneLine(name));
                }
                out.append('\n');
                for (Difference d : differences) {
                    out.append("    ").append(Lines.oneLine(d.field())).append(": built-in ")
                            .append(Lines.oneLine(d.builtIn())).append(", tuned ").append(Lines.oneLine(d.tuned()))
                            .append(" [").append(label(kind)).append("]\n");
                }
            });
        }
        out.append('\n').append(summary(report)).append('\n');
        return out.toString();
    }

    /**
     * The wider comparison (generated and threshold incidents), summarised: per classification, how many
     * scenarios differ on which field, and the smallest example incident of each class, as JSON (synthetic: no PHI).
     */
    static String wide(Report report, Map<String, Incident> incidents) {
        StringBuilder out = new StringBuilder();
        out.append("\nOn ").append(report.scenarios())
                .append(" more incidents (seeded generated ones, and ones built on every threshold):\n");
        if (report.differences().isEmpty()) {
            out.append("  no difference.\n");
            return out.toString();
        }
        for (Kind kind : ORDER) {
            Map<String, java.util.Set<String>> byField = new java.util.TreeMap<>();
            String smallest = null;
            String smallestJson = null;
            for (Difference d : report.differences()) {
                if (d.kind() != kind) {
                    continue;
                }
                String field = d.field().replaceAll("\\[(MEDIA) [A-Z]{2}\\]", "[$1 XX]");
                byField.computeIfAbsent(field, f -> new java.util.TreeSet<>()).add(d.scenario());
                String json = org.breachrules.json.IncidentWriter.compact().write(incidents.get(d.scenario()));
                if (smallestJson == null || json.length() < smallestJson.length()) {
                    smallest = d.scenario();
                    smallestJson = json;
                }
            }
            if (byField.isEmpty()) {
                continue;
            }
            out.append("  ").append(capitalised(label(kind))).append(":\n");
            byField.forEach((field, scenarios) -> out.append("    ").append(Lines.oneLine(field)).append(": ")
                    .append(scenarios.size()).append(scenarios.size() == 1 ? " incident\n" : " incidents\n"));
            out.append("    smallest example (").append(Lines.oneLine(smallest)).append("):\n      ")
                    .append(smallestJson).append('\n');
            for (Difference d : report.differences()) {
                if (d.scenario().equals(smallest) && d.kind() == kind) {
                    out.append("      ").append(Lines.oneLine(d.field())).append(": built-in ")
                            .append(Lines.oneLine(d.builtIn())).append(", tuned ").append(Lines.oneLine(d.tuned()))
                            .append('\n');
                }
            }
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    /** The last line: FAIL when anything, golden or wider, is below the floor. */
    static String verdict(Report golden, Report wide) {
        boolean fail = golden.belowFederalFloor() || wide.belowFederalFloor();
        if (golden.differences().isEmpty() && wide.differences().isEmpty()) {
            return "\nPASS: no difference from the built-in rules in " + golden.scenarios() + " golden and "
                    + wide.scenarios() + " more scenarios.\n";
        }
        return "\n" + (fail ? "FAIL: below the federal floor; do not use these rules as they are."
                : "PASS: nothing below the federal floor (verify proves this on these scenarios only; a change no"
                        + " scenario exercises passes unseen).") + "\n";
    }

    /** The one-line summary: PASS or FAIL, and the count of each classification. */
    static String summary(Report report) {
        Map<Kind, Integer> counts = counts(report);
        long scenarios = report.differences().stream().map(Difference::scenario).distinct().count();
        if (report.differences().isEmpty()) {
            return "PASS: no difference from the built-in rules in " + report.scenarios() + " scenarios.";
        }
        return (report.belowFederalFloor() ? "FAIL" : "PASS") + ": " + report.differences().size()
                + (report.differences().size() == 1 ? " difference" : " differences") + " in " + scenarios + " of "
                + report.scenarios() + " scenarios: " + counts.get(Kind.BELOW_FEDERAL_FLOOR) + " below federal floor, "
                + counts.get(Kind.STRICTER) + " stricter, " + counts.get(Kind.CHANGED) + " changed.";
    }

    /**
     * The JSON report: {@code rules}, {@code builtInVersion}, {@code tunedVersion}, {@code scenarios},
     * {@code belowFederalFloor}, {@code counts} (per kind) and {@code differences} ({@code scenario}, {@code field},
     * {@code builtIn}, {@code tuned}, {@code kind}: {@code STRICTER} | {@code BELOW_FEDERAL_FLOOR} | {@code CHANGED}).
     */
    static String json(String rules, Report report) {
        return json(rules, report, null);
    }

    /** As {@link #json(String, Report)}, with the wider comparison under {@code generated} (same fields). */
    static String json(String rules, Report report, Report wide) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("rules", rules);
        root.put("builtInVersion", report.builtInVersion());
        root.put("tunedVersion", report.tunedVersion());
        root.put("scenarios", report.scenarios());
        root.put("belowFederalFloor", report.belowFederalFloor());
        ObjectNode counts = root.putObject("counts");
        counts(report).forEach((kind, n) -> counts.put(kind.name(), n));
        ArrayNode differences = root.putArray("differences");
        for (Difference d : report.differences()) {
            differences.addObject().put("scenario", d.scenario()).put("field", d.field())
                    .put("builtIn", d.builtIn()).put("tuned", d.tuned()).put("kind", d.kind().name());
        }
        if (wide != null) {
            root.put("belowFederalFloor", report.belowFederalFloor() || wide.belowFederalFloor());
            ObjectNode generated = root.putObject("generated");
            generated.put("scenarios", wide.scenarios());
            generated.put("belowFederalFloor", wide.belowFederalFloor());
            ObjectNode wideCounts = generated.putObject("counts");
            counts(wide).forEach((kind, n) -> wideCounts.put(kind.name(), n));
            ArrayNode wideDifferences = generated.putArray("differences");
            for (Difference d : wide.differences()) {
                wideDifferences.addObject().put("scenario", d.scenario()).put("field", d.field())
                        .put("builtIn", d.builtIn()).put("tuned", d.tuned()).put("kind", d.kind().name());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Kind, Integer> counts(Report report) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, 0);
        }
        report.differences().forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
        return counts;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
