package org.breachrules.drools.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Mitigation;
import org.breachrules.api.PhiType;
import org.breachrules.api.RecipientType;

/**
 * Every tunable value of the rules. The federal defaults are set in one place, {@code policy.drl}; an organisation
 * changes only the values it names, in {@code policy.properties} beside its tuned rules ({@link OrganisationPolicy}),
 * and every other value keeps the default of the release in use. Rules read it; none hard-codes a number.
 * {@link Builder#build()} refuses a policy with a value missing, so deleting a line from {@code policy.drl} is an
 * error, never a silent zero. Immutable once built. The sets are enum sets: asking whether a missing value (null) is
 * in one answers false, so a rule never fails on an incident that has no risk assessment.
 *
 * <p>Thresholds are minimum counts, so no one has to remember which way a comparison goes: HHS is told at once from
 * {@code hhsImmediateMinimumIndividuals} (500: "500 or more"), the media of a state from {@code mediaMinimumResidents}
 * (501: "more than 500"), substitute notice by web posting or media from {@code substituteNoticeMinimumIndividuals}
 * (10: "10 or more").
 */
public final class Policy {
    private final Map<PolicyName, Object> values;
    private final Map<PolicyName, Object> organisation;
    // The values the rules read on every evaluation, unboxed once: a map lookup per constraint cost about 10 %.
    private final int individualNoticeDays;
    private final int mediaNoticeDays;
    private final int hhsNoticeDays;
    private final int hhsAnnualDaysAfterYearEnd;
    private final int businessAssociateNoticeDays;
    private final int hhsImmediateMinimum;
    private final int mediaMinimumResidents;
    private final int substituteNoticeMinimum;
    private final int substitutePostingDays;
    private final int tollFreeNumberDays;
    private final int retentionYears;
    private final int oralDelayDays;
    private final boolean tollDeadlinesDuringDelay;
    private final boolean ransomwareAlwaysAcquires;
    private final Set<PhiType> highRiskPhiTypes;
    private final Set<PhiType> mediumRiskPhiTypes;
    private final Set<RecipientType> lowRiskRecipients;
    private final Set<RecipientType> mediumRiskRecipients;
    private final Set<Mitigation> effectiveMitigations;
    private final Set<Mitigation> containmentMitigations;

