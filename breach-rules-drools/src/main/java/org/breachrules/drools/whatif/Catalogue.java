package org.breachrules.drools.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Affected;
import org.breachrules.api.DestructionMethod;
import org.breachrules.api.Destruction;
import org.breachrules.api.Encryption;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.ExceptionClaim;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.LawEnforcementDelay;
import org.breachrules.api.Mitigation;
import org.breachrules.api.PhiType;
import org.breachrules.api.RecipientType;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.Safeguards;
import org.breachrules.api.WrittenStatement;
import org.breachrules.drools.facts.Policy;

/**
 * The fixed catalogue of one-fact changes, in the decision order of the rules: scope, safe harbor, exceptions,
 * election, risk assessment, counts against every threshold, discovery date, law-enforcement delay. Thresholds and
 * risk sets come from the policy in force, so tuned rules get tuned what-ifs. The catalogue only proposes changes;
 * the rules decide what each one does. Encryption standards and destruction methods are all tried, so a tuned
 * safe-harbor file gets its own answer too.
 */
final class Catalogue {
    private final Incident in;
    private final Policy policy;
    private final List<Candidate> out = new ArrayList<>();

    private Catalogue(Incident incident, Policy policy) {
        this.in = incident;
        this.policy = policy;
    }

    /** The candidates for this incident; a candidate equal to the incident itself is left out. */
    static List<Candidate> of(Incident incident, Policy policy) {
        Catalogue c = new Catalogue(incident, policy);
        c.scope();
        c.safeguards();
        c.exceptions();
        c.election();
        c.riskAssessment();
        c.counts();
        c.discovery();
        c.delay();
        return c.out;
    }

    private void add(String field, String change, Incident.Builder changed) {
        Incident incident = changed.build();
        if (!incident.equals(in)) {
            out.add(new Candidate(field, change, incident));
        }
    }

    private void scope() {
        if (!Boolean.FALSE.equals(in.phiInvolved())) {
            add("phiInvolved", "no protected health information was involved", in.toBuilder().phiInvolved(false));
        } else {
            add("phiInvolved", "protected health information was involved", in.toBuilder().phiInvolved(true));
        }
        if (!Boolean.TRUE.equals(in.permittedByPrivacyRule())) {
            add("permittedByPrivacyRule", "the use or disclosure was permitted by the Privacy Rule",
                    in.toBuilder().permittedByPrivacyRule(true));
        } else {
            add("permittedByPrivacyRule", "the use or disclosure was not permitted by the Privacy Rule",
                    in.toBuilder().permittedByPrivacyRule(false));
        }
    }

    private void safeguards() {
        Encryption encryption = in.safeguards() == null ? null : in.safeguards().encryption();
        Destruction destruction = in.safeguards() == null ? null : in.safeguards().destruction();
        for (EncryptionStandard standard : EncryptionStandard.values()) {
            if (standard != EncryptionStandard.NONE) {
                add("safeguards.encryption", "the PHI had been encrypted to " + Words.standard(standard)
                        + " with the key not compromised and not decrypted when reached",
                        in.toBuilder().safeguards(new Safeguards(new Encryption(standard, false, false), destruction)));
            }
        }
        if (encryption != null && encryption.standard() != EncryptionStandard.NONE) {
            add("safeguards.encryption", "the PHI had not been encrypted",
                    in.toBuilder().safeguards(new Safeguards(null, destruction)));
            add("safeguards.encryption.keyCompromised", "the encryption key had been compromised",
                    in.toBuilder().safeguards(new Safeguards(
                            new Encryption(encryption.standard(), true, encryption.decryptedWhenCompromised()),
                            destruction)));
            add("safeguards.encryption.decryptedWhenCompromised", "the PHI had been decrypted when it was reached",
                    in.toBuilder().safeguards(new Safeguards(
                            new Encryption(encryption.standard(), encryption.keyCompromised(), true), destruction)));
        }
        for (DestructionMethod method : DestructionMethod.values()) {
            add("safeguards.destruction", "the media had been " + Words.destruction(method),
                    in.toBuilder().safeguards(new Safeguards(encryption, new Destruction(method))));
        }
        if (destruction != null) {
            add("safeguards.destruction", "the media had not been destroyed",
                    in.toBuilder().safeguards(new Safeguards(encryption, null)));
        }
    }

