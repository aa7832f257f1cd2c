package org.breachrules.drools.whatif;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Affected;
import org.breachrules.api.BreachType;
import org.breachrules.api.DataState;
import org.breachrules.api.Destruction;
import org.breachrules.api.DestructionMethod;
import org.breachrules.api.Encryption;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.ExceptionClaim;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.LawEnforcementDelay;
import org.breachrules.api.LawEnforcementStatement;
import org.breachrules.api.Location;
import org.breachrules.api.Mitigation;
import org.breachrules.api.PhiType;
import org.breachrules.api.RecipientType;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.Safeguards;
import org.breachrules.api.StatementForm;
import org.breachrules.api.WhatIfKind;
import org.breachrules.drools.facts.Policy;

/**
 * The fixed catalogue of one-fact changes (interchange format 1.2, "What-if, kinds"). A recorded fact is never
 * "changed": the catalogue only settles facts the incident leaves open (absent, unknown, an estimate, or named in
 * missingFacts), adds evidence the entity could still produce, and moves counts that sit near a threshold. It never
 * offers an exception the recorded facts exclude, another recipient category, the removal of a recorded PHI type or
 * deliberate misuse, an encryption standard that does not cover the data's state, a law-enforcement statement that
 * was not made, or another discovery date. Thresholds and risk sets come from the policy in force. The catalogue
 * only proposes changes; the rules decide what each one does.
 */
final class Catalogue {
    /** A count within this fraction of a threshold is "near" it. */
    private static final double NEAR = 0.10;

    private final Incident in;
    private final Policy policy;
    private final java.util.function.Function<Jurisdiction, java.util.SortedSet<Integer>> stateMinimums;
    private final List<Candidate> out = new ArrayList<>();

    private Catalogue(Incident incident, Policy policy,
                      java.util.function.Function<Jurisdiction, java.util.SortedSet<Integer>> stateMinimums) {
        this.in = incident;
        this.policy = policy;
        this.stateMinimums = stateMinimums;
    }

    /** The candidates for this incident, with federal thresholds only (no state data). */
    static List<Candidate> of(Incident incident, Policy policy) {
        return of(incident, policy, j -> new java.util.TreeSet<>());
    }

    /**
     * The candidates for this incident; a candidate equal to the incident itself is left out.
     *
     * @param stateMinimums the fewest residents that meet each state-law threshold of a state
     */
    static List<Candidate> of(Incident incident, Policy policy,
                              java.util.function.Function<Jurisdiction, java.util.SortedSet<Integer>> stateMinimums) {
        Catalogue c = new Catalogue(incident, policy, stateMinimums);
        c.safeguards();
        c.exceptions();
        c.riskAssessment();
        c.counts();
        c.delay();
        return c.out;
    }

    private void add(WhatIfKind kind, String field, String change, Incident.Builder changed) {
        Incident incident = changed.build();
        if (!incident.equals(in)) {
            out.add(new Candidate(field, change, incident, kind));
        }
    }

    // ---------------------------------------------------------------------------------------------- safe harbor