    private Policy(Map<PolicyName, Object> values, Map<PolicyName, Object> organisation) {
        this.values = values;
        this.organisation = organisation;
        individualNoticeDays = number(PolicyName.INDIVIDUAL_NOTICE_DAYS);
        mediaNoticeDays = number(PolicyName.MEDIA_NOTICE_DAYS);
        hhsNoticeDays = number(PolicyName.HHS_NOTICE_DAYS);
        hhsAnnualDaysAfterYearEnd = number(PolicyName.HHS_ANNUAL_DAYS_AFTER_YEAR_END);
        businessAssociateNoticeDays = number(PolicyName.BUSINESS_ASSOCIATE_NOTICE_DAYS);
        hhsImmediateMinimum = number(PolicyName.HHS_IMMEDIATE_MINIMUM_INDIVIDUALS);
        mediaMinimumResidents = number(PolicyName.MEDIA_MINIMUM_RESIDENTS);
        substituteNoticeMinimum = number(PolicyName.SUBSTITUTE_NOTICE_MINIMUM_INDIVIDUALS);
        substitutePostingDays = number(PolicyName.SUBSTITUTE_POSTING_DAYS);
        tollFreeNumberDays = number(PolicyName.TOLL_FREE_NUMBER_DAYS);
        retentionYears = number(PolicyName.RETENTION_YEARS);
        oralDelayDays = number(PolicyName.ORAL_DELAY_DAYS);
        tollDeadlinesDuringDelay = flag(PolicyName.TOLL_DEADLINES_DURING_DELAY);
        ransomwareAlwaysAcquires = flag(PolicyName.RANSOMWARE_ALWAYS_ACQUIRES);
        highRiskPhiTypes = set(PolicyName.HIGH_RISK_PHI_TYPES);
        mediumRiskPhiTypes = set(PolicyName.MEDIUM_RISK_PHI_TYPES);
        lowRiskRecipients = set(PolicyName.LOW_RISK_RECIPIENTS);
        mediumRiskRecipients = set(PolicyName.MEDIUM_RISK_RECIPIENTS);
        effectiveMitigations = set(PolicyName.EFFECTIVE_MITIGATIONS);
        containmentMitigations = set(PolicyName.CONTAINMENT_MITIGATIONS);
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    private int number(PolicyName name) {
        return (Integer) values.get(name);
    }

    private boolean flag(PolicyName name) {
        return (Boolean) values.get(name);
    }

    @SuppressWarnings("unchecked")
    private <E extends Enum<E>> Set<E> set(PolicyName name) {
        return (Set<E>) values.get(name);
    }

    /** The value of one name (an Integer, a Boolean or an unmodifiable enum set), for tools and tests. */
    public Object value(PolicyName name) {
        return values.get(name);
    }

    public int getIndividualNoticeDays() { return individualNoticeDays; }
    public int getMediaNoticeDays() { return mediaNoticeDays; }
    public int getHhsNoticeDays() { return hhsNoticeDays; }
    public int getHhsAnnualDaysAfterYearEnd() { return hhsAnnualDaysAfterYearEnd; }
    public int getBusinessAssociateNoticeDays() { return businessAssociateNoticeDays; }
    /** The fewest affected individuals that trigger HHS notice with the individual notice (federal: 500). */
    public int getHhsImmediateMinimum() { return hhsImmediateMinimum; }
    /** The fewest residents of one jurisdiction that trigger media notice (federal: 501, "more than 500"). */
    public int getMediaMinimumResidents() { return mediaMinimumResidents; }
    /** The fewest individuals without usable contact information that call for web posting or media (federal: 10). */
    public int getSubstituteNoticeMinimum() { return substituteNoticeMinimum; }
    public int getSubstitutePostingDays() { return substitutePostingDays; }
    public int getTollFreeNumberDays() { return tollFreeNumberDays; }
    public int getRetentionYears() { return retentionYears; }
    public int getOralDelayDays() { return oralDelayDays; }
    public boolean isTollDeadlinesDuringDelay() { return tollDeadlinesDuringDelay; }
    /**
     * True: ransomware that reached the PHI makes factor (iii) HIGH whatever the evidence says. False (the default):
     * forensic evidence that it did not acquire the PHI may rebut that.
     */
    public boolean isRansomwareAlwaysAcquires() { return ransomwareAlwaysAcquires; }
    public Set<PhiType> getHighRiskPhiTypes() { return highRiskPhiTypes; }
    public Set<PhiType> getMediumRiskPhiTypes() { return mediumRiskPhiTypes; }
    public Set<RecipientType> getLowRiskRecipients() { return lowRiskRecipients; }
    public Set<RecipientType> getMediumRiskRecipients() { return mediumRiskRecipients; }
    public Set<Mitigation> getEffectiveMitigations() { return effectiveMitigations; }
    /** Mitigations that contain the incident without getting the PHI back: factor (iv) MEDIUM at best. */
    public Set<Mitigation> getContainmentMitigations() { return containmentMitigations; }

    /**
     * How a rule cites a value: empty for the federal default, else " (organisation policy: NAME = VALUE)", so that
     * a finding shows an organisation's own number beside the federal citation.
     *
     * @param name the value's name as written in policy.properties, e.g. {@code businessAssociateNoticeDays}
     */
    public String organisationNote(String name) {
        PolicyName p = PolicyName.of(name);
        if (p == null || !organisation.containsKey(p)) {
            return "";
        }
        return " (organisation policy: " + p.key() + " = " + PolicyName.show(organisation.get(p)) + ")";
    }

    /** The names the organisation changed, with their values (for reports and verify). */
    public Map<String, String> organisationValues() {
        Map<String, String> out = new LinkedHashMap<>();
        organisation.forEach((k, v) -> out.put(k.key(), PolicyName.show(v)));
        return out;
    }

    /** Collects the values {@code policy.drl} sets, then the organisation's own; every value is required. */
    public static final class Builder {
        private final Map<PolicyName, Object> values = new java.util.EnumMap<>(PolicyName.class);
        private final Map<PolicyName, Object> organisation = new java.util.EnumMap<>(PolicyName.class);

        private Builder() {
        }

        private Builder put(PolicyName name, Object value) {
            values.put(name, value);
            return this;
        }

        public Builder individualNoticeDays(int days) { return put(PolicyName.INDIVIDUAL_NOTICE_DAYS, days); }
        public Builder mediaNoticeDays(int days) { return put(PolicyName.MEDIA_NOTICE_DAYS, days); }
        public Builder hhsNoticeDays(int days) { return put(PolicyName.HHS_NOTICE_DAYS, days); }
        public Builder hhsAnnualDaysAfterYearEnd(int days) { return put(PolicyName.HHS_ANNUAL_DAYS_AFTER_YEAR_END, days); }
        public Builder businessAssociateNoticeDays(int days) {
            return put(PolicyName.BUSINESS_ASSOCIATE_NOTICE_DAYS, days);
        }
        /**
         * The first release's form, kept so that a policy.drl copied from it still compiles: HHS at once from
         * {@code individuals} when {@code inclusive} ("500 or more"), else from one more.
         *
         * @deprecated use {@link #hhsImmediateMinimumIndividuals(int)}
         */
        @Deprecated
        public Builder hhsImmediateThreshold(int individuals, boolean inclusive) {
            return hhsImmediateMinimumIndividuals(inclusive ? individuals : individuals + 1);
        }

        /**
         * The first release's form: media notice for more than {@code residents} when {@code strict} ("more than
         * 500"), else from {@code residents}.
         *
         * @deprecated use {@link #mediaMinimumResidents(int)}
         */
        @Deprecated
        public Builder mediaThreshold(int residents, boolean strict) {
            return mediaMinimumResidents(strict ? residents + 1 : residents);
        }

        /**
         * The first release's name for {@link #substituteNoticeMinimumIndividuals(int)}.
         *
         * @deprecated use {@link #substituteNoticeMinimumIndividuals(int)}
         */
        @Deprecated
        public Builder substituteNoticeThreshold(int individuals) {
            return substituteNoticeMinimumIndividuals(individuals);
        }

        public Builder hhsImmediateMinimumIndividuals(int individuals) {
            return put(PolicyName.HHS_IMMEDIATE_MINIMUM_INDIVIDUALS, individuals);
        }
        public Builder mediaMinimumResidents(int residents) { return put(PolicyName.MEDIA_MINIMUM_RESIDENTS, residents); }
        public Builder substituteNoticeMinimumIndividuals(int individuals) {
            return put(PolicyName.SUBSTITUTE_NOTICE_MINIMUM_INDIVIDUALS, individuals);
        }
        public Builder substitutePostingDays(int days) { return put(PolicyName.SUBSTITUTE_POSTING_DAYS, days); }
        public Builder tollFreeNumberDays(int days) { return put(PolicyName.TOLL_FREE_NUMBER_DAYS, days); }
        public Builder retentionYears(int years) { return put(PolicyName.RETENTION_YEARS, years); }
        public Builder oralDelayDays(int days) { return put(PolicyName.ORAL_DELAY_DAYS, days); }
        public Builder tollDeadlinesDuringDelay(boolean toll) { return put(PolicyName.TOLL_DEADLINES_DURING_DELAY, toll); }
        public Builder ransomwareAlwaysAcquires(boolean always) {
            return put(PolicyName.RANSOMWARE_ALWAYS_ACQUIRES, always);
        }
        public Builder highRiskPhiTypes(PhiType... types) { return put(PolicyName.HIGH_RISK_PHI_TYPES, set(PhiType.class, types)); }
        public Builder mediumRiskPhiTypes(PhiType... types) {
            return put(PolicyName.MEDIUM_RISK_PHI_TYPES, set(PhiType.class, types));
        }
        public Builder lowRiskRecipients(RecipientType... types) {
            return put(PolicyName.LOW_RISK_RECIPIENTS, set(RecipientType.class, types));
        }
        public Builder mediumRiskRecipients(RecipientType... types) {
            return put(PolicyName.MEDIUM_RISK_RECIPIENTS, set(RecipientType.class, types));
        }
        public Builder effectiveMitigations(Mitigation... mitigations) {
            return put(PolicyName.EFFECTIVE_MITIGATIONS, set(Mitigation.class, mitigations));
        }
        public Builder containmentMitigations(Mitigation... mitigations) {
            return put(PolicyName.CONTAINMENT_MITIGATIONS, set(Mitigation.class, mitigations));
        }

        /** The organisation's own values, applied over the defaults set before (none: {@link OrganisationPolicy#NONE}). */
        public Builder organisation(OrganisationPolicy policy) {
            policy.values().forEach((name, value) -> {
                values.put(name, value);
                organisation.put(name, value);
            });
            return this;
        }

        /** The policy; throws naming every value policy.drl did not set. */
        public Policy build() {
            List<String> missing = new ArrayList<>();
            for (PolicyName name : PolicyName.values()) {
                if (!values.containsKey(name) && name.addedLaterDefault() != null) {
                    values.put(name, name.addedLaterDefault()); // a policy.drl copied before this name existed
                } else if (!values.containsKey(name)) {
                    missing.add(name.key());
                }
            }
            if (!missing.isEmpty()) {
                throw new BreachRulesException("policy.drl does not set " + String.join(", ", missing));
            }
            Map<PolicyName, Object> frozen = new java.util.EnumMap<>(PolicyName.class);
            values.forEach((k, v) -> frozen.put(k, v instanceof Set<?> s ? Collections.unmodifiableSet(s) : v));
            return new Policy(Collections.unmodifiableMap(frozen), Collections.unmodifiableMap(
                    organisation.isEmpty() ? Map.of() : new java.util.EnumMap<>(organisation)));
        }

        @SafeVarargs
        private static <E extends Enum<E>> Set<E> set(Class<E> type, E... values) {
            Set<E> set = EnumSet.noneOf(type);
            set.addAll(List.of(values));
            return set;
        }
    }
}
