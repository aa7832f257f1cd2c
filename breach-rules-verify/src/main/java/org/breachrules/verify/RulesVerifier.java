package org.breachrules.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.ContentCode;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.Notification;
import org.breachrules.api.RiskAssessmentOutcome;
import org.breachrules.api.SubstituteNotice;
import org.breachrules.api.SubstituteNoticeForm;

/**
 * Checks tuned rules against the federal floor: runs the same scenarios through the built-in and the tuned rules and
 * classifies every difference. A tuned rule set may be stricter than the regulation (more or earlier obligations, a
 * breach where the built-in rules saw none); it must never go below it (a breach turned into no breach, an obligation
 * removed, a deadline moved later, a substitute notice or telephone notice dropped, a retention period shortened).
 * Stateless; thread-safe.
 */
public final class RulesVerifier {

    /** How a difference relates to the federal floor the built-in rules encode. */
    public enum Kind {
        /** More than the regulation requires: allowed. */
        STRICTER,
        /** Less than the regulation requires: the tuned rules must not be used as they are. */
        BELOW_FEDERAL_FLOOR,
        /** Different, neither stricter nor looser in itself (e.g. another basis for the same outcome). */
        CHANGED
    }

    /**
     * A scenario to run.
     *
     * @param name     how the report names it (e.g. its file name)
     * @param incident the incident
     * @param asOf     the evaluation date
     */
    public record Scenario(String name, Incident incident, LocalDate asOf) {
    }

    /**
     * One difference between the built-in and the tuned determination of a scenario.
     *
     * @param scenario the scenario's name
     * @param field    the determination field, e.g. {@code notifications[MEDIA FL]} or {@code breach}
     * @param builtIn  the built-in value, as text ({@code absent} when there is none)
     * @param tuned    the tuned value, as text
     * @param kind     how it relates to the federal floor
     */
    public record Difference(String scenario, String field, String builtIn, String tuned, Kind kind) {
        @Override
        public String toString() {
            return kind + " " + scenario + ": " + field + ": built-in " + builtIn + ", tuned " + tuned;
        }
    }

    /**
     * The outcome of a verification.
     *
     * @param builtInVersion the built-in rules' version
     * @param tunedVersion   the tuned rules' version
     * @param scenarios      how many scenarios were run
     * @param differences    every difference, scenario by scenario
     */
    public record Report(String builtInVersion, String tunedVersion, int scenarios, List<Difference> differences) {
        public Report {
            differences = List.copyOf(differences);
        }

        /** Whether any difference goes below the federal floor. */
        public boolean belowFederalFloor() {
            return differences.stream().anyMatch(d -> d.kind() == Kind.BELOW_FEDERAL_FLOOR);
        }
    }

    private RulesVerifier() {
    }

    /** The evaluation date of the threshold scenarios. */
    static final LocalDate THRESHOLD_AS_OF = LocalDate.of(2026, 11, 20);