    private void exceptions() {
        ExceptionClaim claim = in.exception();
        if (claim != null) {
            ExceptionType t = claim.type();
            condition("exception.goodFaith", claim.goodFaith(), "was in good faith", "was not in good faith",
                    v -> new ExceptionClaim(t, v, claim.withinScopeOfAuthority(),
                            claim.recipientAuthorizedAtSameEntityOrOhca(), claim.furtherImpermissibleUseOrDisclosure()),
                    true);
            condition("exception.withinScopeOfAuthority", claim.withinScopeOfAuthority(),
                    "was within the person's scope of authority", "was outside the person's scope of authority",
                    v -> new ExceptionClaim(t, claim.goodFaith(), v, claim.recipientAuthorizedAtSameEntityOrOhca(),
                            claim.furtherImpermissibleUseOrDisclosure()), true);
            condition("exception.recipientAuthorizedAtSameEntityOrOhca", claim.recipientAuthorizedAtSameEntityOrOhca(),
                    "went to a person authorized at the same entity or organized health care arrangement",
                    "went to a person not authorized at the same entity or arrangement",
                    v -> new ExceptionClaim(t, claim.goodFaith(), claim.withinScopeOfAuthority(), v,
                            claim.furtherImpermissibleUseOrDisclosure()), true);
            condition("exception.furtherImpermissibleUseOrDisclosure", claim.furtherImpermissibleUseOrDisclosure(),
                    "led to further impermissible use or disclosure", "led to no further impermissible use or disclosure",
                    v -> new ExceptionClaim(t, claim.goodFaith(), claim.withinScopeOfAuthority(),
                            claim.recipientAuthorizedAtSameEntityOrOhca(), v), false);
        }
        for (ExceptionType type : ExceptionType.values()) {
            if (claim == null || claim.type() != type) {
                add("exception", "the " + exceptionName(type) + " exception had been shown with every condition met",
                        in.toBuilder().exception(new ExceptionClaim(type, true, true, true, false)));
            }
        }
        if (claim != null) {
            add("exception", "no exception had been asserted", in.toBuilder().exception(null));
        }
    }

    /** A condition of the asserted exception flipped; an unknown one set to the value the exception needs. */
    private void condition(String field, Boolean value, String whenTrue, String whenFalse,
                           java.util.function.Function<Boolean, ExceptionClaim> with, boolean needed) {
        boolean next = value == null ? needed : !value;
        add(field, "the disclosure " + (next ? whenTrue : whenFalse), in.toBuilder().exception(with.apply(next)));
    }

    private static String exceptionName(ExceptionType type) {
        return switch (type) {
            case UNINTENTIONAL_WORKFORCE_ACCESS -> "unintentional workforce access (164.402(1)(i))";
            case INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED -> "inadvertent disclosure among authorized persons"
                    + " (164.402(1)(ii))";
            case RECIPIENT_COULD_NOT_RETAIN -> "recipient could not retain (164.402(1)(iii))";
        };
    }

    private void election() {
        add("electedToNotify", in.electedToNotify() ? "the entity had not elected to notify without an assessment"
                : "the entity had elected to treat it as a breach and notify",
                in.toBuilder().electedToNotify(!in.electedToNotify()));
    }

