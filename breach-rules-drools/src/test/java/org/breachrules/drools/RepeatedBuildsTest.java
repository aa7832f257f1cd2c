package org.breachrules.drools;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 4: asking for the built-in determiner again and again (a host reloading its configuration) keeps
 * nothing more in memory. The built-in rules never change, so there is one shared determiner. (Rebuilt tuned rules
 * are compiled DRL: breach-rules-tuning's TunedRebuildsTest.)
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
}
