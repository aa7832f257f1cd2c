package org.breachrules.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.breachrules.api.Affected;
import org.breachrules.api.Basis;
import org.breachrules.api.Determination;
import org.breachrules.api.Finding;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.MissingFact;
import org.breachrules.api.Notification;
import org.breachrules.api.Phase;
import org.breachrules.api.Recipient;
import org.breachrules.api.WhatIf;
import org.breachrules.api.WhyNot;
import org.breachrules.api.Reporter;
import org.breachrules.api.ResponseAction;
import org.breachrules.api.RiskAssessmentOutcome;
import org.breachrules.api.SubstituteNotice;
import org.breachrules.api.SubstituteNoticeForm;

/**
 * The report a privacy officer reads ({@code --format text}): per incident a header with the entity and the key
 * facts (how many affected, where, the kind of breach, ransomware), the outcome and its basis, "Before you can rely on
 * this" (the facts the engine could not see), the table of obligations with their status, the reasoning with
 * citations, the checklist by phase, the retention date and the rules version. Plain ASCII, {@code \n} line ends,
 * nothing that depends on the locale or time zone. Free text of the incident is never printed: only the entity's
 * name (not PHI) and counts, codes and dates.
 */
public final class TextReport {

    private static final int WIDTH = 100;

    private static final Map<Basis, String> BASIS = new EnumMap<>(Basis.class);

    static {
        BASIS.put(Basis.NO_PHI, "no protected health information was involved");
        BASIS.put(Basis.PERMITTED_BY_PRIVACY_RULE, "the use or disclosure was permitted by the Privacy Rule");
        BASIS.put(Basis.EXCEPTION_UNINTENTIONAL_WORKFORCE_ACCESS,
                "exception 164.402(1)(i): unintentional, good-faith access by the workforce");
        BASIS.put(Basis.EXCEPTION_INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED,
                "exception 164.402(1)(ii): inadvertent disclosure between authorized persons");
        BASIS.put(Basis.EXCEPTION_RECIPIENT_COULD_NOT_RETAIN,
                "exception 164.402(1)(iii): the recipient could not reasonably have retained the information");
        BASIS.put(Basis.SECURED_BY_ENCRYPTION, "the PHI was secured by encryption (safe harbor)");
        BASIS.put(Basis.SECURED_BY_DESTRUCTION, "the PHI was secured by destruction (safe harbor)");
        BASIS.put(Basis.LOW_PROBABILITY_OF_COMPROMISE,
                "the risk assessment demonstrates a low probability that the PHI was compromised");
        BASIS.put(Basis.ELECTED_TO_NOTIFY, "the entity elected to notify without a risk assessment");
        BASIS.put(Basis.PRESUMED_BREACH_NO_ASSESSMENT, "no risk assessment was documented, so a breach is presumed");
        BASIS.put(Basis.RISK_ASSESSMENT_NOT_LOW,
                "the risk assessment does not demonstrate a low probability of compromise");
    }

    private TextReport() {
    }

    /**
     * The basis in plain words, as the reports print it.
     *
     * @param basis the basis
     * @return one sentence
     */
    public static String basisText(Basis basis) {
        return BASIS.getOrDefault(basis, "");
    }

    /**
     * The report for the determinations of one input file.
     *
     * @param file           the file as given on the command line ({@code -} for standard input)
     * @param array          whether the file held an array (each incident is then labelled with its index)
     * @param incidents      the incidents, in file order
     * @param determinations their determinations, in the same order
     */
    public static String render(String file, boolean array, List<Incident> incidents,
                                List<Determination> determinations) {
        return render(file, array, incidents, determinations, null);
    }

    /**
     * As {@link #render(String, boolean, List, List)}, with the what-ifs each determination carries and, when
     * {@code whyNot} is given, the paths to "not a breach" and what blocks them.
     */
    public static String render(String file, boolean array, List<Incident> incidents,
                                List<Determination> determinations, Function<Determination, List<WhyNot>> whyNot) {
        if (incidents.size() != determinations.size()) {
            throw new IllegalArgumentException("one determination per incident: " + incidents.size() + " incidents, "
                    + determinations.size() + " determinations");
        }
        StringBuilder out = new StringBuilder();
        if (array && determinations.isEmpty()) {
            out.append(rule('=')).append("Source: ").append(file).append(" (no incidents)\n").append(rule('='))
                    .append('\n');
        }
        for (int i = 0; i < determinations.size(); i++) {
            render(out, array ? file + " [" + i + "]" : file, incidents.get(i), determinations.get(i), whyNot);
        }
        return out.toString();
    }