    /**
     * Incidents built to sit on every threshold of the given policies (the built-in one and the tuned one): the HHS
     * total, the media minimum in every state and territory, the substitute-notice minimum, the business associate's
     * window, each at the value and one below; and one incident for each optional or delaying fact (a documented
     * oral and a written law-enforcement statement, imminent misuse, ransomware with forensic evidence). Synthetic:
     * no PHI.
     */
    public static List<Scenario> thresholdScenarios(List<org.breachrules.drools.facts.Policy> policies) {
        Map<String, Scenario> out = new LinkedHashMap<>();
        for (org.breachrules.drools.facts.Policy p : policies) {
            for (int total : new int[] {p.getHhsImmediateMinimum() - 1, p.getHhsImmediateMinimum()}) {
                add(out, "threshold: " + total + " affected in total", base(total).build());
            }
            for (org.breachrules.api.Jurisdiction j : org.breachrules.api.Jurisdiction.values()) {
                for (int residents : new int[] {p.getMediaMinimumResidents() - 1, p.getMediaMinimumResidents()}) {
                    add(out, "threshold: " + residents + " residents of " + j, base(residents).affected(
                            new org.breachrules.api.Affected(residents, Map.of(j, residents), 0, false)).build());
                }
            }
            for (int n : new int[] {p.getSubstituteNoticeMinimum() - 1, p.getSubstituteNoticeMinimum()}) {
                add(out, "threshold: " + n + " without contact information", base(100).affected(
                        new org.breachrules.api.Affected(100, Map.of(org.breachrules.api.Jurisdiction.OH, 100), n,
                                false)).build());
            }
            for (int days : new int[] {p.getBusinessAssociateNoticeDays() - 1, p.getBusinessAssociateNoticeDays()}) {
                add(out, "threshold: business associate agreement of " + days + " days", base(10)
                        .reporter(new org.breachrules.api.Reporter(org.breachrules.api.Role.BUSINESS_ASSOCIATE, null,
                                Math.max(1, Math.min(60, days)))).build());
            }
        }
        LocalDate discovered = LocalDate.of(2026, 6, 1);
        add(out, "fact: documented oral law-enforcement statement", base(10).lawEnforcementDelay(
                new org.breachrules.api.LawEnforcementDelay(new org.breachrules.api.OralStatement(discovered.plusDays(5),
                        "Det. example, badge 0"), null)).build());
        add(out, "fact: written law-enforcement statement", base(10).lawEnforcementDelay(
                new org.breachrules.api.LawEnforcementDelay(null, new org.breachrules.api.WrittenStatement(
                        discovered.plusDays(5), discovered.plusDays(120)))).build());
        add(out, "fact: imminent misuse", base(10).affected(new org.breachrules.api.Affected(10,
                Map.of(org.breachrules.api.Jurisdiction.OH, 10), 0, true)).build());
        add(out, "fact: ransomware, forensics show nothing acquired", base(10).ransomware(true).riskAssessment(
                new org.breachrules.api.RiskAssessment(List.of(org.breachrules.api.PhiType.NAME),
                        org.breachrules.api.RecipientType.MALICIOUS_ACTOR, org.breachrules.api.AcquiredOrViewed.NO,
                        List.of(org.breachrules.api.Mitigation.RETRIEVED), null, null, "forensic report 1")).build());
        add(out, "fact: ransomware, forensics show nothing acquired, restored from backup", base(10).ransomware(true)
                .riskAssessment(new org.breachrules.api.RiskAssessment(List.of(org.breachrules.api.PhiType.NAME),
                        org.breachrules.api.RecipientType.MALICIOUS_ACTOR, org.breachrules.api.AcquiredOrViewed.NO,
                        List.of(org.breachrules.api.Mitigation.RESTORED_FROM_BACKUP), null, null,
                        "forensic report 1")).build());
        return List.copyOf(out.values());
    }

    private static void add(Map<String, Scenario> out, String name, Incident incident) {
        out.putIfAbsent(name, new Scenario(name, incident, THRESHOLD_AS_OF));
    }

    /** A covered entity's presumed breach discovered 2026-06-01 of {@code total} Ohioans, all reachable. */
    private static Incident.Builder base(int total) {
        int n = Math.max(0, total);
        return Incident.builder().id("verify-threshold")
                .reporter(org.breachrules.api.Reporter.of(org.breachrules.api.Role.COVERED_ENTITY))
                .discoveredOn(LocalDate.of(2026, 6, 1)).phiInvolved(true).permittedByPrivacyRule(false)
                .affected(new org.breachrules.api.Affected(n, Map.of(org.breachrules.api.Jurisdiction.OH, n), 0, false));
    }

