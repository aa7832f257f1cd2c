package org.breachrules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.breachrules.api.Basis;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.ContentCode;
import org.breachrules.api.Determination;
import org.breachrules.api.Finding;
import org.breachrules.api.Impact;
import org.breachrules.api.MissingFact;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Notification;
import org.breachrules.api.Phase;
import org.breachrules.api.Recipient;
import org.breachrules.api.ResponseAction;
import org.breachrules.api.RiskAssessmentOutcome;
import org.breachrules.api.RiskLevel;
import org.breachrules.api.SubstituteNotice;
import org.breachrules.api.SubstituteNoticeForm;
import org.breachrules.api.Confidence;
import org.breachrules.api.NotificationDelegate;
import org.breachrules.api.StateObligation;
import org.breachrules.api.StateRecipient;
import org.breachrules.api.StateThreshold;
import org.breachrules.api.ThresholdComparison;
import org.breachrules.api.WhatIf;
import org.breachrules.api.WhatIfKind;

/**
 * Reads the JSON that {@link DeterminationWriter} writes back into {@link Determination} records, for round trips
 * and for tools that compare determinations.
 *
 * <p>Lenient where leniency is harmless: unknown fields are ignored (a newer writer may add some), absent lists are
 * empty, absent booleans false, absent objects and values null, absent {@code daysRemaining} null, absent {@code status} DUE (OVERDUE when daysRemaining is negative). A value of the
 * wrong type, an unknown enum value or an impossible date is an error: {@link BreachRulesException} naming the field
 * path. Immutable and thread-safe.
 */
public final class DeterminationReader {

    /** A reader; it holds no state, so one may be shared. */
    public DeterminationReader() {
    }

    /**
     * One determination object.
     *
     * @throws BreachRulesException when the JSON is malformed or is not a determination object
     */
    public Determination read(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root = tree(json);
        if (!root.isObject()) {
            throw new BreachRulesException("$: expected a determination object, got " + Json.kind(root));
        }
        return determination(root, "");
    }

    /** One determination object from a stream (not closed). */
    public Determination read(InputStream json) {
        Objects.requireNonNull(json, "json");
        JsonNode root = tree(json);
        if (!root.isObject()) {
            throw new BreachRulesException("$: expected a determination object, got " + Json.kind(root));
        }
        return determination(root, "");
    }

    /**
     * A determination object or an array of them; a single object gives a list of one.
     *
     * @throws BreachRulesException when the JSON is malformed or holds something else
     */
    public List<Determination> readAll(String json) {
        Objects.requireNonNull(json, "json");
        return all(tree(json));
    }

    /** A determination object or an array of them, from a stream (not closed). */
    public List<Determination> readAll(InputStream json) {
        Objects.requireNonNull(json, "json");
        return all(tree(json));
    }

