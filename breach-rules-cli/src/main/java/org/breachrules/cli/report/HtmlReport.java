package org.breachrules.cli.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.breachrules.api.Affected;
import org.breachrules.api.Determination;
import org.breachrules.api.Finding;
import org.breachrules.api.Incident;
import org.breachrules.api.LawEnforcementDelay;
import org.breachrules.api.MissingFact;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.Phase;
import org.breachrules.api.ResponseAction;
import org.breachrules.api.Recipient;
import org.breachrules.api.RiskAssessmentOutcome;
import org.breachrules.api.WhatIf;
import org.breachrules.cli.register.Register;

/**
 * The HTML report a privacy officer files and prints: one self-contained file (inline CSS and SVG, no network, no
 * JavaScript) for one incident or many, with an index nearest deadline first. Rendered from a logic-less Mustache
 * template that HTML-escapes every value; status is always written out, never shown by colour alone.
 */
public final class HtmlReport {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("org/breachrules/cli/report")
            .compile("report.html.mustache");
    private static final int WIDTH = 960;
    private static final int LEFT = 20;
    private static final int RIGHT = WIDTH - 20;
    private static final int AXIS_Y = 40;

    private HtmlReport() {
    }

    /** One evaluated incident and where it came from. */
    public record Entry(String source, Incident incident, Determination determination) {
    }

    /** The report as a string. */
    public static String render(List<Entry> entries, LocalDate asOf, String toolVersion) {
        StringWriter out = new StringWriter();
        render(entries, asOf, toolVersion, out);
        return out.toString();
    }