    private void safeguards() {
        Encryption encryption = in.safeguards() == null ? null : in.safeguards().encryption();
        Destruction destruction = in.safeguards() == null ? null : in.safeguards().destruction();
        if (encryption == null) {
            DataState state = inferredState();
            add(WhatIfKind.OPEN_FACT, "safeguards.encryption", "the PHI had been encrypted with a FIPS 140 validated"
                    + " module, the key not compromised and the data not decrypted when reached",
                    in.toBuilder().safeguards(new Safeguards(new Encryption(EncryptionStandard.FIPS_140_VALIDATED,
                            false, false, state), destruction)));
            if (state == DataState.AT_REST) {
                add(WhatIfKind.OPEN_FACT, "safeguards.encryption", "the PHI at rest had been encrypted to "
                        + Words.standard(EncryptionStandard.NIST_SP_800_111) + " with the key not compromised and"
                        + " not decrypted when reached",
                        in.toBuilder().safeguards(new Safeguards(new Encryption(EncryptionStandard.NIST_SP_800_111,
                                false, false, state), destruction)));
            }
        } else if (encryption.dataState() == null && encryption.standard() != null && inferredState() == null
                && stateSpecific(encryption.standard())) {
            for (DataState state : DataState.values()) {
                add(WhatIfKind.OPEN_FACT, "safeguards.encryption.dataState", "the PHI had been "
                        + (state == DataState.AT_REST ? "at rest" : "in motion") + " when reached",
                        in.toBuilder().safeguards(new Safeguards(new Encryption(encryption.standard(),
                                encryption.keyCompromised(), encryption.decryptedWhenCompromised(), state),
                                destruction)));
            }
        }
        if (destruction == null) {
            for (DestructionMethod method : DestructionMethod.values()) {
                add(WhatIfKind.OPEN_FACT, "safeguards.destruction", "the media had been " + Words.destruction(method),
                        in.toBuilder().safeguards(new Safeguards(encryption, new Destruction(method))));
            }
        }
    }

    private static boolean stateSpecific(EncryptionStandard standard) {
        return standard == EncryptionStandard.NIST_SP_800_111 || standard == EncryptionStandard.NIST_SP_800_52
                || standard == EncryptionStandard.NIST_SP_800_77 || standard == EncryptionStandard.NIST_SP_800_113;
    }