    private void riskAssessment() {
        RiskAssessment ra = in.riskAssessment();
        if (ra == null) {
            PhiType lowType = first(outside(PhiType.class, policy.getHighRiskPhiTypes(),
                    policy.getMediumRiskPhiTypes()), PhiType.NAME);
            RecipientType lowRecipient = first(policy.getLowRiskRecipients(), RecipientType.HIPAA_COVERED_ENTITY);
            Mitigation mitigation = first(policy.getEffectiveMitigations(), Mitigation.RETRIEVED);
            add("riskAssessment", "a documented risk assessment had shown a low probability on every factor (PHI "
                    + lowType + " only, recipient " + Words.recipient(lowRecipient)
                    + ", not acquired or viewed, " + Words.mitigation(mitigation) + ")",
                    in.toBuilder().riskAssessment(new RiskAssessment(List.of(lowType), lowRecipient,
                            AcquiredOrViewed.NO, List.of(mitigation), false, null)));
            return;
        }
        recipientSteps(ra);
        AcquiredOrViewed seen = ra.acquiredOrViewed() == AcquiredOrViewed.NO ? AcquiredOrViewed.YES : AcquiredOrViewed.NO;
        add("riskAssessment.acquiredOrViewed", seen == AcquiredOrViewed.NO
                ? "the PHI had been shown not to have been acquired or viewed"
                : "the PHI had been acquired or viewed", withAssessment(ra, ra.phiTypes(), ra.recipient(), seen,
                ra.mitigations(), ra.deliberateMisuse()));
        List<Mitigation> mitigations = ra.mitigations() == null ? List.of() : ra.mitigations();
        for (Mitigation m : policy.getEffectiveMitigations()) {
            List<Mitigation> changed = new ArrayList<>(mitigations);
            changed.remove(Mitigation.NONE);
            String change;
            if (mitigations.contains(m)) {
                changed.remove(m);
                change = "it could not be shown that " + Words.mitigation(m);
                if (changed.isEmpty()) {
                    changed.add(Mitigation.NONE);
                }
            } else {
                changed.add(m);
                change = Words.mitigation(m);
            }
            add("riskAssessment.mitigations", change, withAssessment(ra, ra.phiTypes(), ra.recipient(),
                    ra.acquiredOrViewed(), changed, ra.deliberateMisuse()));
        }
        List<PhiType> types = ra.phiTypes() == null ? List.of() : ra.phiTypes();
        List<PhiType> high = types.stream().filter(policy.getHighRiskPhiTypes()::contains).toList();
        if (!high.isEmpty()) {
            List<PhiType> rest = new ArrayList<>(types);
            rest.removeAll(high);
            add("riskAssessment.phiTypes", "the PHI had not included " + Words.codes(high),
                    withAssessment(ra, rest, ra.recipient(), ra.acquiredOrViewed(), ra.mitigations(),
                            ra.deliberateMisuse()));
        } else if (!policy.getHighRiskPhiTypes().isEmpty()) {
            PhiType added = policy.getHighRiskPhiTypes().iterator().next();
            List<PhiType> more = new ArrayList<>(types);
            more.add(added);
            add("riskAssessment.phiTypes", "the PHI had also included " + added,
                    withAssessment(ra, more, ra.recipient(), ra.acquiredOrViewed(), ra.mitigations(),
                            ra.deliberateMisuse()));
        }
        add("riskAssessment.deliberateMisuse", ra.deliberateMisuse() ? "no deliberate misuse had been recorded"
                : "the assessment had recorded deliberate misuse", withAssessment(ra, ra.phiTypes(), ra.recipient(),
                ra.acquiredOrViewed(), ra.mitigations(), !ra.deliberateMisuse()));
    }

    /** The recipient moved one step down and one step up the policy's risk ladder (low, medium, high). */
    private void recipientSteps(RiskAssessment ra) {
        Set<RecipientType> low = policy.getLowRiskRecipients();
        Set<RecipientType> medium = policy.getMediumRiskRecipients();
        Set<RecipientType> high = outside(RecipientType.class, low, medium);
        high.remove(RecipientType.UNKNOWN);
        int level = ra.recipient() != null && low.contains(ra.recipient()) ? 0
                : ra.recipient() != null && medium.contains(ra.recipient()) ? 1 : 2;
        List<Set<RecipientType>> ladder = List.of(low, medium, high);
        for (int step : new int[] {level - 1, level + 1}) {
            if (step >= 0 && step < ladder.size() && !ladder.get(step).isEmpty()) {
                RecipientType r = ladder.get(step).iterator().next();
                add("riskAssessment.recipient", "the recipient had been " + Words.recipient(r),
                        withAssessment(ra, ra.phiTypes(), r, ra.acquiredOrViewed(), ra.mitigations(),
                                ra.deliberateMisuse()));
            }
        }
    }

