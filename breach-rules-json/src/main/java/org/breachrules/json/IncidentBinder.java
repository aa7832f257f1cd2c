package org.breachrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Address;
import org.breachrules.api.Contact;
import org.breachrules.api.DataState;
import org.breachrules.api.EntityType;
import org.breachrules.api.LawEnforcementStatement;
import org.breachrules.api.NoticeMethod;
import org.breachrules.api.NoticeSender;
import org.breachrules.api.NotificationDelegate;
import org.breachrules.api.SafeguardInPlace;
import org.breachrules.api.StatementForm;
import org.breachrules.api.Affected;
import org.breachrules.api.BreachType;
import org.breachrules.api.BusinessAssociateDiscovery;
import org.breachrules.api.Destruction;
import org.breachrules.api.DestructionMethod;
import org.breachrules.api.Encryption;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.ExceptionClaim;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Incident;
import org.breachrules.api.IncidentValidator;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.LawEnforcementDelay;
import org.breachrules.api.Location;
import org.breachrules.api.Mitigation;
import org.breachrules.api.NoticeSent;
import org.breachrules.api.Recipient;
import org.breachrules.api.OralStatement;
import org.breachrules.api.PhiType;
import org.breachrules.api.RecipientType;
import org.breachrules.api.Reporter;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.Role;
import org.breachrules.api.Safeguards;
import org.breachrules.api.Violation;
import org.breachrules.api.WrittenStatement;

/**
 * Binds one incident object, walking the tree with its field path and recording every structural problem, then runs
 * {@link IncidentValidator} and merges its findings in document order. One instance per incident; not thread-safe.
 *
 * <p>Paths are relative to the incident ({@code ""} is the incident itself). A value with a binding problem is bound
 * as null, so the validator sees it as absent; the validator's messages for a path that already has a binding problem
 * (or lies under one) are dropped, so no field is reported twice.
 */
final class IncidentBinder {

    private final JsonNode root;
    /** Pre-order position of every path in the document: {start, end}; end comes after all descendants. */
    private final Map<String, int[]> positions = new HashMap<>();
    private final List<Violation> bindingProblems = new ArrayList<>();
    private final Set<String> badPaths = new LinkedHashSet<>();
    private int counter;

    IncidentBinder(JsonNode root) {
        this.root = root;
        index("", root);
    }

    /** The bound incident and every problem in document order; the incident is meaningless when problems exist. */
    Bound bind(LocalDate asOf) {
        Incident incident = incident(root);
        List<Violation> all = new ArrayList<>(bindingProblems);
        for (Violation v : IncidentValidator.validate(incident, asOf)) {
            if (!reportedAtOrAbove(v.field())) {
                all.add(v);
            }
        }
        // Stable sort: ties keep binding problems first, then the validator's own order.
        List<Violation> ordered = all.stream()
                .sorted(Comparator.comparingInt(v -> position(v.field())))
                .collect(Collectors.toList());
        return new Bound(incident, ordered);
    }

    record Bound(Incident incident, List<Violation> violations) {
    }

    // ---------------------------------------------------------------------------------------------------- ordering

