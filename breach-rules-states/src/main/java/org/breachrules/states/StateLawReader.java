package org.breachrules.states;

import org.breachrules.api.ThresholdComparison;
import org.breachrules.api.StateRecipient;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.PhiType;

/**
 * Reads one state-law file strictly: an unknown field, an unknown enum value, a missing source or confidence is an
 * error naming the file and the field path (e.g. {@code CA.json: versions[1].duties[0].confidence: missing}). Every
 * problem in the file is collected before failing, so one run shows them all. Not thread-safe; one instance per file.
 */
final class StateLawReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private StateLawReader(String file) {
        this.file = file;
    }

    /** Parses {@code text} read from {@code file} (a name such as {@code TX.json}, used in messages). */
    static StateLaw read(String file, String text) {
        return new StateLawReader(file).readFile(text);
    }

    private StateLaw readFile(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidStateLawException(List.of(file + ": not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidStateLawException(List.of(file + ": the file must hold one JSON object"));
        }
        only(root, "", "jurisdiction", "name", "checkedOn", "versions");
        Jurisdiction jurisdiction = enumValue(root, "", "jurisdiction", Jurisdiction.class);
        String expected = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
        if (jurisdiction != null && !jurisdiction.name().equals(expected)) {
            problem("jurisdiction", "is " + jurisdiction + " but the file is named " + file);
        }
        String name = text(root, "", "name");
        LocalDate checkedOn = date(root, "", "checkedOn");
        List<StateLawVersion> versions = new ArrayList<>();
        JsonNode array = array(root, "", "versions");
        if (array != null) {
            if (array.isEmpty()) {
                problem("versions", "at least one version is required");
            }
            for (int i = 0; i < array.size(); i++) {
                StateLawVersion v = version(array.get(i), "versions[" + i + "]");
                if (v != null) {
                    if (!versions.isEmpty() && !v.effectiveFrom().isAfter(last(versions).effectiveFrom())) {
                        problem("versions[" + i + "].effectiveFrom", "must be after the previous version's "
                                + last(versions).effectiveFrom() + " (versions are in effective-date order, no duplicates)");
                    }
                    versions.add(v);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidStateLawException(problems);
        }
        return new StateLaw(jurisdiction, name, checkedOn, versions);
    }

    private StateLawVersion version(JsonNode node, String path) {
        if (!object(node, path)) {
            return null;
        }
        int before = problems.size();
        only(node, path, "effectiveFrom", "statute", "hipaaClause", "hipaaClauseCitation", "personalInformation",
                "duties", "source", "confidence", "notes");
        LocalDate effectiveFrom = date(node, path, "effectiveFrom");
        String statute = text(node, path, "statute");
        HipaaClause clause = enumValue(node, path, "hipaaClause", HipaaClause.class);
        String clauseCitation = text(node, path, "hipaaClauseCitation");
        Set<PhiType> pi = EnumSet.noneOf(PhiType.class);
        String piPath = path + ".personalInformation";
        JsonNode piNode = node.get("personalInformation");
        if (piNode == null) {
            problem(piPath, "missing");
        } else if (object(piNode, piPath)) {
            only(piNode, piPath, "phiTypes");
            JsonNode types = array(piNode, piPath, "phiTypes");
            if (types != null) {
                for (int i = 0; i < types.size(); i++) {
                    PhiType t = enumOf(types.get(i), piPath + ".phiTypes[" + i + "]", PhiType.class);
                    if (t != null && !pi.add(t)) {
                        problem(piPath + ".phiTypes[" + i + "]", t + " is listed twice");
                    }
                }
            }
        }
        List<StateDuty> duties = new ArrayList<>();
        JsonNode dutyArray = array(node, path, "duties");
        if (dutyArray != null) {
            for (int i = 0; i < dutyArray.size(); i++) {
                StateDuty d = duty(dutyArray.get(i), path + ".duties[" + i + "]");
                if (d != null) {
                    duties.add(d);
                }
            }
        }
        if (clause != null && clause.leavesNoDuty() && dutyArray != null && !dutyArray.isEmpty()) {
            problem(path + ".duties", "must be empty: a " + clause + " clause leaves no state duty");
        }
        String source = text(node, path, "source");
        org.breachrules.api.Confidence confidence = enumValue(node, path, "confidence", org.breachrules.api.Confidence.class);
        Optional<String> notes = optionalText(node, path, "notes");
        if (problems.size() > before) {
            return null;
        }
        return new StateLawVersion(effectiveFrom, statute, clause, clauseCitation, pi, duties, source, confidence,
                notes);
    }

    private StateDuty duty(JsonNode node, String path) {
        if (!object(node, path)) {
            return null;
        }
        int before = problems.size();
        only(node, path, "recipient", "recipientName", "threshold", "deadline", "timing", "requiresHhsNotice",
                "citation", "source", "confidence", "notes");
        StateRecipient recipient = enumValue(node, path, "recipient", StateRecipient.class);
        String recipientName = text(node, path, "recipientName");
        Threshold threshold = null;
        String tPath = path + ".threshold";
        JsonNode t = node.get("threshold");
        if (t == null) {
            problem(tPath, "missing");
        } else if (object(t, tPath)) {
            only(t, tPath, "residents", "comparison");
            Integer residents = positiveInt(t, tPath, "residents");
            ThresholdComparison comparison = enumValue(t, tPath, "comparison", ThresholdComparison.class);
            if (residents != null && comparison != null) {
                threshold = new Threshold(residents, comparison);
            }
        }
        Optional<Deadline> deadline = Optional.empty();
        Optional<Timing> timing = Optional.empty();
        JsonNode d = node.get("deadline");
        JsonNode tm = node.get("timing");
        if ((d == null) == (tm == null)) {
            problem(path, "needs exactly one of deadline and timing");
        }
        if (d != null && object(d, path + ".deadline")) {
            String dPath = path + ".deadline";
            only(d, dPath, "days", "dayKind", "from");
            Integer days = positiveInt(d, dPath, "days");
            DayKind kind = enumValue(d, dPath, "dayKind", DayKind.class);
            ClockStart from = enumValue(d, dPath, "from", ClockStart.class);
            if (days != null && kind != null && from != null) {
                deadline = Optional.of(new Deadline(days, kind, from));
            }
        }
        if (tm != null && object(tm, path + ".timing")) {
            String tmPath = path + ".timing";
            only(tm, tmPath, "ordering", "text");
            Ordering ordering = enumValue(tm, tmPath, "ordering", Ordering.class);
            String text = text(tm, tmPath, "text");
            if (ordering != null && text != null) {
                timing = Optional.of(new Timing(ordering, text));
            }
        }
        boolean requiresHhs = false;
        JsonNode hhs = node.get("requiresHhsNotice");
        if (hhs != null) {
            if (hhs.isBoolean()) {
                requiresHhs = hhs.booleanValue();
            } else {
                problem(path + ".requiresHhsNotice", "must be true or false");
            }
        }
        String citation = text(node, path, "citation");
        String source = text(node, path, "source");
        org.breachrules.api.Confidence confidence = enumValue(node, path, "confidence", org.breachrules.api.Confidence.class);
        Optional<String> notes = optionalText(node, path, "notes");
        if (problems.size() > before) {
            return null;
        }
        return new StateDuty(recipient, recipientName, threshold, deadline, timing, requiresHhs, citation, source,
                confidence, notes);
    }

    // --- small strict accessors; each records a problem and returns null when the value is unusable ---

    private void only(JsonNode node, String path, String... allowed) {
        Set<String> names = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!names.contains(field)) {
                problem(join(path, field), "unknown field (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    private boolean object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            problem(path, "must be an object");
            return false;
        }
        return true;
    }

    private JsonNode array(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null) {
            problem(join(path, field), "missing");
            return null;
        }
        if (!node.isArray()) {
            problem(join(path, field), "must be an array");
            return null;
        }
        return node;
    }

    private String text(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            problem(join(path, field), "missing");
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            problem(join(path, field), "must be a non-empty string");
            return null;
        }
        return node.textValue();
    }

    private Optional<String> optionalText(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(text(parent, path, field));
    }

    private Integer positiveInt(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null) {
            problem(join(path, field), "missing");
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            problem(join(path, field), "must be a whole number of at least 1, was " + node);
            return null;
        }
        return node.intValue();
    }

    private LocalDate date(JsonNode parent, String path, String field) {
        String value = text(parent, path, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(join(path, field), "must be a date as yyyy-mm-dd, was \"" + value + "\"");
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(JsonNode parent, String path, String field, Class<E> type) {
        JsonNode node = parent.get(field);
        if (node == null) {
            problem(join(path, field), "missing");
            return null;
        }
        return enumOf(node, join(path, field), type);
    }

    private <E extends Enum<E>> E enumOf(JsonNode node, String path, Class<E> type) {
        Function<String, E> lookup = s -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            return null;
        };
        E value = node.isTextual() ? lookup.apply(node.textValue()) : null;
        if (value == null) {
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name());
            }
            problem(path, "unknown value " + node + " (allowed: " + String.join(", ", names) + ")");
        }
        return value;
    }

    private void problem(String path, String message) {
        problems.add(file + ": " + (path.isEmpty() ? "(root)" : path) + ": " + message);
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