    private Incident.Builder withAssessment(RiskAssessment ra, List<PhiType> types, RecipientType recipient,
                                            AcquiredOrViewed seen, List<Mitigation> mitigations, boolean misuse) {
        return in.toBuilder().riskAssessment(new RiskAssessment(types, recipient, seen, mitigations, misuse,
                ra.completedOn()));
    }

    /** Counts moved to each threshold in force and one short of it. */
    private void counts() {
        Affected a = in.affected();
        if (a == null) {
            return;
        }
        int hhs = policy.getHhsImmediateMinimum();
        for (int total : new int[] {hhs, hhs - 1}) {
            add("affected.total", total + " individuals had been affected in total",
                    in.toBuilder().affected(withCounts(a, total, a.byJurisdiction(), a.insufficientContactInfo())));
        }
        int media = policy.getMediaMinimumResidents();
        for (Jurisdiction j : a.byJurisdiction().keySet()) {
            int now = a.byJurisdiction().get(j);
            for (int residents : new int[] {media, media - 1}) {
                Map<Jurisdiction, Integer> states = new LinkedHashMap<>(a.byJurisdiction());
                states.put(j, residents);
                Integer total = a.total() == null ? null : a.total() + residents - now;
                add("affected.byJurisdiction." + j, residents + " residents of " + j + " had been affected"
                        + (total == null ? "" : " (" + total + " in total)"),
                        in.toBuilder().affected(withCounts(a, total, states, a.insufficientContactInfo())));
            }
        }
        int substitute = policy.getSubstituteNoticeMinimum();
        for (int insufficient : new int[] {substitute, substitute - 1}) {
            if (insufficient >= 0) {
                add("affected.insufficientContactInfo", insufficient + " individuals had had insufficient or"
                        + " out-of-date contact information",
                        in.toBuilder().affected(withCounts(a, a.total(), a.byJurisdiction(), insufficient)));
            }
        }
    }

    private static Affected withCounts(Affected a, Integer total, Map<Jurisdiction, Integer> states,
                                       Integer insufficient) {
        return new Affected(total, states, insufficient, a.imminentMisuse(), a.totalIsEstimate(), a.deceased(),
                a.deceasedWithoutNextOfKinContact());
    }

    /**
     * The discovery date moved across a year end, to the last day of the year before and the first day of the year
     * after (the HHS annual log, 164.408(c)). A date the validator refuses (after the evaluation date, or before the
     * incident occurred) is not tried.
     */
    private void discovery() {
        LocalDate d = in.discoveredOn();
        if (d == null) {
            return;
        }
        for (LocalDate other : List.of(LocalDate.of(d.getYear() - 1, 12, 31), LocalDate.of(d.getYear() + 1, 1, 1))) {
            add("discoveredOn", "the breach had been discovered on " + other, in.toBuilder().discoveredOn(other));
        }
    }

    /** A written law-enforcement statement documented, delaying notice to 30 days past the individuals' deadline. */
    private void delay() {
        LocalDate d = in.discoveredOn();
        if (d == null || in.lawEnforcementDelay() != null) {
            return;
        }
        LocalDate until = d.plusDays(policy.getIndividualNoticeDays() + 30L);
        add("lawEnforcementDelay", "a law-enforcement official had stated in writing on " + d + " that notice would"
                + " impede an investigation until " + until,
                in.toBuilder().lawEnforcementDelay(new LawEnforcementDelay(null, new WrittenStatement(d, until))));
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
