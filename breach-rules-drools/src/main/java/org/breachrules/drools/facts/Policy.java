package org.breachrules.drools.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Mitigation;
import org.breachrules.api.PhiType;
import org.breachrules.api.RecipientType;

/**
 * Every tunable value of the rules, set in one place: {@code policy.drl}. Rules read it; none hard-codes a number.
 * {@link Builder#build()} refuses a policy with a value missing, so deleting a line from {@code policy.drl} is an
 * error, never a silent zero. Immutable once built. The sets are enum sets: asking whether a missing value (null) is
 * in one answers false, so a rule never fails on an incident that has no risk assessment.
 */
public final class Policy {
    private final int individualNoticeDays;
    private final int mediaNoticeDays;
    private final int hhsNoticeDays;
    private final int hhsAnnualDaysAfterYearEnd;
    private final int businessAssociateNoticeDays;
    private final int hhsImmediateThreshold;
    private final boolean hhsImmediateThresholdInclusive;
    private final int mediaThreshold;
    private final boolean mediaThresholdStrict;
    private final int substituteNoticeThreshold;
    private final int substitutePostingDays;
    private final int tollFreeNumberDays;
    private final int retentionYears;
    private final int oralDelayDays;
    private final boolean tollDeadlinesDuringDelay;
    private final Set<PhiType> highRiskPhiTypes;
    private final Set<PhiType> mediumRiskPhiTypes;
    private final Set<RecipientType> lowRiskRecipients;
    private final Set<RecipientType> mediumRiskRecipients;
    private final Set<Mitigation> effectiveMitigations;
    private final Set<Mitigation> containmentMitigations;

    private Policy(Builder b) {
        individualNoticeDays = b.individualNoticeDays;
        mediaNoticeDays = b.mediaNoticeDays;
        hhsNoticeDays = b.hhsNoticeDays;
        hhsAnnualDaysAfterYearEnd = b.hhsAnnualDaysAfterYearEnd;
        businessAssociateNoticeDays = b.businessAssociateNoticeDays;
        hhsImmediateThreshold = b.hhsImmediateThreshold;
        hhsImmediateThresholdInclusive = b.hhsImmediateThresholdInclusive;
        mediaThreshold = b.mediaThreshold;
        mediaThresholdStrict = b.mediaThresholdStrict;
        substituteNoticeThreshold = b.substituteNoticeThreshold;
        substitutePostingDays = b.substitutePostingDays;
        tollFreeNumberDays = b.tollFreeNumberDays;
        retentionYears = b.retentionYears;
        oralDelayDays = b.oralDelayDays;
        tollDeadlinesDuringDelay = b.tollDeadlinesDuringDelay;
        highRiskPhiTypes = Collections.unmodifiableSet(EnumSet.copyOf(b.highRiskPhiTypes));
        mediumRiskPhiTypes = Collections.unmodifiableSet(EnumSet.copyOf(b.mediumRiskPhiTypes));
        lowRiskRecipients = Collections.unmodifiableSet(EnumSet.copyOf(b.lowRiskRecipients));
        mediumRiskRecipients = Collections.unmodifiableSet(EnumSet.copyOf(b.mediumRiskRecipients));
        effectiveMitigations = Collections.unmodifiableSet(EnumSet.copyOf(b.effectiveMitigations));
        containmentMitigations = Collections.unmodifiableSet(EnumSet.copyOf(b.containmentMitigations));
    }

    public static Builder builder() {
        return new Builder();
    }

    public int getIndividualNoticeDays() { return individualNoticeDays; }
    public int getMediaNoticeDays() { return mediaNoticeDays; }
    public int getHhsNoticeDays() { return hhsNoticeDays; }
    public int getHhsAnnualDaysAfterYearEnd() { return hhsAnnualDaysAfterYearEnd; }
    public int getBusinessAssociateNoticeDays() { return businessAssociateNoticeDays; }
    public int getHhsImmediateThreshold() { return hhsImmediateThreshold; }
    public boolean isHhsImmediateThresholdInclusive() { return hhsImmediateThresholdInclusive; }
    public int getMediaThreshold() { return mediaThreshold; }
    /** The fewest affected individuals that trigger HHS notice with the individual notice (500 when inclusive). */
    public int getHhsImmediateMinimum() {
        return hhsImmediateThresholdInclusive ? hhsImmediateThreshold : hhsImmediateThreshold + 1;
    }
    /** The fewest residents of one jurisdiction that trigger media notice (501 when strict). */
    public int getMediaMinimumResidents() { return mediaThresholdStrict ? mediaThreshold + 1 : mediaThreshold; }
    public boolean isMediaThresholdStrict() { return mediaThresholdStrict; }
    public int getSubstituteNoticeThreshold() { return substituteNoticeThreshold; }
    public int getSubstitutePostingDays() { return substitutePostingDays; }
    public int getTollFreeNumberDays() { return tollFreeNumberDays; }
    public int getRetentionYears() { return retentionYears; }
    public int getOralDelayDays() { return oralDelayDays; }
    public boolean isTollDeadlinesDuringDelay() { return tollDeadlinesDuringDelay; }
    public Set<PhiType> getHighRiskPhiTypes() { return highRiskPhiTypes; }
    public Set<PhiType> getMediumRiskPhiTypes() { return mediumRiskPhiTypes; }
    public Set<RecipientType> getLowRiskRecipients() { return lowRiskRecipients; }
    public Set<RecipientType> getMediumRiskRecipients() { return mediumRiskRecipients; }
    public Set<Mitigation> getEffectiveMitigations() { return effectiveMitigations; }
    /** Mitigations that contain the incident without getting the PHI back: factor (iv) MEDIUM at best. */
    public Set<Mitigation> getContainmentMitigations() { return containmentMitigations; }

