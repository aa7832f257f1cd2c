package org.breachrules.drools;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 4: asking for the built-in determiner again and again (a host reloading its configuration) keeps
 * nothing more in memory. The built-in rules never change, so there is one shared determiner.
 */
class RepeatedBuildsTest {

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    void whenTheBuiltInDeterminerIsRequested300Times_thenHeapAndClassesStayFlat() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        DroolsBreachDeterminer first = DroolsBreachDeterminer.builtIn();
        first.determine(org.breachrules.api.Incident.builder().id("A")
                .reporter(org.breachrules.api.Reporter.of(org.breachrules.api.Role.COVERED_ENTITY))
                .discoveredOn(LocalDate.of(2027, 3, 1)).phiInvolved(false).permittedByPrivacyRule(false).build(),
                LocalDate.of(2027, 3, 2));
        long heapBefore = usedAfterGc(memory);
        long classesBefore = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        for (int i = 0; i < 300; i++) {
            assertSame(first, DroolsBreachDeterminer.builtIn());
            assertSame(first, DroolsBreachDeterminer.builder().build(), "no change: the built-in determiner");
        }
        long heapGrowth = usedAfterGc(memory) - heapBefore;
        long classGrowth = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount() - classesBefore;
        // Generous bounds: before, 300 builds kept about 240 MB (0.8 MB each).
        assertTrue(heapGrowth < 20L << 20, "heap grew by " + (heapGrowth >> 20) + " MB");
        assertTrue(classGrowth < 50, "classes grew by " + classGrowth);
    }

    /**
     * A host that rebuilds tuned rules and uses each determiner: once a determiner is unreachable its sessions are
     * disposed, and its rule base and generated classes go. Before, each rebuild kept about 4.4 MB and 450 classes.
     */
    @Test
    void whenTunedRulesAreRebuiltAndUsed_thenTheOldRuleBasesAreReleased() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        var incident = org.breachrules.api.Incident.builder().id("A")
                .reporter(org.breachrules.api.Reporter.of(org.breachrules.api.Role.COVERED_ENTITY))
                .discoveredOn(LocalDate.of(2027, 3, 1)).phiInvolved(true).permittedByPrivacyRule(false)
                .affected(org.breachrules.api.Affected.total(700)).build();
        Runnable rebuild = () -> DroolsBreachDeterminer.builder()
                .rules("local-additions.drl", "package org.breachrules.rules;\n").build()
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