    private static void render(StringBuilder out, String source, Incident incident, Determination d,
                               Function<Determination, List<WhyNot>> whyNot) {
        out.append(rule('='));
        out.append("Incident ").append(Lines.oneLine(d.incidentId())).append('\n');
        out.append("Source: ").append(Lines.oneLine(source)).append('\n');
        out.append(rule('='));
        field(out, "Entity", entity(incident.reporter()));
        field(out, "Affected", affected(incident.affected()));
        field(out, "Breach type", (incident.breachType() == null ? "not given" : incident.breachType().name())
                + "; ransomware: " + (incident.ransomware() ? "YES" : "no"));
        field(out, "Outcome", d.breach()
                ? "BREACH of unsecured PHI: notification required"
                : "NOT A BREACH: no notification required");
        field(out, "Basis", d.basis() + ": " + BASIS.getOrDefault(d.basis(), ""));
        field(out, "Clock started", d.clockStartedOn() + " (deadlines run from this day)");
        field(out, "Evaluated as of", String.valueOf(d.evaluatedOn()));
        field(out, "Risk assessment", riskAssessment(d.riskAssessment()));
        out.append('\n');

        out.append("BEFORE YOU CAN RELY ON THIS\n");
        if (d.missingFacts().isEmpty()) {
            out.append("  Nothing is missing: every fact the rules could use was given.\n");
        }
        for (MissingFact m : d.missingFacts()) {
            out.append(wrap("  [?] ", "      ", m.field() + ": " + m.message()));
            out.append(wrap("      ", "      ", "(could change: " + m.couldChange().stream().map(Enum::name)
                    .collect(Collectors.joining(", ")) + ")"));
        }
        out.append('\n');

        out.append("OBLIGATIONS\n");
        if (d.notifications().isEmpty()) {
            out.append("  none\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"Recipient", "Jurisdiction", "Status", "Deadline", "Delayed until",
                "Days remaining", "Sent on", "Citation", "Substitute notice", "Urgent phone"});
            for (Notification n : d.notifications()) {
                rows.add(new String[] {
                    n.recipient().name(),
                    n.jurisdiction() != null ? n.jurisdiction().name()
                            : n.recipient() == Recipient.MEDIA ? "unknown" : "-",
                    n.status().name(),
                    n.deadline() == null ? "not known" : n.deadline().toString(),
                    n.delayedUntil() == null ? "-" : n.delayedUntil().toString(),
                    daysRemaining(n.daysRemaining()),
                    n.sentOn() == null ? "-" : n.sentOn().toString(),
                    n.citation(),
                    substituteNotice(n),
                    n.recipient() == Recipient.INDIVIDUALS ? (n.urgentTelephone() ? "YES" : "no") : "-"});
            }
            table(out, rows);
            for (Notification n : d.notifications()) {
                org.breachrules.cli.register.Hold.of(n, d.evaluatedOn(), java.time.LocalDate::toString).ifPresent(hold ->
                        out.append(wrap("  ! ", "    ", n.recipient().name() + (n.jurisdiction() == null ? "" : " "
                                + n.jurisdiction().name()) + ": " + hold + ".")));
            }
            for (Notification n : d.notifications()) {
                sending(n).ifPresent(line -> out.append(wrap("  > ", "    ", n.recipient().name()
                        + (n.jurisdiction() == null ? "" : " " + n.jurisdiction().name()) + ": " + line + ".")));
            }
            for (Notification n : d.notifications()) {
                if (!n.dependsOn().isEmpty()) {
                    out.append(wrap("  * ", "    ", n.recipient().name() + (n.jurisdiction() == null ? "" : " "
                            + n.jurisdiction().name()) + " is UNDETERMINED until " + String.join(", ", n.dependsOn())
                            + " is known (see above)."));
                }
            }
        }
        out.append('\n');

        stateLaw(out, d);

