package org.breachrules.drools;

/** Tuned rule sets the tests share (each compiles at run time once). */
public final class TunedRules {
    /** policy.drl with the law-enforcement tolling switch on. */
    public static final DroolsBreachDeterminer TOLLING = DroolsBreachDeterminer.builder()
            .rules("policy.drl", policyWith(".tollDeadlinesDuringDelay(false)", ".tollDeadlinesDuringDelay(true)"))
            .build();

    /** policy.drl with media notice only above 1,000 residents of a state or territory. */
    public static final DroolsBreachDeterminer MEDIA_ABOVE_1000 = DroolsBreachDeterminer.builder()
            .rules("policy.drl", policyWith(".mediaMinimumResidents(501)", ".mediaMinimumResidents(1001)"))
            .build();

    /** policy.properties: ransomware is always an acquisition, whatever the evidence (the pre-1.2 default). */
    public static final DroolsBreachDeterminer RANSOMWARE_ALWAYS_ACQUIRES = DroolsBreachDeterminer.builder()
            .policy("policy.properties", "ransomwareAlwaysAcquires = true\n").build();

    private TunedRules() {
    }

    /** The built-in policy.drl with one literal piece of text replaced (which must be present). */
    public static String policyWith(String from, String to) {
        String policy = BuiltInRules.sources().get("policy.drl");
        if (!policy.contains(from)) {
            throw new IllegalArgumentException("policy.drl has no " + from);
        }
        return policy.replace(from, to);
    }
}