    private void index(String path, JsonNode node) {
        int[] span = {counter++, 0};
        positions.put(path, span);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                index(field(path, e.getKey()), e.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                index(element(path, i), node.get(i));
            }
        }
        span[1] = counter++;
    }

    /** A present path sorts at its start; an absent one at the end of its nearest present ancestor. */
    private int position(String path) {
        int[] span = positions.get(path);
        if (span != null) {
            return span[0];
        }
        String p = path;
        while (!p.isEmpty()) {
            p = parent(p);
            span = positions.get(p);
            if (span != null) {
                return span[1];
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /**
     * Whether {@code path} or one of its ancestors already has a binding problem. Walks up the path (a few steps)
     * instead of scanning every problem, so validation stays linear in the number of problems.
     */
    private boolean reportedAtOrAbove(String path) {
        if (badPaths.isEmpty()) {
            return false;
        }
        String p = path;
        while (true) {
            if (badPaths.contains(p)) {
                return true;
            }
            if (p.isEmpty()) {
                return false;
            }
            p = parent(p);
        }
    }

    private void problem(String path, String message) {
        bindingProblems.add(new Violation(path, message));
        badPaths.add(path);
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * The path of a field as the document names it ({@link Json#name}: a name that could be free text shows only its
     * length); an empty name is shown as {@code ""}, so that it never reads as the document itself (whose problems
     * would hide every other one).
     */
    static String field(String path, String name) {
        return child(path, Json.name(name));
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    // ------------------------------------------------------------------------------------------------------ objects

    private static final String[] INCIDENT_FIELDS = {"id", "reporter", "occurredOn", "discoveredOn",
        "wouldHaveBeenDiscoveredOn", "businessAssociate", "phiInvolved", "permittedByPrivacyRule", "electedToNotify",
        "exception", "safeguards", "riskAssessment", "affected", "lawEnforcementDelay", "ransomware", "breachType",
        "locations", "noticesSent", "occurredUntil", "description", "safeguardsInPlace"};

    private Incident incident(JsonNode node) {
        Obj o = object(node, "", INCIDENT_FIELDS);
        if (o == null) {
            return null;
        }
        return new Incident(
                o.string("id"),
                reporter(o.node("reporter"), o.path("reporter")),
                o.date("occurredOn"),
                o.date("discoveredOn"),
                o.date("wouldHaveBeenDiscoveredOn"),
                businessAssociate(o.node("businessAssociate"), o.path("businessAssociate")),
                o.bool("phiInvolved"),
                o.bool("permittedByPrivacyRule"),
                Boolean.TRUE.equals(o.bool("electedToNotify")),
                exception(o.node("exception"), o.path("exception")),
                safeguards(o.node("safeguards"), o.path("safeguards")),
                riskAssessment(o.node("riskAssessment"), o.path("riskAssessment")),
                affected(o.node("affected"), o.path("affected")),
                lawEnforcementDelay(o.node("lawEnforcementDelay"), o.path("lawEnforcementDelay")),
                Boolean.TRUE.equals(o.bool("ransomware")),
                o.enumValue("breachType", BreachType.class),
                o.enumList("locations", Location.class),
                noticesSent(o.node("noticesSent"), o.path("noticesSent")),
                o.date("occurredUntil"),
                o.string("description"),
                o.enumList("safeguardsInPlace", SafeguardInPlace.class));
    }

    private List<NoticeSent> noticesSent(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            problem(path, "expected an array, got " + Json.echo(node));
            return null;
        }
        List<NoticeSent> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String elementPath = element(path, i);
            JsonNode element = node.get(i);
            if (element.isNull()) {
                problem(elementPath, "must not be null");
                continue;
            }
            Obj o = object(element, elementPath, "recipient", "jurisdiction", "sentOn", "count", "method", "sentBy");
            if (o != null) {
                out.add(new NoticeSent(o.enumValue("recipient", Recipient.class),
                        o.enumValue("jurisdiction", Jurisdiction.class), o.date("sentOn"), o.integer("count"),
                        o.enumValue("method", NoticeMethod.class), o.enumValue("sentBy", NoticeSender.class)));
            } else {
                // keep indexes aligned with the document, so validator paths name the right element
                out.add(new NoticeSent(null, null, null));
            }
        }
        return out;
    }

    private Reporter reporter(JsonNode node, String path) {
        Obj o = object(node, path, "role", "name", "contractualNotificationDays",
                "contractualNotificationBusinessDays", "notificationDelegatedTo", "entityType", "address", "contact");
        if (o == null) {
            return null;
        }
        Obj a = object(o.node("address"), o.path("address"), "street", "city", "state", "zip");
        Obj k = object(o.node("contact"), o.path("contact"), "name", "title", "phone", "email");
        return new Reporter(o.enumValue("role", Role.class), o.string("name"),
                o.integer("contractualNotificationDays"), o.integer("contractualNotificationBusinessDays"),
                o.enumValue("notificationDelegatedTo", NotificationDelegate.class),
                o.enumValue("entityType", EntityType.class),
                a == null ? null : new Address(a.string("street"), a.string("city"), a.string("state"), a.string("zip")),
                k == null ? null : new Contact(k.string("name"), k.string("title"), k.string("phone"),
                        k.string("email")));
    }

    private BusinessAssociateDiscovery businessAssociate(JsonNode node, String path) {
        Obj o = object(node, path, "discoveredOn", "agentOfCoveredEntity");
        return o == null ? null : new BusinessAssociateDiscovery(o.date("discoveredOn"), o.bool("agentOfCoveredEntity"));
    }

    private ExceptionClaim exception(JsonNode node, String path) {
        Obj o = object(node, path, "type", "goodFaith", "withinScopeOfAuthority",
                "recipientAuthorizedAtSameEntityOrOhca", "furtherImpermissibleUseOrDisclosure");
        return o == null ? null
                : new ExceptionClaim(o.enumValue("type", ExceptionType.class), o.bool("goodFaith"),
                        o.bool("withinScopeOfAuthority"), o.bool("recipientAuthorizedAtSameEntityOrOhca"),
                        o.bool("furtherImpermissibleUseOrDisclosure"));
    }

    private Safeguards safeguards(JsonNode node, String path) {
        Obj o = object(node, path, "encryption", "destruction");
        if (o == null) {
            return null;
        }
        Obj enc = object(o.node("encryption"), o.path("encryption"), "standard", "keyCompromised",
                "decryptedWhenCompromised", "dataState");
        Encryption encryption = enc == null ? null
                : new Encryption(enc.enumValue("standard", EncryptionStandard.class), enc.bool("keyCompromised"),
                        enc.bool("decryptedWhenCompromised"), enc.enumValue("dataState", DataState.class));
        Obj des = object(o.node("destruction"), o.path("destruction"), "method");
        Destruction destruction = des == null ? null : new Destruction(des.enumValue("method", DestructionMethod.class));
        return new Safeguards(encryption, destruction);
    }

    private RiskAssessment riskAssessment(JsonNode node, String path) {
        Obj o = object(node, path, "phiTypes", "recipient", "acquiredOrViewed", "mitigations", "deliberateMisuse",
                "completedOn", "forensicEvidence");
        return o == null ? null
                : new RiskAssessment(o.enumList("phiTypes", PhiType.class),
                        o.enumValue("recipient", RecipientType.class),
                        o.enumValue("acquiredOrViewed", AcquiredOrViewed.class),
                        o.enumList("mitigations", Mitigation.class),
                        o.bool("deliberateMisuse"),
                        o.date("completedOn"),
                        o.string("forensicEvidence"));
    }

    private Affected affected(JsonNode node, String path) {
        Obj o = object(node, path, "total", "byJurisdiction", "insufficientContactInfo", "imminentMisuse",
                "totalIsEstimate", "deceased", "deceasedWithoutNextOfKinContact");
        if (o == null) {
            return null;
        }
        Integer total = o.integer("total");
        Map<Jurisdiction, Integer> byJurisdiction = byJurisdiction(o.node("byJurisdiction"), o.path("byJurisdiction"));
        return new Affected(total, byJurisdiction, o.integer("insufficientContactInfo"),
                Boolean.TRUE.equals(o.bool("imminentMisuse")), Boolean.TRUE.equals(o.bool("totalIsEstimate")),
                o.integer("deceased"), o.integer("deceasedWithoutNextOfKinContact"));
    }

    private Map<Jurisdiction, Integer> byJurisdiction(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            problem(path, "expected an object of jurisdiction code to count, got " + Json.echo(node));
            return null;
        }
        Map<Jurisdiction, Integer> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String entryPath = field(path, e.getKey());
            Jurisdiction j = JURISDICTIONS.get(e.getKey());
            if (j == null) {
                problem(entryPath, "unknown jurisdiction; allowed: " + allowed(Jurisdiction.class));
                continue;
            }
            out.put(j, integer(e.getValue(), entryPath));
        }
        return out;
    }

    private LawEnforcementDelay lawEnforcementDelay(JsonNode node, String path) {
        Obj o = object(node, path, "oral", "written", "statements");
        if (o == null) {
            return null;
        }
        Obj oral = object(o.node("oral"), o.path("oral"), "statedOn", "official");
        Obj written = object(o.node("written"), o.path("written"), "statedOn", "delayUntil");
        return new LawEnforcementDelay(
                oral == null ? null : new OralStatement(oral.date("statedOn"), oral.string("official")),
                written == null ? null : new WrittenStatement(written.date("statedOn"), written.date("delayUntil")),
                statements(o.node("statements"), o.path("statements")));
    }

    private List<LawEnforcementStatement> statements(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            problem(path, "expected an array, got " + Json.echo(node));
            return null;
        }
        List<LawEnforcementStatement> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String elementPath = element(path, i);
            JsonNode element = node.get(i);
            if (element.isNull()) {
                problem(elementPath, "must not be null");
                out.add(new LawEnforcementStatement(null, null, null, null));
                continue;
            }
            Obj s = object(element, elementPath, "form", "statedOn", "official", "delayUntil");
            out.add(s == null ? new LawEnforcementStatement(null, null, null, null)
                    : new LawEnforcementStatement(s.enumValue("form", StatementForm.class), s.date("statedOn"),
                            s.string("official"), s.date("delayUntil")));
        }
        return out;
    }

    /** The object at {@code path}, its unknown fields reported; null when absent, JSON null or not an object. */
    private Obj object(JsonNode node, String path, String... fields) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            problem(path, path.isEmpty() ? "expected an incident object, got " + Json.kind(node)
                    : "expected an object, got " + Json.echo(node));
            return null;
        }
        Set<String> known = Set.of(fields);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                problem(field(path, name), "unknown field");
            }
        }
        return new Obj(node, path);
    }

    /** Typed access to the fields of one object; an absent field and an explicit null both read as null. */
    private final class Obj {
        private final JsonNode node;
        private final String path;

        Obj(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        JsonNode node(String name) {
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : value;
        }

        String path(String name) {
            return child(path, name);
        }

        String string(String name) {
            JsonNode value = node(name);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                // Free-text fields: the value is never echoed (a number here could be an identifier).
                problem(path(name), "expected a string, got " + Json.kind(value));
                return null;
            }
            return value.textValue();
        }

        Boolean bool(String name) {
            JsonNode value = node(name);
            if (value == null) {
                return null;
            }
            if (!value.isBoolean()) {
                problem(path(name), "expected a boolean (true or false), got " + Json.echo(value));
                return null;
            }
            return value.booleanValue();
        }

        Integer integer(String name) {
            return IncidentBinder.this.integer(node(name), path(name));
        }

        LocalDate date(String name) {
            JsonNode value = node(name);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                problem(path(name), "expected a date (YYYY-MM-DD), got " + Json.echo(value));
                return null;
            }
            try {
                return LocalDate.parse(value.textValue(), Json.DATE);
            } catch (DateTimeParseException e) {
                problem(path(name), Json.quote(value.textValue()) + " is not a valid date (YYYY-MM-DD)");
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            return IncidentBinder.this.enumValue(node(name), path(name), type);
        }

        /** Null when absent (the validator decides whether that is allowed); a bad element is bound as null. */
        <E extends Enum<E>> List<E> enumList(String name, Class<E> type) {
            JsonNode value = node(name);
            if (value == null) {
                return null;
            }
            String listPath = path(name);
            if (!value.isArray()) {
                problem(listPath, "expected an array, got " + Json.echo(value));
                return null;
            }
            List<E> out = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                if (element.isNull()) {
                    problem(element(listPath, i), "must not be null");
                    out.add(null);
                } else {
                    out.add(IncidentBinder.this.enumValue(element, element(listPath, i), type));
                }
            }
            return out;
        }
    }

    // ------------------------------------------------------------------------------------------------------ scalars

    private Integer integer(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            problem(path, "expected an integer, got " + Json.echo(value));
            return null;
        }
        if (value.isIntegralNumber()) {
            if (value.canConvertToInt()) {
                return value.intValue();
            }
            problem(path, "is out of range, got " + Json.echo(value) + " (an integer up to " + Integer.MAX_VALUE
                    + " expected)");
            return null;
        }
        BigDecimal decimal = value.decimalValue();
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
            problem(path, "expected an integer, got " + Json.echo(value));
            return null;
        }
        try {
            return decimal.intValueExact();
        } catch (ArithmeticException e) {
            problem(path, "is out of range, got " + Json.echo(value) + " (an integer up to " + Integer.MAX_VALUE
                    + " expected)");
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(JsonNode value, String path, Class<E> type) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problem(path, "expected a string, got " + Json.echo(value) + "; allowed: " + allowed(type));
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.textValue())) {
                return constant;
            }
        }
        problem(path, "unknown value " + Json.quote(value.textValue()) + "; allowed: " + allowed(type));
        return null;
    }

    private static final Map<String, Jurisdiction> JURISDICTIONS = Arrays.stream(Jurisdiction.values())
            .collect(Collectors.toUnmodifiableMap(Enum::name, j -> j));

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
