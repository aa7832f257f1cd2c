package org.breachrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Affected;
import org.breachrules.api.Basis;
import org.breachrules.api.Determination;
import org.breachrules.api.Destruction;
import org.breachrules.api.DestructionMethod;
import org.breachrules.api.Encryption;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.ExceptionClaim;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Finding;
import org.breachrules.api.Impact;
import org.breachrules.api.MissingFact;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.LawEnforcementDelay;
import org.breachrules.api.Mitigation;
import org.breachrules.api.Notification;
import org.breachrules.api.OralStatement;
import org.breachrules.api.Phase;
import org.breachrules.api.PhiType;
import org.breachrules.api.Recipient;
import org.breachrules.api.RecipientType;
import org.breachrules.api.Reporter;
import org.breachrules.api.ResponseAction;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.Role;
import org.breachrules.api.Safeguards;
import org.breachrules.api.WrittenStatement;
import org.breachrules.drools.Engine;

/**
 * The shared fixture of the rule tests: a valid baseline incident that each test varies with {@code toBuilder()},
 * and small assertions that read like the regulation. Every date is explicit: nothing depends on today, the time
 * zone or the locale.
 */
final class Incidents {
    /** The DRL package: every rule name is looked up in it. */
    static final String RULES_PACKAGE = "org.breachrules.rules";

    /** The baseline's discovery date, a Monday. */
    static final LocalDate DISCOVERED = LocalDate.of(2027, 3, 1);
    /** The baseline's evaluation date. */
    static final LocalDate AS_OF = LocalDate.of(2027, 3, 2);
    /** DISCOVERED + 60 calendar days. */
    static final LocalDate DAY_60 = LocalDate.of(2027, 4, 30);
    /** 31 December 2027 + 60 days (2028 is a leap year). */
    static final LocalDate HHS_ANNUAL_2027 = LocalDate.of(2028, 2, 29);

    private Incidents() {
    }

    /**
     * A covered entity's breach: PHI involved, not permitted, unsecured, no exception, no risk assessment,
     * discovered 2027-03-01, 100 individuals affected, all residents of Ohio.
     */
    static Incident baseline() {
        return Incident.builder()
                .id("INC-1")
                .reporter(Reporter.of(Role.COVERED_ENTITY))
                .discoveredOn(DISCOVERED)
                .phiInvolved(true)
                .permittedByPrivacyRule(false)
                .affected(inOhio(100))
                .build();
    }

    /** The baseline changed by a builder step. */
    static Incident.Builder given() {
        return baseline().toBuilder();
    }

    // ---- building blocks ----------------------------------------------------------------------------------------

    static Affected inOhio(int n) {
        return new Affected(n, Map.of(Jurisdiction.OH, n), null, false);
    }