    /** At rest when every location is a device or store (paper aside), as safe-harbor.drl infers it; else null. */
    private DataState inferredState() {
        List<Location> where = in.locations();
        if (where.contains(Location.EMAIL) || where.contains(Location.OTHER)) {
            return null;
        }
        for (Location l : where) {
            if (l != Location.PAPER_FILMS && l != null) {
                return DataState.AT_REST;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------- exceptions

    private void exceptions() {
        ExceptionClaim claim = in.exception();
        if (claim != null) {
            ExceptionType t = claim.type();
            if (t != null && !excluded(t)) {
                open("exception.goodFaith", claim.goodFaith(), "the access or belief was in good faith",
                        new ExceptionClaim(t, true, claim.withinScopeOfAuthority(),
                                claim.recipientAuthorizedAtSameEntityOrOhca(),
                                claim.furtherImpermissibleUseOrDisclosure()));
                open("exception.withinScopeOfAuthority", claim.withinScopeOfAuthority(),
                        "the access was within the person's scope of authority",
                        new ExceptionClaim(t, claim.goodFaith(), true, claim.recipientAuthorizedAtSameEntityOrOhca(),
                                claim.furtherImpermissibleUseOrDisclosure()));
                open("exception.recipientAuthorizedAtSameEntityOrOhca", claim.recipientAuthorizedAtSameEntityOrOhca(),
                        "the recipient was authorized at the same entity or organized health care arrangement",
                        new ExceptionClaim(t, claim.goodFaith(), claim.withinScopeOfAuthority(), true,
                                claim.furtherImpermissibleUseOrDisclosure()));
                open("exception.furtherImpermissibleUseOrDisclosure", claim.furtherImpermissibleUseOrDisclosure(),
                        "the PHI led to no further impermissible use or disclosure",
                        new ExceptionClaim(t, claim.goodFaith(), claim.withinScopeOfAuthority(),
                                claim.recipientAuthorizedAtSameEntityOrOhca(), false));
            }
            return;
        }
        for (ExceptionType type : ExceptionType.values()) {
            if (!excluded(type)) {
                add(WhatIfKind.OPEN_FACT, "exception", "the " + exceptionName(type)
                        + " exception had been shown with every condition met",
                        in.toBuilder().exception(new ExceptionClaim(type, true, true, true, false)));
            }
        }
    }

    /** A condition of the asserted exception not given, settled to the value the exception needs. */
    private void open(String field, Boolean value, String change, ExceptionClaim settled) {
        if (value == null) {
            add(WhatIfKind.OPEN_FACT, field, change, in.toBuilder().exception(settled));
        }
    }

    /**
     * Whether the recorded facts exclude an exception: ransomware, hacking, theft or loss exclude (i) and (ii) (no
     * workforce member or authorized person acquired it); a malicious, unknown or public recipient excludes (iii)
     * (no good-faith belief it could not be retained); recorded deliberate misuse excludes (i).
     */
    private boolean excluded(ExceptionType type) {
        RiskAssessment ra = in.riskAssessment();
        RecipientType recipient = ra == null ? null : ra.recipient();
        boolean attack = in.ransomware() || in.breachType() == BreachType.HACKING_IT_INCIDENT
                || in.breachType() == BreachType.THEFT || in.breachType() == BreachType.LOSS;
        return switch (type) {
            case UNINTENTIONAL_WORKFORCE_ACCESS -> attack || (ra != null && ra.deliberateMisuseRecorded());
            case INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED -> attack;
            case RECIPIENT_COULD_NOT_RETAIN -> recipient == RecipientType.MALICIOUS_ACTOR
                    || recipient == RecipientType.UNKNOWN || recipient == RecipientType.PUBLIC;
        };
    }

    private static String exceptionName(ExceptionType type) {
        return switch (type) {
            case UNINTENTIONAL_WORKFORCE_ACCESS -> "unintentional workforce access (164.402(1)(i))";
            case INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED -> "inadvertent disclosure among authorized persons"
                    + " (164.402(1)(ii))";
            case RECIPIENT_COULD_NOT_RETAIN -> "recipient could not retain (164.402(1)(iii))";
        };
    }

    // ------------------------------------------------------------------------------------------- risk assessment

    private void riskAssessment() {
        RiskAssessment ra = in.riskAssessment();
        if (ra == null) {
            assessmentEvidence();
            return;
        }
        boolean ransomwareNeedsEvidence = in.ransomware() && !policy.isRansomwareAlwaysAcquires();
        if (ra.acquiredOrViewed() == AcquiredOrViewed.UNKNOWN) {
            add(WhatIfKind.OPEN_FACT, "riskAssessment.acquiredOrViewed", "evidence had shown the PHI was not acquired"
                    + " or viewed" + (ransomwareNeedsEvidence ? " (a forensic report referenced)" : ""),
                    withAssessment(ra, AcquiredOrViewed.NO, ra.mitigations(), ra.deliberateMisuse(),
                            ransomwareNeedsEvidence ? reference(ra) : ra.forensicEvidence()));
            add(WhatIfKind.OPEN_FACT, "riskAssessment.acquiredOrViewed", "the PHI had been shown to have been"
                    + " acquired or viewed",
                    withAssessment(ra, AcquiredOrViewed.YES, ra.mitigations(), ra.deliberateMisuse(),
                            ra.forensicEvidence()));
        } else if (ra.acquiredOrViewed() == AcquiredOrViewed.NO && ransomwareNeedsEvidence
                && ra.forensicEvidence() == null) {
            add(WhatIfKind.EVIDENCE, "riskAssessment.forensicEvidence", "a forensic report showing no exfiltration had"
                    + " been referenced", withAssessment(ra, ra.acquiredOrViewed(), ra.mitigations(),
                    ra.deliberateMisuse(), reference(ra)));
        }
        if (ra.deliberateMisuse() == null && in.exception() != null
                && in.exception().type() == ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS
                && Boolean.FALSE.equals(in.exception().goodFaith())) {
            add(WhatIfKind.OPEN_FACT, "riskAssessment.deliberateMisuse", "the assessment had recorded that the PHI was"
                    + " not misused on purpose", withAssessment(ra, ra.acquiredOrViewed(), ra.mitigations(),
                    Boolean.FALSE, ra.forensicEvidence()));
        }
        List<Mitigation> mitigations = ra.mitigations() == null ? List.of() : ra.mitigations();
        Set<Mitigation> evidence = EnumSet.noneOf(Mitigation.class);
        evidence.addAll(policy.getEffectiveMitigations());
        evidence.remove(Mitigation.CONFIDENTIALITY_ASSURANCE); // an assurance is the recipient's word, not evidence
        if (in.ransomware()) {
            evidence.retainAll(Set.of()); // nothing to retrieve from an attacker; a restore is named below
            if (!mitigations.contains(Mitigation.RESTORED_FROM_BACKUP)) {
                evidence.add(Mitigation.RESTORED_FROM_BACKUP);
            }
        }
        for (Mitigation m : evidence) {
            if (!mitigations.contains(m)) {
                List<Mitigation> changed = new ArrayList<>(mitigations);
                changed.remove(Mitigation.NONE);
                changed.add(m);
                add(WhatIfKind.EVIDENCE, "riskAssessment.mitigations", Words.mitigation(m),
                        withAssessment(ra, ra.acquiredOrViewed(), changed, ra.deliberateMisuse(),
                                ra.forensicEvidence()));
            }
        }
    }

    /** No assessment: a documented one, consistent with the recorded facts, as evidence the entity could produce. */
    private void assessmentEvidence() {
        PhiType lowType = first(outside(PhiType.class, policy.getHighRiskPhiTypes(), policy.getMediumRiskPhiTypes()),
                PhiType.NAME);
        if (in.ransomware()) {
            add(WhatIfKind.EVIDENCE, "riskAssessment", "a documented risk assessment had shown, on forensic evidence,"
                    + " that the ransomware did not acquire or view the PHI and the systems were restored from backup",
                    in.toBuilder().riskAssessment(new RiskAssessment(List.of(lowType), RecipientType.MALICIOUS_ACTOR,
                            AcquiredOrViewed.NO, List.of(Mitigation.RESTORED_FROM_BACKUP), null, null,
                            "forensic report")));
            return;
        }
        Mitigation mitigation = first(policy.getEffectiveMitigations(), Mitigation.RETRIEVED);
        add(WhatIfKind.EVIDENCE, "riskAssessment", "a documented risk assessment had shown the PHI was not acquired"
                + " or viewed and " + Words.mitigation(mitigation),
                in.toBuilder().riskAssessment(new RiskAssessment(List.of(lowType), RecipientType.UNKNOWN,
                        AcquiredOrViewed.NO, List.of(mitigation), null, null, null)));
    }

    private static String reference(RiskAssessment ra) {
        return ra.forensicEvidence() != null ? ra.forensicEvidence() : "forensic report";
    }

    private Incident.Builder withAssessment(RiskAssessment ra, AcquiredOrViewed seen, List<Mitigation> mitigations,
                                            Boolean misuse, String forensicEvidence) {
        return in.toBuilder().riskAssessment(new RiskAssessment(ra.phiTypes(), ra.recipient(), seen, mitigations,
                misuse, ra.completedOn(), forensicEvidence));
    }

    // ---------------------------------------------------------------------------------------------------- counts

    /** Counts that are estimates, or within 10 % of a threshold in force, moved to it and one short of it. */
    private void counts() {
        Affected a = in.affected();
        if (a == null) {
            return;
        }
        int hhs = policy.getHhsImmediateMinimum();
        if (a.total() != null && (a.totalIsEstimate() || near(a.total(), hhs))) {
            for (int total : new int[] {hhs, hhs - 1}) {
                add(WhatIfKind.THRESHOLD, "affected.total", total + " individuals had been affected in total",
                        in.toBuilder().affected(withCounts(a, total, a.byJurisdiction(), a.insufficientContactInfo())));
            }
        }
        for (Jurisdiction j : a.byJurisdiction().keySet()) {
            Integer now = a.byJurisdiction().get(j);
            java.util.SortedSet<Integer> minimums = new java.util.TreeSet<>(stateMinimums.apply(j));
            minimums.add(policy.getMediaMinimumResidents());
            for (int minimum : minimums) {
                if (now != null && (a.totalIsEstimate() || near(now, minimum))) {
                    residentsAt(a, j, now, minimum);
                }
            }
        }
        int substitute = policy.getSubstituteNoticeMinimum();
        Integer insufficient = a.insufficientContactInfo();
        WhatIfKind kind = insufficient == null ? WhatIfKind.OPEN_FACT
                : near(insufficient, substitute) ? WhatIfKind.THRESHOLD : null;
        if (kind != null) {
            for (int n : new int[] {substitute, substitute - 1, 0}) {
                if (n >= 0) {
                    add(kind, "affected.insufficientContactInfo", n + " individuals had had insufficient or"
                            + " out-of-date contact information",
                            in.toBuilder().affected(withCounts(a, a.total(), a.byJurisdiction(), n)));
                }
            }
        }
    }

    /** The residents of one state moved to a threshold's minimum and one short of it (the total moves with them). */
    private void residentsAt(Affected a, Jurisdiction j, int now, int minimum) {
        for (int residents : new int[] {minimum, minimum - 1}) {
            if (residents < 0) {
                continue;
            }
            Map<Jurisdiction, Integer> states = new LinkedHashMap<>(a.byJurisdiction());
            states.put(j, residents);
            Integer total = a.total() == null ? null : a.total() + residents - now;
            add(WhatIfKind.THRESHOLD, "affected.byJurisdiction." + j, residents + " residents of " + j
                    + " had been affected" + (total == null ? "" : " (" + total + " in total)"),
                    in.toBuilder().affected(withCounts(a, total, states, a.insufficientContactInfo())));
        }
    }

    /** Within 10 % of the threshold (at least one either side). */
    private static boolean near(int count, int threshold) {
        return Math.abs(count - threshold) <= Math.max(1, Math.round(threshold * NEAR));
    }

    private static Affected withCounts(Affected a, Integer total, Map<Jurisdiction, Integer> states,
                                       Integer insufficient) {
        return new Affected(total, states, insufficient, a.imminentMisuse(), a.totalIsEstimate(), a.deceased(),
                a.deceasedWithoutNextOfKinContact());
    }

    // ---------------------------------------------------------------------------------------- law enforcement

    /**
     * A written statement recorded without its period: the period obtained in writing (evidence), 30 days past the
     * individuals' deadline. No statement is ever invented.
     */
    private void delay() {
        LawEnforcementDelay delay = in.lawEnforcementDelay();
        if (delay == null || in.discoveredOn() == null) {
            return;
        }
        List<LawEnforcementStatement> all = delay.allStatements();
        for (int i = 0; i < all.size(); i++) {
            LawEnforcementStatement s = all.get(i);
            if (s == null || s.form() != StatementForm.WRITTEN || s.delayUntil() != null || s.statedOn() == null) {
                continue;
            }
            java.time.LocalDate until = in.discoveredOn().plusDays(policy.getIndividualNoticeDays() + 30L);
            if (!until.isAfter(s.statedOn())) {
                continue;
            }
            LawEnforcementStatement withPeriod = new LawEnforcementStatement(s.form(), s.statedOn(), s.official(),
                    until);
            LawEnforcementDelay changed;
            String field;
            if (!delay.statements().isEmpty()) {
                List<LawEnforcementStatement> list = new ArrayList<>(delay.statements());
                list.set(i, withPeriod);
                changed = LawEnforcementDelay.of(list);
                field = "lawEnforcementDelay.statements[" + i + "].delayUntil";
            } else {
                changed = new LawEnforcementDelay(delay.oral(),
                        new org.breachrules.api.WrittenStatement(s.statedOn(), until));
                field = "lawEnforcementDelay.written.delayUntil";
            }
            add(WhatIfKind.EVIDENCE, field, "the official had given the period in writing, until " + until,
                    in.toBuilder().lawEnforcementDelay(changed));
        }
    }

    /** The values of the type in neither set, in declaration order. */
    private static <E extends Enum<E>> Set<E> outside(Class<E> type, Set<E> a, Set<E> b) {
        Set<E> rest = EnumSet.allOf(type);
        rest.removeAll(a);
        rest.removeAll(b);
        return rest;
    }

    private static <E extends Enum<E>> E first(Set<E> set, E fallback) {
        return set.isEmpty() ? fallback : set.iterator().next();
    }
}