    /** Runs every scenario through both determiners and reports each difference. */
    public static Report verify(BreachDeterminer builtIn, BreachDeterminer tuned, List<Scenario> scenarios) {
        List<Difference> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            Determination expected = builtIn.determine(s.incident(), s.asOf());
            Determination actual;
            try {
                actual = tuned.determine(s.incident(), s.asOf());
            } catch (BreachRulesException e) {
                out.add(new Difference(s.name(), "evaluation", "succeeds", "fails: " + e.getMessage(),
                        Kind.BELOW_FEDERAL_FLOOR));
                continue;
            }
            compare(s.name(), expected, actual, out);
        }
        return new Report(builtIn.rulesVersion(), tuned.rulesVersion(), scenarios.size(), out);
    }

    private static void compare(String scenario, Determination b, Determination t, List<Difference> out) {
        Diff d = new Diff(scenario, out);
        if (b.breach() != t.breach() && assessed(b.basis()) && assessed(t.basis())) {
            // Both answers rest on the entity's four-factor assessment, scored under another policy (the risk sets,
            // the ransomware switch): a judgement 164.402(2) leaves to the entity. A breach found where the built-in
            // policy found none is stricter; the reverse is changed, for a person to review, not below the floor.
            d.add("breach", b.breach() + " (" + b.basis() + ")", t.breach() + " (" + t.basis() + ")",
                    t.breach() ? Kind.STRICTER : Kind.CHANGED);
            return;
        }
        if (b.breach() != t.breach()) {
            d.add("breach", b.breach(), t.breach(), b.breach() ? Kind.BELOW_FEDERAL_FLOOR : Kind.STRICTER);
        } else if (b.basis() != t.basis()) {
            d.add("basis", b.basis(), t.basis(), Kind.CHANGED);
        }
        d.dates("clockStartedOn", b.clockStartedOn(), t.clockStartedOn(), true);
        d.dates("retainDocumentationUntil", b.retainDocumentationUntil(), t.retainDocumentationUntil(), false);
        if (!Objects.equals(b.riskAssessment(), t.riskAssessment())) {
            d.add("riskAssessment", describe(b.riskAssessment()), describe(t.riskAssessment()), Kind.CHANGED);
        }
        Map<String, Notification> builtIn = byKey(b.notifications());
        Map<String, Notification> tuned = byKey(t.notifications());
        for (Map.Entry<String, Notification> e : builtIn.entrySet()) {
            Notification tn = tuned.get(e.getKey());
            if (tn == null) {
                d.add(e.getKey(), "owed by " + e.getValue().deadline(), "absent", Kind.BELOW_FEDERAL_FLOOR);
            } else {
                notification(d, e.getKey(), e.getValue(), tn, b.clockStartedOn());
            }
        }
        for (Map.Entry<String, Notification> e : tuned.entrySet()) {
            if (!builtIn.containsKey(e.getKey())) {
                d.add(e.getKey(), "absent", "owed by " + e.getValue().deadline(), Kind.STRICTER);
            }
        }
        // For the same outcome, a gap the built-in rules name and the tuned ones do not (or the reverse) is for a
        // person to review; another outcome brings other gaps by itself.
        if (b.basis() != t.basis()) {
            return;
        }
        Set<String> builtInGaps = new java.util.TreeSet<>();
        b.missingFacts().forEach(m -> builtInGaps.add(m.field()));
        Set<String> tunedGaps = new java.util.TreeSet<>();
        t.missingFacts().forEach(m -> tunedGaps.add(m.field()));
        if (!builtInGaps.equals(tunedGaps)) {
            d.add("missingFacts", builtInGaps, tunedGaps, Kind.CHANGED);
        }
    }

    /** Whether an outcome rests on the entity's four-factor risk assessment. */
    private static boolean assessed(org.breachrules.api.Basis basis) {
        return basis == org.breachrules.api.Basis.LOW_PROBABILITY_OF_COMPROMISE
                || basis == org.breachrules.api.Basis.RISK_ASSESSMENT_NOT_LOW;
    }

    private static void notification(Diff d, String key, Notification b, Notification t, LocalDate clockStart) {
        if (b.delayedUntil() != null && Objects.equals(b.delayedUntil(), t.delayedUntil())
                && !Objects.equals(b.deadline(), t.deadline()) && b.deadline() != null && t.deadline() != null
                && !t.deadline().isBefore(clockStart)) {
            // The same law-enforcement hold, another deadline after it: how the 60 days run after a delay is an
            // interpretation 164.412 does not settle (the tolling switch), for counsel to confirm.
            d.add(key + ".deadline", b.deadline(), t.deadline(), Kind.CHANGED);
        } else if (t.deadline() != null && clockStart != null && t.deadline().isBefore(clockStart)
                && !Objects.equals(b.deadline(), t.deadline())) {
            // Not stricter: a deadline before the breach was even discovered is a broken value (a negative number
            // of days in a copied policy.drl, say), and no one could meet it.
            d.add(key + ".deadline", b.deadline(), t.deadline() + " (before the clock starts on " + clockStart
                    + ": a broken value)", Kind.BELOW_FEDERAL_FLOOR);
        } else {
            d.dates(key + ".deadline", b.deadline(), t.deadline(), true);
        }
        if (b.status() != t.status() && Objects.equals(b.deadline(), t.deadline())) {
            // Same deadline, another status: a duty the built-in rules settle and the tuned ones leave open, or back.
            d.add(key + ".status", b.status(), t.status(), Kind.CHANGED);
        }
        if (!Objects.equals(b.delayedUntil(), t.delayedUntil())) {
            // 164.412 binds both ways: the entity SHALL delay as law enforcement asks (no hold, or a shorter one,
            // goes below the floor, however much earlier the notice), and may not hold notice longer than asked.
            d.add(key + ".delayedUntil", b.delayedUntil(), t.delayedUntil(), Kind.BELOW_FEDERAL_FLOOR);
        }
        if (b.urgentTelephone() != t.urgentTelephone()) {
            // 164.404(d)(3): the entity MAY also telephone when misuse is imminent; the written notice stays owed.
            d.add(key + ".urgentTelephone", b.urgentTelephone(), t.urgentTelephone(),
                    b.urgentTelephone() ? Kind.CHANGED : Kind.STRICTER);
        }
        substituteNotice(d, key + ".substituteNotice", b.substituteNotice(), t.substituteNotice());
        Set<ContentCode> dropped = codes(b.content());
        dropped.removeAll(t.content());
        Set<ContentCode> added = codes(t.content());
        added.removeAll(b.content());
        if (!dropped.isEmpty()) {
            d.add(key + ".content", b.content(), t.content(), Kind.BELOW_FEDERAL_FLOOR);
        } else if (!added.isEmpty()) {
            d.add(key + ".content", b.content(), t.content(), Kind.STRICTER);
        }
        if (!Objects.equals(b.citation(), t.citation())) {
            d.add(key + ".citation", b.citation(), t.citation(), Kind.CHANGED);
        }
    }

    private static void substituteNotice(Diff d, String field, SubstituteNotice b, SubstituteNotice t) {
        if (Objects.equals(b, t)) {
            return;
        }
        if (b == null || t == null) {
            d.add(field, b, t, b == null ? Kind.STRICTER : Kind.BELOW_FEDERAL_FLOOR);
            return;
        }
        if (b.form() != t.form()) {
            boolean weaker = b.form() == SubstituteNoticeForm.CONSPICUOUS_WEB_POSTING_OR_MAJOR_MEDIA;
            d.add(field + ".form", b.form(), t.form(), weaker ? Kind.BELOW_FEDERAL_FLOOR : Kind.STRICTER);
        }
        d.counts(field + ".individuals", b.individuals(), t.individuals());
        d.counts(field + ".postingDays", b.postingDays(), t.postingDays());
        d.counts(field + ".tollFreeNumberDays", b.tollFreeNumberDays(), t.tollFreeNumberDays());
    }

    private static String describe(RiskAssessmentOutcome r) {
        return r == null ? null : "natureAndExtent " + r.natureAndExtent() + ", unauthorizedRecipient "
                + r.unauthorizedRecipient() + ", acquiredOrViewed " + r.acquiredOrViewed() + ", mitigation "
                + r.mitigation() + ", lowProbabilityOfCompromise " + r.lowProbabilityOfCompromise();
    }

    private static Map<String, Notification> byKey(List<Notification> notifications) {
        Map<String, Notification> map = new LinkedHashMap<>();
        for (Notification n : notifications) {
            String key = "notifications[" + n.recipient() + (n.jurisdiction() == null ? "" : " " + n.jurisdiction())
                    + "]";
            map.put(key, n);
        }
        return map;
    }

    private static Set<ContentCode> codes(List<ContentCode> codes) {
        Set<ContentCode> set = EnumSet.noneOf(ContentCode.class);
        set.addAll(codes);
        return set;
    }

    /** Collects the differences of one scenario. */
    private record Diff(String scenario, List<Difference> out) {
        void add(String field, Object builtIn, Object tuned, Kind kind) {
            out.add(new Difference(scenario, field, text(builtIn), text(tuned), kind));
        }

        /** A later date is below the floor when {@code laterIsLooser}; else a later date is stricter. */
        void dates(String field, LocalDate b, LocalDate t, boolean laterIsLooser) {
            if (Objects.equals(b, t)) {
                return;
            }
            boolean later = b != null && t != null && t.isAfter(b);
            boolean looser = (t == null) || (later == laterIsLooser);
            add(field, b, t, looser ? Kind.BELOW_FEDERAL_FLOOR : Kind.STRICTER);
        }

        /** Fewer individuals, posting days or phone days is below the floor; more is stricter. */
        void counts(String field, Integer b, Integer t) {
            if (Objects.equals(b, t)) {
                return;
            }
            boolean fewer = t == null || (b != null && t < b);
            add(field, b, t, fewer ? Kind.BELOW_FEDERAL_FLOOR : Kind.STRICTER);
        }

        private static String text(Object value) {
            return value == null ? "absent" : value.toString();
        }
    }
}