        out.append("REASONING\n");
        List<Finding> findings = d.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String number = String.format(Locale.ROOT, "%3d. ", i + 1);
            String indent = " ".repeat(number.length());
            out.append(wrap(number, indent, f.message()));
            out.append(wrap(indent, indent, "[" + f.citation() + "; rule \"" + f.rule() + "\"]"));
        }
        if (findings.isEmpty()) {
            out.append("  none\n");
        }
        out.append('\n');

        if (d.whatIf() != null) {
            whatIf(out, d.whatIf());
        }
        if (whyNot != null) {
            whyNot(out, d, whyNot.apply(d));
        }

        out.append("CHECKLIST\n");
        Map<Phase, List<String>> byPhase = new EnumMap<>(Phase.class);
        for (ResponseAction a : d.actions()) {
            byPhase.computeIfAbsent(a.phase(), p -> new ArrayList<>()).add(a.action());
        }
        if (byPhase.isEmpty()) {
            out.append("  none\n");
        }
        for (Map.Entry<Phase, List<String>> phase : byPhase.entrySet()) {
            out.append("  ").append(phase.getKey().name().replace('_', ' ')).append('\n');
            for (String action : phase.getValue()) {
                out.append(wrap("    [ ] ", "        ", action));
            }
        }
        out.append('\n');

        field(out, "Retain documentation until", d.retainDocumentationUntil() + " (45 CFR 164.530(j)(2))");
        field(out, "Rules version", d.rulesVersion());
        out.append('\n');
    }

    /**
     * (1.2) The state-law overlay: each state duty that survives federal compliance, as a table, then a warning for
     * those that rest on secondary sources. Printed only when a state's law was consulted.
     */
    private static void stateLaw(StringBuilder out, Determination d) {
        if (d.stateLawsAsOf() == null && d.stateObligations().isEmpty()) {
            return;
        }
        out.append("STATE LAW").append(d.stateLawsAsOf() == null ? "" : " (data checked " + d.stateLawsAsOf() + ")")
                .append('\n');
        if (d.stateObligations().isEmpty()) {
            out.append("  No state duty beyond the federal notices (the reasons are under REASONING).\n");
            out.append('\n');
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"State", "Recipient", "Deadline or timing", "Status", "Threshold", "Citation",
            "Confidence"});
        boolean secondary = false;
        for (org.breachrules.api.StateObligation s : d.stateObligations()) {
            secondary |= s.confidence() == org.breachrules.api.Confidence.SECONDARY;
            rows.add(new String[] {
                s.jurisdiction().name(),
                s.recipientName(),
                s.deadline() == null ? Lines.oneLine(s.timing()) : s.deadline()
                        + (s.timing() == null ? "" : " (" + Lines.oneLine(s.timing()) + ")"),
                s.status().name(),
                (s.threshold().comparison() == org.breachrules.api.ThresholdComparison.MORE_THAN ? "more than "
                        : "at least ") + s.threshold().residents(),
                s.citation(),
                s.confidence().name()});
        }
        table(out, rows);
        if (secondary) {
            out.append(wrap("  * ", "    ", "Entries marked SECONDARY come from secondary sources, not the statute's"
                    + " text: confirm them with counsel before relying on them."));
        }
        if (d.stateObligations().stream().anyMatch(s -> s.status() == org.breachrules.api.NotificationStatus.UNDETERMINED)) {
            out.append(wrap("  * ", "    ", "UNDETERMINED entries depend on the types of information exposed"
                    + " (riskAssessment.phiTypes, see above)."));
        }
        out.append('\n');
    }

    private static void whatIf(StringBuilder out, List<WhatIf> whatIfs) {
        out.append("What could still change the answer\n");
        if (whatIfs.isEmpty()) {
            out.append("  No open fact, evidence or count near a threshold would change the outcome or an obligation.\n");
        }
        for (WhatIf w : whatIfs) {
            out.append(wrap("  - ", "    ", w.message() + " [" + kind(w) + ": " + w.field() + "]"));
        }
        out.append('\n');
    }

    /** The kind of a what-if in a reader's words. */
    public static String kind(WhatIf w) {
        if (w.kind() == null) {
            return "change";
        }
        return switch (w.kind()) {
            case OPEN_FACT -> "open fact";
            case EVIDENCE -> "evidence";
            case THRESHOLD -> "near a threshold";
        };
    }

    private static void whyNot(StringBuilder out, Determination d, List<WhyNot> paths) {
        if (!d.breach()) {
            out.append("WHAT THIS CONCLUSION RESTS ON\n");
            for (WhyNot path : paths) {
                out.append(wrap("  ", "  ", "Not a breach because " + path.path() + ". Any one of these changes would"
                        + " make it a breach:"));
                if (path.changes().isEmpty()) {
                    out.append("    none in the catalogue\n");
                }
                for (WhatIf w : path.changes()) {
                    out.append(wrap("    - ", "      ", w.change() + " [" + w.field() + "]"));
                }
            }
            out.append('\n');
            return;
        }
        out.append("WHY NOT \"NOT A BREACH\"\n");
        for (WhyNot path : paths) {
            out.append("  ").append(path.path()).append('\n');
            for (Finding f : path.blockedBy()) {
                out.append(wrap("    blocked: ", "             ", f.message()));
            }
            if (path.blockedBy().isEmpty()) {
                out.append("    blocked: the rules for this path drew no conclusion from these facts\n");
            }
            for (WhatIf w : path.changes()) {
                out.append(wrap("    opens if: ", "              ", w.change() + " [" + w.field() + "]"));
            }
            if (path.changes().isEmpty()) {
                out.append("    opens if: no single change in the catalogue opens it\n");
            }
        }
        out.append('\n');
    }

    /** {@code text} wrapped at {@link #WIDTH} columns on spaces, the first line after {@code first}, the rest after {@code rest}. */
    static String wrap(String first, String rest, String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        int start = line.length();
        for (String word : Lines.oneLine(text).split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(rest);
                start = line.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }

    private static String riskAssessment(RiskAssessmentOutcome r) {
        if (r == null) {
            return "none needed or given";
        }
        return "nature and extent " + r.natureAndExtent() + ", unauthorized recipient " + r.unauthorizedRecipient()
                + ", acquired or viewed " + r.acquiredOrViewed() + ", mitigation " + r.mitigation()
                + "; low probability of compromise: " + (r.lowProbabilityOfCompromise() ? "YES" : "NO");
    }

    private static String entity(Reporter reporter) {
        String name = reporter.name() == null || reporter.name().isBlank() ? "name not given"
                : Lines.oneLine(reporter.name());
        return name + " (" + reporter.role().name().replace('_', ' ').toLowerCase(Locale.ROOT) + ")";
    }

    /** The count, whether it is an estimate, and where the affected live (with how many are not assigned). */
    private static String affected(Affected a) {
        if (a == null) {
            return "not given";
        }
        StringBuilder text = new StringBuilder(String.valueOf(a.total()));
        if (a.totalIsEstimate()) {
            text.append(" (an estimate)");
        }
        if (a.byJurisdiction().isEmpty()) {
            return text.append("; residence by state not given").toString();
        }
        long listed = 0;
        List<String> states = new ArrayList<>();
        for (Map.Entry<Jurisdiction, Integer> e : a.byJurisdiction().entrySet()) {
            states.add(e.getKey().name() + " " + e.getValue());
            listed += e.getValue();
        }
        text.append(" in ").append(String.join(", ", states));
        long unassigned = a.total() == null ? 0 : a.total() - listed;
        if (unassigned > 0) {
            text.append("; ").append(unassigned).append(" of unknown residence");
        }
        return text.toString();
    }

    private static String daysRemaining(Long days) {
        if (days == null) {
            return "-";
        }
        if (days < 0) {
            return Long.toString(days);
        }
        if (days == 0) {
            return "0 (due today)";
        }
        return Long.toString(days);
    }

    /**
     * (1.2) Who sends a notice and how far its mailing has got, as the determination records them
     * ({@code notifiedSoFar}, {@code performedBy}); empty when it records neither.
     */
    public static java.util.Optional<String> sending(Notification n) {
        List<String> parts = new ArrayList<>();
        if (n.notifiedSoFar() != null && n.notifiedSoFar() > 0) {
            parts.add(n.notifiedSoFar() + " individual(s) notified so far" + (n.sentOn() == null ? ""
                    : ", the latest on " + n.sentOn()));
        }
        if (n.performedBy() == org.breachrules.api.NotificationDelegate.BUSINESS_ASSOCIATE) {
            parts.add("sent by the business associate under the agreement (the covered entity remains responsible)");
        }
        return parts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("; ", parts));
    }

    /** The substitute notice of an entry in words, with the individuals it reaches; "-" when none. */
    public static String substituteNotice(Notification n) {
        SubstituteNotice s = n.substituteNotice();
        if (s == null) {
            return "-";
        }
        String form = s.form() == SubstituteNoticeForm.CONSPICUOUS_WEB_POSTING_OR_MAJOR_MEDIA
                ? "web posting or major media"
                        + (s.postingDays() == null ? "" : " " + s.postingDays() + "d")
                        + (s.tollFreeNumberDays() == null ? "" : " + toll-free number " + s.tollFreeNumberDays() + "d")
                : "alternative written or telephone";
        return form + " (" + s.individuals() + " individual" + (s.individuals() == 1 ? "" : "s") + ")";
    }

    private static void table(StringBuilder out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.append(line(rows.get(r), widths));
            if (r == 0) {
                String[] dashes = new String[columns];
                for (int c = 0; c < columns; c++) {
                    dashes[c] = "-".repeat(widths[c]);
                }
                out.append(line(dashes, widths));
            }
        }
    }

    /**
     * One line of the reports' tables: two spaces, then each cell padded to its column's width plus two.
     *
     * @param cells  the cells of the line
     * @param widths each column's width
     * @return the line, trailing spaces removed, with its line end
     */
    public static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder("  ");
        for (int c = 0; c < cells.length; c++) {
            line.append(cells[c]);
            if (c < cells.length - 1) {
                line.append(" ".repeat(widths[c] - cells[c].length() + 2));
            }
        }
        return line.toString().stripTrailing() + "\n";
    }

    private static void field(StringBuilder out, String label, String value) {
        out.append(label).append(':').append(" ".repeat(Math.max(1, 29 - label.length()))).append(value).append('\n');
    }

    private static String rule(char c) {
        return String.valueOf(c).repeat(WIDTH) + "\n";
    }
}