    /** {@code total} affected, with residents per jurisdiction given as pairs: (OH, 501, NY, 20). */
    static Affected affected(int total, Object... jurisdictionCounts) {
        Map<Jurisdiction, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < jurisdictionCounts.length; i += 2) {
            map.put((Jurisdiction) jurisdictionCounts[i], (Integer) jurisdictionCounts[i + 1]);
        }
        return new Affected(total, map, null, false);
    }

    static Affected withInsufficientContact(int total, int insufficient) {
        return new Affected(total, Map.of(Jurisdiction.OH, total), insufficient, false);
    }

    static Reporter businessAssociate(Integer contractualDays) {
        return new Reporter(Role.BUSINESS_ASSOCIATE, null, contractualDays);
    }

    static ExceptionClaim exception(ExceptionType type, Boolean goodFaith, Boolean withinScope,
                                    Boolean recipientAuthorized, Boolean furtherUse) {
        return new ExceptionClaim(type, goodFaith, withinScope, recipientAuthorized, furtherUse);
    }

    /** Encryption with the data's state the standard covers (1.2): at rest for SP 800-111, in motion for the others. */
    static Safeguards encryption(EncryptionStandard standard, boolean keyCompromised, boolean decrypted) {
        org.breachrules.api.DataState state = standard == EncryptionStandard.NIST_SP_800_111
                ? org.breachrules.api.DataState.AT_REST
                : standard == EncryptionStandard.NIST_SP_800_52 || standard == EncryptionStandard.NIST_SP_800_77
                || standard == EncryptionStandard.NIST_SP_800_113 ? org.breachrules.api.DataState.IN_MOTION : null;
        return new Safeguards(new Encryption(standard, keyCompromised, decrypted, state), null);
    }

    static Safeguards destruction(DestructionMethod method) {
        return new Safeguards(null, new Destruction(method));
    }

    static RiskAssessment assessment(List<PhiType> phiTypes, RecipientType recipient, AcquiredOrViewed acquired,
                                     Mitigation... mitigations) {
        return new RiskAssessment(phiTypes, recipient, acquired, Arrays.asList(mitigations));
    }

    /** An assessment that demonstrates a low probability both ways: not viewed, trusted recipient, retrieved. */
    static RiskAssessment lowRiskAssessment() {
        return assessment(List.of(PhiType.NAME), RecipientType.HIPAA_COVERED_ENTITY, AcquiredOrViewed.NO,
                Mitigation.RETRIEVED);
    }

    /** An assessment that shows nothing low: SSNs taken by a malicious actor, nothing mitigated. */
    static RiskAssessment highRiskAssessment() {
        return assessment(List.of(PhiType.SSN), RecipientType.MALICIOUS_ACTOR, AcquiredOrViewed.YES,
                Mitigation.NONE);
    }

    static LawEnforcementDelay oral(LocalDate statedOn, String official) {
        return new LawEnforcementDelay(new OralStatement(statedOn, official), null);
    }

    static LawEnforcementDelay written(LocalDate statedOn, LocalDate delayUntil) {
        return new LawEnforcementDelay(null, new WrittenStatement(statedOn, delayUntil));
    }

    static LawEnforcementDelay oralThenWritten(LocalDate oralOn, String official, LocalDate writtenOn,
                                               LocalDate delayUntil) {
        return new LawEnforcementDelay(new OralStatement(oralOn, official), new WrittenStatement(writtenOn, delayUntil));
    }

    // ---- evaluation ---------------------------------------------------------------------------------------------

    static Determination determine(Incident incident) {
        return determine(incident, AS_OF);
    }

    static Determination determine(Incident incident, LocalDate asOf) {
        return Engine.builtIn().determine(incident, asOf);
    }

    static Determination determine(Incident.Builder builder) {
        return determine(builder.build(), AS_OF);
    }

    static Determination determine(Incident.Builder builder, LocalDate asOf) {
        return determine(builder.build(), asOf);
    }

    /**
     * The incident determined by the built-in rules under an organisation's {@code policy.properties} (one
     * {@code name = value} a line), as of {@link #AS_OF}.
     */
    static Determination determineTuned(String policyProperties, Incident.Builder builder) {
        try (org.breachrules.drools.DroolsBreachDeterminer tuned = org.breachrules.drools.DroolsBreachDeterminer
                .builder().policy("policy.properties", policyProperties + "\n").build()) {
            return tuned.determine(builder.build(), AS_OF);
        }
    }

    // ---- assertions ---------------------------------------------------------------------------------------------

    /** Fails unless the rule exists in the DRL package, so a misspelt name never passes as "not fired". */
    static void assertRuleExists(String rule) {
        assertTrue(Engine.hasRule(RULES_PACKAGE, rule), () -> "no rule named \"" + rule
                + "\" in " + RULES_PACKAGE);
    }

    static Finding finding(Determination d, String rule) {
        assertRuleExists(rule);
        return d.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseGet(() -> fail("expected a finding from \"" + rule + "\"; findings were:\n  " + rules(d)));
    }

    static void assertFired(Determination d, String rule) {
        Finding f = finding(d, rule);
        assertFalse(f.citation().isBlank(), () -> "finding of \"" + rule + "\" has no citation");
        assertFalse(f.message().isBlank(), () -> "finding of \"" + rule + "\" has no message");
    }

    static void assertNotFired(Determination d, String rule) {
        assertRuleExists(rule);
        assertTrue(d.findings().stream().noneMatch(f -> f.rule().equals(rule)),
                () -> "expected no finding from \"" + rule + "\"; findings were:\n  " + rules(d));
    }

    static void assertBasis(Determination d, Basis basis) {
        assertEquals(basis, d.basis(), () -> "basis; findings were:\n  " + rules(d));
        assertEquals(basis.breach(), d.breach(), "breach");
    }

    static String rules(Determination d) {
        return d.findings().stream().map(Finding::rule).collect(Collectors.joining("\n  "));
    }

    static List<Notification> notifications(Determination d, Recipient recipient) {
        return d.notifications().stream().filter(n -> n.recipient() == recipient).toList();
    }

    /** The one notification to {@code recipient}; fails when there is none or more than one. */
    static Notification notification(Determination d, Recipient recipient) {
        List<Notification> found = notifications(d, recipient);
        assertEquals(1, found.size(), () -> "notifications to " + recipient + ": " + d.notifications());
        return found.get(0);
    }

    static void assertNoNotification(Determination d, Recipient recipient) {
        assertTrue(notifications(d, recipient).isEmpty(),
                () -> "expected no notification to " + recipient + ": " + d.notifications());
    }

    static Notification mediaNotice(Determination d, Jurisdiction jurisdiction) {
        return notifications(d, Recipient.MEDIA).stream().filter(n -> n.jurisdiction() == jurisdiction)
                .findFirst().orElseGet(() -> fail("no media notice for " + jurisdiction + ": " + d.notifications()));
    }

    /** Fails unless an action of the phase contains the text. */
    static ResponseAction assertAction(Determination d, Phase phase, String text) {
        return d.actions().stream().filter(a -> a.phase() == phase && a.action().contains(text)).findFirst()
                .orElseGet(() -> fail("expected a " + phase + " action containing \"" + text + "\"; actions were:\n  "
                        + d.actions().stream().map(ResponseAction::toString).collect(Collectors.joining("\n  "))));
    }

    /** Fails unless the determination names {@code field} as missing, with exactly these impacts. */
    static MissingFact assertMissing(Determination d, String field, Impact... couldChange) {
        MissingFact m = d.missingFacts().stream().filter(f -> f.field().equals(field)).findFirst()
                .orElseGet(() -> fail("expected a missing fact " + field + "; missing facts were: "
                        + d.missingFacts().stream().map(MissingFact::field).toList()));
        assertEquals(List.of(couldChange), m.couldChange(), field);
        assertFalse(m.message().isBlank(), field);
        assertTrue(m.message().contains("45 CFR"), () -> field + ": the message names its citation");
        return m;
    }

    static void assertNotMissing(Determination d, String field) {
        assertTrue(d.missingFacts().stream().noneMatch(f -> f.field().equals(field)),
                () -> "expected no missing fact " + field + ": " + d.missingFacts());
    }

    /** Every field an UNDETERMINED entry depends on is listed in missingFacts (the contract's invariant). */
    static void assertDependsOnAreMissing(Determination d) {
        for (Notification n : d.notifications()) {
            assertEquals(n.status() == NotificationStatus.UNDETERMINED, !n.dependsOn().isEmpty(), n.toString());
            for (String field : n.dependsOn()) {
                assertTrue(d.missingFacts().stream().anyMatch(f -> f.field().equals(field)),
                        () -> field + " is not in missingFacts: " + d.missingFacts());
            }
        }
    }

    static Affected unassigned(int total, Object... jurisdictionCounts) {
        Affected a = affected(total, jurisdictionCounts);
        return new Affected(total, a.byJurisdiction(), 0, false);
    }

    static void assertNoAction(Determination d, String text) {
        assertTrue(d.actions().stream().noneMatch(a -> a.action().contains(text)),
                () -> "expected no action containing \"" + text + "\"; actions were: " + d.actions());
    }
}
