package org.breachrules.drools.facts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.breachrules.api.Mitigation;
import org.breachrules.api.PhiType;
import org.breachrules.api.RecipientType;

/**
 * The name of every tunable value, as {@code policy.properties} writes it, with the kind of value it takes. These
 * names are a compatibility promise: a release may add a name (its default then applies to every tuned folder), but
 * never renames or removes one without a CHANGELOG entry and a release that still accepts the old name.
 */
public enum PolicyName {
    INDIVIDUAL_NOTICE_DAYS("individualNoticeDays", Kind.DAYS),
    MEDIA_NOTICE_DAYS("mediaNoticeDays", Kind.DAYS),
    HHS_NOTICE_DAYS("hhsNoticeDays", Kind.DAYS),
    HHS_ANNUAL_DAYS_AFTER_YEAR_END("hhsAnnualDaysAfterYearEnd", Kind.DAYS),
    BUSINESS_ASSOCIATE_NOTICE_DAYS("businessAssociateNoticeDays", Kind.DAYS),
    HHS_IMMEDIATE_MINIMUM_INDIVIDUALS("hhsImmediateMinimumIndividuals", Kind.COUNT),
    MEDIA_MINIMUM_RESIDENTS("mediaMinimumResidents", Kind.COUNT),
    SUBSTITUTE_NOTICE_MINIMUM_INDIVIDUALS("substituteNoticeMinimumIndividuals", Kind.COUNT),
    SUBSTITUTE_POSTING_DAYS("substitutePostingDays", Kind.DAYS),
    TOLL_FREE_NUMBER_DAYS("tollFreeNumberDays", Kind.DAYS),
    RETENTION_YEARS("retentionYears", Kind.YEARS),
    ORAL_DELAY_DAYS("oralDelayDays", Kind.DAYS),
    TOLL_DEADLINES_DURING_DELAY("tollDeadlinesDuringDelay", Kind.BOOLEAN),
    RANSOMWARE_ALWAYS_ACQUIRES("ransomwareAlwaysAcquires", Kind.BOOLEAN, Boolean.FALSE),
    HIGH_RISK_PHI_TYPES("highRiskPhiTypes", Kind.PHI_TYPES),
    MEDIUM_RISK_PHI_TYPES("mediumRiskPhiTypes", Kind.PHI_TYPES),
    LOW_RISK_RECIPIENTS("lowRiskRecipients", Kind.RECIPIENTS),
    MEDIUM_RISK_RECIPIENTS("mediumRiskRecipients", Kind.RECIPIENTS),
    EFFECTIVE_MITIGATIONS("effectiveMitigations", Kind.MITIGATIONS),
    CONTAINMENT_MITIGATIONS("containmentMitigations", Kind.MITIGATIONS, java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(org.breachrules.api.Mitigation.ACCESS_REVOKED,
                    org.breachrules.api.Mitigation.EXPOSURE_CLOSED, org.breachrules.api.Mitigation.RESTORED_FROM_BACKUP)));

    /** What a value is written as, and what it may be. */
    public enum Kind {
        DAYS("a whole number of calendar days, 1 to 3650"),
        COUNT("a whole number of individuals, 1 or more"),
        YEARS("a whole number of years, 1 to 100"),
        BOOLEAN("true or false"),
        PHI_TYPES("a comma-separated list of " + names(PhiType.values()) + " (or empty)"),
        RECIPIENTS("a comma-separated list of " + names(RecipientType.values()) + " (or empty)"),
        MITIGATIONS("a comma-separated list of " + names(Mitigation.values()) + " (or empty)");

        private final String describe;

        Kind(String describe) {
            this.describe = describe;
        }

        /** What a value of this kind looks like, for error messages. */
        public String describe() {
            return describe;
        }
    }

    private final String key;
    private final Kind kind;
    /** For a name added after the first release: its federal default, which a copied policy.drl may lack. */
    private final Object addedLaterDefault;

    PolicyName(String key, Kind kind) {
        this(key, kind, null);
    }

    PolicyName(String key, Kind kind, Object addedLaterDefault) {
        this.key = key;
        this.kind = kind;
        this.addedLaterDefault = addedLaterDefault;
    }

    /**
     * The federal default of a name added after the first release, or null for a name every policy.drl sets. A
     * policy.drl copied before the name existed keeps working: the value takes its default (the upgrade promise).
     */
    public Object addedLaterDefault() {
        return addedLaterDefault;
    }

    /** The name as written in policy.properties. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The name of that key, or null. */
    public static PolicyName of(String key) {
        for (PolicyName n : values()) {
            if (n.key.equals(key)) {
                return n;
            }
        }
        return null;
    }

    /** Every key, for the message that lists the allowed names. */
    public static String allKeys() {
        return Arrays.stream(values()).map(PolicyName::key).collect(Collectors.joining(", "));
    }

    /**
     * The value written as {@code text}.
     *
     * @throws IllegalArgumentException naming what is wrong and what is allowed
     */
    public Object parse(String text) {
        String t = text.strip();
        switch (kind) {
            case DAYS:
                return whole(t, 1, 3650);
            case COUNT:
                return whole(t, 1, Integer.MAX_VALUE);
            case YEARS:
                return whole(t, 1, 100);
            case BOOLEAN:
                if (t.equals("true") || t.equals("false")) {
                    return Boolean.valueOf(t);
                }
                throw new IllegalArgumentException("expected true or false, got \"" + t + "\"");
            case PHI_TYPES:
                return list(PhiType.class, t);
            case RECIPIENTS:
                return list(RecipientType.class, t);
            default:
                return list(Mitigation.class, t);
        }
    }

    private int whole(String t, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + kind.describe + ", got \"" + t + "\"");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("expected " + kind.describe + ", got " + value);
        }
        return value;
    }

    private static <E extends Enum<E>> Set<E> list(Class<E> type, String t) {
        Set<E> set = EnumSet.noneOf(type);
        if (t.isEmpty()) {
            return set;
        }
        for (String part : t.split(",")) {
            String name = part.strip();
            try {
                set.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown value \"" + name + "\"; allowed: "
                        + names(type.getEnumConstants()));
            }
        }
        return set;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A value as policy.properties would write it. */
    static String show(Object value) {
        if (value instanceof Set<?> set) {
            return set.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value).toLowerCase(Locale.ROOT);
    }
}