    private static JsonNode tree(String json) {
        try {
            return present(Json.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IllegalArgumentException e) {
            throw new BreachRulesException("$: malformed JSON: a number is too large or too precise to read");
        }
    }

    private static JsonNode tree(InputStream json) {
        try {
            return present(Json.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IllegalArgumentException e) {
            throw new BreachRulesException("$: malformed JSON: a number is too large or too precise to read");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode present(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw new BreachRulesException("$: empty input; expected a determination");
        }
        return root;
    }

    private static BreachRulesException malformed(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        return new BreachRulesException("$: malformed JSON" + where + ": " + Json.cut(Json.withoutTokens(reason), 160));
    }

    private static List<Determination> all(JsonNode root) {
        if (root.isObject()) {
            return List.of(determination(root, ""));
        }
        if (!root.isArray()) {
            throw new BreachRulesException("$: expected a determination object or an array of them, got "
                    + Json.kind(root));
        }
        List<Determination> out = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            out.add(determination(required(root.get(i), "[" + i + "]"), "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    private static Determination determination(JsonNode d, String path) {
        JsonNode ra = object(d.get("riskAssessment"), IncidentBinder.child(path, "riskAssessment"));
        RiskAssessmentOutcome outcome = ra == null ? null : new RiskAssessmentOutcome(
                enumValue(ra, path(path, "riskAssessment"), "natureAndExtent", RiskLevel.class),
                enumValue(ra, path(path, "riskAssessment"), "unauthorizedRecipient", RiskLevel.class),
                enumValue(ra, path(path, "riskAssessment"), "acquiredOrViewed", RiskLevel.class),
                enumValue(ra, path(path, "riskAssessment"), "mitigation", RiskLevel.class),
                bool(ra, path(path, "riskAssessment"), "lowProbabilityOfCompromise"));

        List<Notification> notifications = new ArrayList<>();
        List<JsonNode> nodes = elements(d, path, "notifications");
        for (int i = 0; i < nodes.size(); i++) {
            notifications.add(notification(nodes.get(i), IncidentBinder.element(path(path, "notifications"), i)));
        }
        List<Finding> findings = new ArrayList<>();
        nodes = elements(d, path, "findings");
        for (int i = 0; i < nodes.size(); i++) {
            String p = IncidentBinder.element(path(path, "findings"), i);
            JsonNode f = nodes.get(i);
            findings.add(new Finding(string(f, p, "rule"), string(f, p, "citation"), string(f, p, "message")));
        }
        List<ResponseAction> actions = new ArrayList<>();
        nodes = elements(d, path, "actions");
        for (int i = 0; i < nodes.size(); i++) {
            String p = IncidentBinder.element(path(path, "actions"), i);
            JsonNode a = nodes.get(i);
            actions.add(new ResponseAction(enumValue(a, p, "phase", Phase.class), string(a, p, "action")));
        }
        List<MissingFact> missing = new ArrayList<>();
        nodes = elements(d, path, "missingFacts");
        for (int i = 0; i < nodes.size(); i++) {
            String p = IncidentBinder.element(path(path, "missingFacts"), i);
            JsonNode m = nodes.get(i);
            List<Impact> impacts = new ArrayList<>();
            List<JsonNode> values = elements(m, p, "couldChange");
            for (int j = 0; j < values.size(); j++) {
                impacts.add(enumOf(values.get(j), IncidentBinder.element(path(p, "couldChange"), j), Impact.class));
            }
            missing.add(new MissingFact(string(m, p, "field"), string(m, p, "message"), impacts));
        }
        return new Determination(
                string(d, path, "incidentId"),
                bool(d, path, "breach"),
                enumValue(d, path, "basis", Basis.class),
                date(d, path, "clockStartedOn"),
                outcome,
                notifications,
                findings,
                actions,
                missing,
                date(d, path, "retainDocumentationUntil"),
                date(d, path, "evaluatedOn"),
                string(d, path, "rulesVersion"),
                whatIf(d, path),
                stateObligations(d, path),
                date(d, path, "stateLawsAsOf"));
    }

    /** The what-ifs; null when the field is absent (none were asked for). */
    private static List<WhatIf> whatIf(JsonNode d, String path) {
        if (value(d, "whatIf") == null) {
            return null;
        }
        List<WhatIf> out = new ArrayList<>();
        List<JsonNode> nodes = elements(d, path, "whatIf");
        for (int i = 0; i < nodes.size(); i++) {
            String p = IncidentBinder.element(path(path, "whatIf"), i);
            JsonNode w = nodes.get(i);
            out.add(new WhatIf(string(w, p, "field"), string(w, p, "change"), bool(w, p, "breach"),
                    enumValue(w, p, "basis", Basis.class), strings(w, p, "notificationsAdded"),
                    strings(w, p, "notificationsRemoved"), bool(w, p, "deadlinesMoved"), string(w, p, "message"),
                    enumValue(w, p, "kind", WhatIfKind.class)));
        }
        return out;
    }

    /** (1.2) State-law entries; empty when the field is absent (a 1.1 determination). */
    private static List<StateObligation> stateObligations(JsonNode d, String path) {
        List<StateObligation> out = new ArrayList<>();
        List<JsonNode> nodes = elements(d, path, "stateObligations");
        for (int i = 0; i < nodes.size(); i++) {
            String p = IncidentBinder.element(path(path, "stateObligations"), i);
            JsonNode o = nodes.get(i);
            String tp = path(p, "threshold");
            JsonNode t = required(value(o, "threshold"), tp);
            out.add(new StateObligation(enumValue(o, p, "jurisdiction", Jurisdiction.class),
                    enumValue(o, p, "recipient", StateRecipient.class), string(o, p, "recipientName"),
                    date(o, p, "deadline"), string(o, p, "timing"),
                    enumValue(o, p, "status", NotificationStatus.class),
                    new StateThreshold((int) number(t, tp, "residents", 0L),
                            enumValue(t, tp, "comparison", ThresholdComparison.class)),
                    string(o, p, "citation"), string(o, p, "source"),
                    enumValue(o, p, "confidence", Confidence.class)));
        }
        return out;
    }

    private static List<String> strings(JsonNode object, String path, String name) {
        List<String> out = new ArrayList<>();
        List<JsonNode> values = elements(object, path, name);
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            if (!v.isTextual()) {
                throw wrong(IncidentBinder.element(path(path, name), i), "expected a string, got " + Json.echo(v));
            }
            out.add(v.textValue());
        }
        return out;
    }

    private static Notification notification(JsonNode n, String path) {
        JsonNode s = object(n.get("substituteNotice"), path(path, "substituteNotice"));
        String sp = path(path, "substituteNotice");
        SubstituteNotice substitute = s == null ? null : new SubstituteNotice(
                enumValue(s, sp, "form", SubstituteNoticeForm.class),
                (int) number(s, sp, "individuals", 0L),
                nullableInt(s, sp, "postingDays"),
                nullableInt(s, sp, "tollFreeNumberDays"));
        List<ContentCode> content = new ArrayList<>();
        List<JsonNode> codes = elements(n, path, "content");
        for (int i = 0; i < codes.size(); i++) {
            content.add(enumOf(codes.get(i), IncidentBinder.element(path(path, "content"), i), ContentCode.class));
        }
        return new Notification(
                enumValue(n, path, "recipient", Recipient.class),
                enumValue(n, path, "jurisdiction", Jurisdiction.class),
                date(n, path, "deadline"),
                date(n, path, "delayedUntil"),
                string(n, path, "citation"),
                substitute,
                bool(n, path, "urgentTelephone"),
                content,
                status(n, path),
                nullableLong(n, path, "daysRemaining"),
                date(n, path, "sentOn"),
                strings(n, path, "dependsOn"),
                nullableInt(n, path, "notifiedSoFar"),
                enumValue(n, path, "performedBy", NotificationDelegate.class));
    }

    /** A version 1 determination has no status: DUE, or OVERDUE when daysRemaining is negative. */
    private static NotificationStatus status(JsonNode n, String path) {
        NotificationStatus status = enumValue(n, path, "status", NotificationStatus.class);
        if (status != null) {
            return status;
        }
        Long days = nullableLong(n, path, "daysRemaining");
        return days != null && days < 0 ? NotificationStatus.OVERDUE : NotificationStatus.DUE;
    }

    private static Long nullableLong(JsonNode object, String path, String name) {
        JsonNode v = value(object, name);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw wrong(path(path, name), "expected an integer, got " + Json.echo(v));
        }
        return v.longValue();
    }

    // ------------------------------------------------------------------------------------------------------ values

    private static String path(String parent, String name) {
        return IncidentBinder.child(parent, name);
    }

    private static BreachRulesException wrong(String path, String message) {
        return new BreachRulesException((path.isEmpty() ? "$" : path) + ": " + message);
    }

    private static JsonNode value(JsonNode object, String name) {
        JsonNode v = object.get(name);
        return v == null || v.isNull() ? null : v;
    }

    private static JsonNode object(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw wrong(path, "expected an object, got " + Json.echo(node));
        }
        return node;
    }

    /** An object that must be there: an array element. */
    private static JsonNode required(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw wrong(path, "expected an object, got " + Json.echo(node));
        }
        return node;
    }

    private static List<JsonNode> elements(JsonNode object, String path, String name) {
        JsonNode v = value(object, name);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw wrong(path(path, name), "expected an array, got " + Json.echo(v));
        }
        List<JsonNode> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode element = v.get(i);
            boolean scalars = "content".equals(name) || "couldChange".equals(name) || "dependsOn".equals(name)
                    || "notificationsAdded".equals(name) || "notificationsRemoved".equals(name);
            out.add(scalars ? element : required(element, IncidentBinder.element(path(path, name), i)));
        }
        return out;
    }

    private static String string(JsonNode object, String path, String name) {
        JsonNode v = value(object, name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw wrong(path(path, name), "expected a string, got " + Json.echo(v));
        }
        return v.textValue();
    }

    private static boolean bool(JsonNode object, String path, String name) {
        JsonNode v = value(object, name);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            throw wrong(path(path, name), "expected a boolean, got " + Json.echo(v));
        }
        return v.booleanValue();
    }

    private static long number(JsonNode object, String path, String name, long absent) {
        Long v = nullableLong(object, path, name);
        return v == null ? absent : v;
    }

    private static Integer nullableInt(JsonNode object, String path, String name) {
        JsonNode v = value(object, name);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw wrong(path(path, name), "expected an integer, got " + Json.echo(v));
        }
        return v.intValue();
    }

    private static LocalDate date(JsonNode object, String path, String name) {
        JsonNode v = value(object, name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw wrong(path(path, name), "expected a date (YYYY-MM-DD), got " + Json.echo(v));
        }
        try {
            return LocalDate.parse(v.textValue(), Json.DATE);
        } catch (DateTimeParseException e) {
            throw wrong(path(path, name), Json.quote(v.textValue()) + " is not a valid date (YYYY-MM-DD)");
        }
    }

    private static <E extends Enum<E>> E enumValue(JsonNode object, String path, String name, Class<E> type) {
        JsonNode v = value(object, name);
        return v == null ? null : enumOf(v, path(path, name), type);
    }

    private static <E extends Enum<E>> E enumOf(JsonNode v, String path, Class<E> type) {
        if (v != null && v.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(v.textValue())) {
                    return constant;
                }
            }
        }
        String problem = v == null || v.isNull() ? "must not be null" : "unknown value " + Json.echo(v);
        throw wrong(path, problem + " for " + type.getSimpleName());
    }
}