    /** Writes the report. */
    public static void render(List<Entry> entries, LocalDate asOf, String toolVersion, Writer out) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("asOf", asOf.toString());
        model.put("toolVersion", toolVersion);
        model.put("count", entries.size());
        List<Map<String, Object>> incidents = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            incidents.add(incident(entries.get(i), "incident-" + (i + 1)));
        }
        // The register's order: by the group of each incident's first row (to settle, overdue, due soon, due later,
        // sent), then its deadline; an incident owing nothing comes last.
        incidents.sort(Comparator.comparing((Map<String, Object> m) -> (Integer) m.get("rank"))
                .thenComparing(m -> (LocalDate) m.get("nearestDate"), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> (String) m.get("id")));
        model.put("incidents", incidents);
        TEMPLATE.execute(out, model);
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> incident(Entry e, String anchor) {
        Incident in = e.incident();
        Determination d = e.determination();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("anchor", anchor);
        m.put("id", d.incidentId());
        m.put("source", e.source());
        m.put("entity", (in.reporter().name() == null ? "entity not named" : in.reporter().name()) + " ("
                + in.reporter().role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
        m.put("affected", affected(in.affected()));
        m.put("outcomeShort", d.breach() ? "BREACH" : "NOT A BREACH");
        m.put("outcomeText", d.breach() ? "BREACH of unsecured PHI: notification required"
                : "NOT A BREACH: no notification required");
        m.put("bannerClass", d.breach() ? "breach" : "no-breach");
        m.put("basis", d.basis().name());
        m.put("basisText", org.breachrules.cli.TextReport.basisText(d.basis()));
        m.put("clockStartedOn", String.valueOf(d.clockStartedOn()));
        m.put("evaluatedOn", String.valueOf(d.evaluatedOn()));
        List<Map<String, Object>> missing = new ArrayList<>();
        for (MissingFact f : d.missingFacts()) {
            missing.add(Map.of("field", f.field(), "message", f.message(), "couldChange",
                    f.couldChange().stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
        m.put("missingFacts", missing);
        List<Map<String, Object>> obligations = new ArrayList<>();
        for (Notification n : d.notifications()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("recipient", n.recipient().name());
            o.put("jurisdiction", n.jurisdiction() == null ? "-" : n.jurisdiction().name());
            o.put("status", n.status().name());
            o.put("deadline", n.deadline() == null ? "not known" : n.deadline().toString());
            o.put("delayedUntil", n.delayedUntil() == null ? "-" : n.delayedUntil().toString());
            o.put("daysRemaining", n.daysRemaining() == null ? "-" : n.daysRemaining().toString());
            o.put("sentOn", n.sentOn() == null ? "-" : n.sentOn().toString());
            o.put("citation", n.citation());
            o.put("substitute", org.breachrules.cli.TextReport.substituteNotice(n));
            o.put("urgentPhone", n.recipient() == Recipient.INDIVIDUALS ? (n.urgentTelephone() ? "YES" : "no") : "-");
            org.breachrules.cli.register.Hold.of(n, d.evaluatedOn(), java.time.LocalDate::toString)
                    .ifPresent(hold -> o.put("hold", who(n) + ": " + hold));
            org.breachrules.cli.TextReport.sending(n).ifPresent(line -> o.put("sending", who(n) + ": " + line));
            obligations.add(o);
        }
        m.put("stateLaw", stateLaw(d));
        m.put("obligations", obligations);
        m.put("hasObligations", !obligations.isEmpty());
        m.put("obligationCount", obligations.size() + d.stateObligations().size());
        first(d, m);
        m.put("whatIf", whatIf(d));
        m.put("svg", timeline(in, d));
        RiskAssessmentOutcome r = d.riskAssessment();
        if (r != null) {
            m.put("factors", Map.of("items", List.of(
                    Map.of("name", "(i) nature and extent", "level", r.natureAndExtent().name()),
                    Map.of("name", "(ii) unauthorized recipient", "level", r.unauthorizedRecipient().name()),
                    Map.of("name", "(iii) acquired or viewed", "level", r.acquiredOrViewed().name()),
                    Map.of("name", "(iv) mitigation", "level", r.mitigation().name())),
                    "low", r.lowProbabilityOfCompromise() ? "yes" : "no"));
        }
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : d.findings()) {
            findings.add(Map.of("message", f.message(), "citation", f.citation(), "rule", f.rule()));
        }
        m.put("findings", findings);
        Map<Phase, List<String>> byPhase = new EnumMap<>(Phase.class);
        for (ResponseAction a : d.actions()) {
            byPhase.computeIfAbsent(a.phase(), p -> new ArrayList<>()).add(a.action());
        }
        List<Map<String, Object>> phases = new ArrayList<>();
        byPhase.forEach((phase, actions) -> phases.add(Map.of("phase", phase.name().replace('_', ' '),
                "actions", actions)));
        m.put("phases", phases);
        m.put("retainUntil", String.valueOf(d.retainDocumentationUntil()));
        m.put("rulesVersion", d.rulesVersion());
        return m;
    }

    /**
     * The index entry: the incident's first row in the register's order (federal and state duties alike), so the
     * index and the register agree on what comes first; "rank" orders the index.
     */
    private static void first(Determination d, Map<String, Object> m) {
        Register register = new Register(d.evaluatedOn());
        register.add(d);
        List<Register.Row> rows = register.rows();
        if (rows.isEmpty()) {
            m.put("rank", Register.Group.values().length);
            m.put("nearestDate", null);
            return;
        }
        Register.Row row = rows.get(0);
        m.put("rank", row.group().ordinal());
        m.put("nearestDate", row.deadline());
        m.put("nearest", Map.of("status", row.status().name(), "who", row.who()
                + (row.jurisdiction() == null ? "" : " " + row.jurisdiction().name()),
                "deadline", row.deadline() == null ? "a date not yet known" : row.deadline().toString(),
                "group", row.group().title() + (row.possiblyOverdue(d.evaluatedOn()) ? "; possibly overdue" : "")));
    }

    /** The what-if section's values; null (no section) when what-if was not asked for. */
    private static Map<String, Object> whatIf(Determination d) {
        if (d.whatIf() == null) {
            return null;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (WhatIf w : d.whatIf()) {
            items.add(Map.of("message", w.message(), "kind", org.breachrules.cli.TextReport.kind(w),
                    "field", w.field()));
        }
        return Map.of("items", items, "none", items.isEmpty());
    }

    /** (1.2) The state-law section's values; null (no section) when no state's law was consulted. */
    private static Map<String, Object> stateLaw(Determination d) {
        if (d.stateLawsAsOf() == null && d.stateObligations().isEmpty()) {
            return null;
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        boolean secondary = false;
        for (org.breachrules.api.StateObligation s : d.stateObligations()) {
            secondary |= s.confidence() == org.breachrules.api.Confidence.SECONDARY;
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("jurisdiction", s.jurisdiction().name());
            e.put("recipientName", s.recipientName());
            e.put("when", s.deadline() == null ? s.timing()
                    : s.deadline() + (s.timing() == null ? "" : " (" + s.timing() + ")"));
            e.put("status", s.status().name());
            e.put("threshold", (s.threshold().comparison() == org.breachrules.api.ThresholdComparison.MORE_THAN
                    ? "more than " : "at least ") + s.threshold().residents());
            e.put("citation", s.citation());
            e.put("confidence", s.confidence().name());
            entries.add(e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", String.valueOf(d.stateLawsAsOf()));
        m.put("entries", entries);
        m.put("hasEntries", !entries.isEmpty());
        m.put("secondary", secondary);
        return m;
    }

    private static String who(Notification n) {
        return n.recipient().name() + (n.jurisdiction() == null ? "" : " " + n.jurisdiction().name());
    }

    private static String affected(Affected a) {
        if (a == null) {
            return "not given";
        }
        String states = a.byJurisdiction().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return a.total() + (a.totalIsEstimate() ? " (estimate)" : "") + (states.isEmpty() ? "" : " in " + states);
    }

    /** The timeline: clock start, evaluation date, each deadline labelled with its status, delay periods as bands. */
    private static Map<String, Object> timeline(Incident in, Determination d) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(d.clockStartedOn());
        dates.add(d.evaluatedOn());
        LocalDate statement = statementDate(in.lawEnforcementDelay());
        for (Notification n : d.notifications()) {
            if (n.deadline() != null) {
                dates.add(n.deadline());
            }
            if (n.delayedUntil() != null) {
                dates.add(n.delayedUntil());
            }
        }
        if (statement != null) {
            dates.add(statement);
        }
        LocalDate min = dates.stream().min(Comparator.naturalOrder()).orElseThrow().minusDays(5);
        LocalDate max = dates.stream().max(Comparator.naturalOrder()).orElseThrow().plusDays(5);
        long span = Math.max(1, ChronoUnit.DAYS.between(min, max));
        int rows = d.notifications().size();
        int height = AXIS_Y + 30 + rows * 22;
        Map<String, Object> svg = new LinkedHashMap<>();
        svg.put("width", WIDTH);
        svg.put("height", height);
        svg.put("left", LEFT);
        svg.put("right", RIGHT);
        svg.put("axisY", AXIS_Y);
        List<Map<String, Object>> marks = new ArrayList<>();
        marks.add(mark(x(d.clockStartedOn(), min, span), "clock starts " + d.clockStartedOn(), "#333", 30));
        marks.add(mark(x(d.evaluatedOn(), min, span), "evaluated " + d.evaluatedOn(), "#0b57d0", AXIS_Y - 6));
        svg.put("marks", marks);
        List<Map<String, Object>> bands = new ArrayList<>();
        for (Notification n : d.notifications()) {
            if (n.delayedUntil() != null && statement != null && bands.isEmpty()) {
                int x1 = x(statement, min, span);
                int x2 = x(n.delayedUntil(), min, span);
                bands.add(Map.of("x", x1, "width", Math.max(2, x2 - x1), "height", height - 8,
                        "label", "law-enforcement delay until " + n.delayedUntil()));
            }
        }
        svg.put("bands", bands);
        List<Map<String, Object>> deadlines = new ArrayList<>();
        int row = 0;
        for (Notification n : d.notifications()) {
            int y = AXIS_Y + 24 + row * 22;
            row++;
            String label = who(n) + ": " + n.status().name() + (n.deadline() == null ? " (no deadline yet)"
                    : " by " + n.deadline());
            int x = n.deadline() == null ? RIGHT - 10 : x(n.deadline(), min, span);
            Map<String, Object> dl = new LinkedHashMap<>();
            dl.put("x", x);
            dl.put("y", y);
            dl.put("textY", y + 4);
            dl.put("labelX", x > WIDTH / 2 ? x - 10 : x + 10);
            dl.put("anchor", x > WIDTH / 2 ? "end" : "start");
            dl.put("label", label);
            dl.put("colour", colour(n.status()));
            dl.put("recipient", who(n));
            dl.put("status", n.status().name());
            deadlines.add(dl);
        }
        svg.put("deadlines", deadlines);
        return svg;
    }

    private static Map<String, Object> mark(int x, String label, String colour, int labelY) {
        return Map.of("x", x, "axisY", AXIS_Y, "label", label, "colour", colour,
                "labelX", x > WIDTH / 2 ? x - 4 : x + 4, "anchor", x > WIDTH / 2 ? "end" : "start", "labelY", labelY);
    }

    /**
     * The day law enforcement first asked for a delay: the earliest statement, whichever form the incident gives them
     * in (the 1.2 list, or the 1.1 oral and written objects); null without a statement.
     */
    private static LocalDate statementDate(LawEnforcementDelay delay) {
        if (delay == null) {
            return null;
        }
        return delay.allStatements().stream().map(org.breachrules.api.LawEnforcementStatement::statedOn)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static int x(LocalDate date, LocalDate min, long span) {
        return LEFT + (int) ((RIGHT - LEFT) * ChronoUnit.DAYS.between(min, date) / span);
    }

    private static String colour(NotificationStatus status) {
        return switch (status) {
            case OVERDUE -> "#b3261e";
            case DUE -> "#8a5300";
            case UNDETERMINED -> "#5b2c91";
            case SENT -> "#1e7b34";
            case SENT_LATE -> "#a04000";
        };
    }
}
