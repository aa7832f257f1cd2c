package org.breachrules.drools;

/**
 * Tuned rule sets the tests share, each built once. Tuned through policy.properties, which the precompiled built-in
 * rules run without the DRL compiler (breach-rules-tuning, which this module cannot depend on); tuning by editing
 * DRL is tested in breach-rules-tuning.
 */
public final class TunedRules {
    /** The law-enforcement tolling switch on. */
    public static final DroolsBreachDeterminer TOLLING = DroolsBreachDeterminer.builder()
            .policy("policy.properties", "tollDeadlinesDuringDelay = true\n").build();

    /** Media notice only above 1,000 residents of a state or territory. */
    public static final DroolsBreachDeterminer MEDIA_ABOVE_1000 = DroolsBreachDeterminer.builder()
            .policy("policy.properties", "mediaMinimumResidents = 1001\n").build();

    /** Ransomware is always an acquisition, whatever the evidence (the pre-1.2 default). */
    public static final DroolsBreachDeterminer RANSOMWARE_ALWAYS_ACQUIRES = DroolsBreachDeterminer.builder()
            .policy("policy.properties", "ransomwareAlwaysAcquires = true\n").build();

    private TunedRules() {
    }
}
