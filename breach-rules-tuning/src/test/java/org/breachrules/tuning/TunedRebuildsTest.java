package org.breachrules.tuning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;

import org.breachrules.api.Affected;
import org.breachrules.api.Incident;
import org.breachrules.api.Reporter;
import org.breachrules.api.Role;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;

/**
 * A host that rebuilds tuned rules and uses each determiner: once a determiner is unreachable its sessions are
 * disposed, and its rule base and generated classes go. Before, each rebuild kept about 4.4 MB and 450 classes.
 */
class TunedRebuildsTest {

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    void whenTunedRulesAreRebuiltAndUsed_thenTheOldRuleBasesAreReleased() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Incident incident = Incident.builder().id("A").reporter(Reporter.of(Role.COVERED_ENTITY))
                .discoveredOn(LocalDate.of(2027, 3, 1)).phiInvolved(true).permittedByPrivacyRule(false)
                .affected(Affected.total(700)).build();
        Runnable rebuild = () -> DroolsBreachDeterminer.builder()
                .rules("local-additions.drl", "package org.breachrules.rules;\nimport org.breachrules.drools.facts.Case;\n"
                        + "rule \"Local\"\nwhen\n    Case()\nthen\nend\n").build()
                .determine(incident, LocalDate.of(2027, 3, 2));
        rebuild.run();
        long heapBefore = usedAfterGc(memory);
        long unloadedBefore = ManagementFactory.getClassLoadingMXBean().getUnloadedClassCount();
        for (int i = 0; i < 10; i++) {
            rebuild.run();
        }
        long heapGrowth = usedAfterGc(memory) - heapBefore;
        long unloaded = ManagementFactory.getClassLoadingMXBean().getUnloadedClassCount() - unloadedBefore;
        assertTrue(heapGrowth < 20L << 20, "heap grew by " + (heapGrowth >> 20) + " MB over 10 rebuilds");
        assertTrue(unloaded > 0, "the classes of the old rule bases are unloaded");
    }
}