    /** Collects the values {@code policy.drl} sets; every one is required. */
    public static final class Builder {
        private Integer individualNoticeDays;
        private Integer mediaNoticeDays;
        private Integer hhsNoticeDays;
        private Integer hhsAnnualDaysAfterYearEnd;
        private Integer businessAssociateNoticeDays;
        private Integer hhsImmediateThreshold;
        private Boolean hhsImmediateThresholdInclusive;
        private Integer mediaThreshold;
        private Boolean mediaThresholdStrict;
        private Integer substituteNoticeThreshold;
        private Integer substitutePostingDays;
        private Integer tollFreeNumberDays;
        private Integer retentionYears;
        private Integer oralDelayDays;
        private Boolean tollDeadlinesDuringDelay;
        private Set<PhiType> highRiskPhiTypes;
        private Set<PhiType> mediumRiskPhiTypes;
        private Set<RecipientType> lowRiskRecipients;
        private Set<RecipientType> mediumRiskRecipients;
        private Set<Mitigation> effectiveMitigations;
        private Set<Mitigation> containmentMitigations;

        private Builder() {
        }

        public Builder individualNoticeDays(int days) { individualNoticeDays = days; return this; }
        public Builder mediaNoticeDays(int days) { mediaNoticeDays = days; return this; }
        public Builder hhsNoticeDays(int days) { hhsNoticeDays = days; return this; }
        public Builder hhsAnnualDaysAfterYearEnd(int days) { hhsAnnualDaysAfterYearEnd = days; return this; }
        public Builder businessAssociateNoticeDays(int days) { businessAssociateNoticeDays = days; return this; }
        public Builder hhsImmediateThreshold(int individuals, boolean inclusive) {
            hhsImmediateThreshold = individuals;
            hhsImmediateThresholdInclusive = inclusive;
            return this;
        }
        public Builder mediaThreshold(int residents, boolean strict) {
            mediaThreshold = residents;
            mediaThresholdStrict = strict;
            return this;
        }
        public Builder substituteNoticeThreshold(int individuals) { substituteNoticeThreshold = individuals; return this; }
        public Builder substitutePostingDays(int days) { substitutePostingDays = days; return this; }
        public Builder tollFreeNumberDays(int days) { tollFreeNumberDays = days; return this; }
        public Builder retentionYears(int years) { retentionYears = years; return this; }
        public Builder oralDelayDays(int days) { oralDelayDays = days; return this; }
        public Builder tollDeadlinesDuringDelay(boolean toll) { tollDeadlinesDuringDelay = toll; return this; }
        public Builder highRiskPhiTypes(PhiType... types) { highRiskPhiTypes = set(PhiType.class, types); return this; }
        public Builder mediumRiskPhiTypes(PhiType... types) { mediumRiskPhiTypes = set(PhiType.class, types); return this; }
        public Builder lowRiskRecipients(RecipientType... types) {
            lowRiskRecipients = set(RecipientType.class, types);
            return this;
        }
        public Builder mediumRiskRecipients(RecipientType... types) {
            mediumRiskRecipients = set(RecipientType.class, types);
            return this;
        }
        public Builder effectiveMitigations(Mitigation... mitigations) {
            effectiveMitigations = set(Mitigation.class, mitigations);
            return this;
        }
        public Builder containmentMitigations(Mitigation... mitigations) {
            containmentMitigations = set(Mitigation.class, mitigations);
            return this;
        }

        /** The policy; throws naming every value policy.drl did not set. */
        public Policy build() {
            List<String> missing = new ArrayList<>();
            check(missing, "individualNoticeDays", individualNoticeDays);
            check(missing, "mediaNoticeDays", mediaNoticeDays);
            check(missing, "hhsNoticeDays", hhsNoticeDays);
            check(missing, "hhsAnnualDaysAfterYearEnd", hhsAnnualDaysAfterYearEnd);
            check(missing, "businessAssociateNoticeDays", businessAssociateNoticeDays);
            check(missing, "hhsImmediateThreshold", hhsImmediateThreshold);
            check(missing, "mediaThreshold", mediaThreshold);
            check(missing, "substituteNoticeThreshold", substituteNoticeThreshold);
            check(missing, "substitutePostingDays", substitutePostingDays);
            check(missing, "tollFreeNumberDays", tollFreeNumberDays);
            check(missing, "retentionYears", retentionYears);
            check(missing, "oralDelayDays", oralDelayDays);
            check(missing, "tollDeadlinesDuringDelay", tollDeadlinesDuringDelay);
            check(missing, "highRiskPhiTypes", highRiskPhiTypes);
            check(missing, "mediumRiskPhiTypes", mediumRiskPhiTypes);
            check(missing, "lowRiskRecipients", lowRiskRecipients);
            check(missing, "mediumRiskRecipients", mediumRiskRecipients);
            check(missing, "effectiveMitigations", effectiveMitigations);
            check(missing, "containmentMitigations", containmentMitigations);
            if (!missing.isEmpty()) {
                throw new BreachRulesException("policy.drl does not set " + String.join(", ", missing));
            }
            return new Policy(this);
        }

        private static void check(List<String> missing, String name, Object value) {
            if (value == null) {
                missing.add(name);
            }
        }

        @SafeVarargs
        private static <E extends Enum<E>> Set<E> set(Class<E> type, E... values) {
            Set<E> set = EnumSet.noneOf(type);
            set.addAll(List.of(values));
            return set;
        }
    }
}
