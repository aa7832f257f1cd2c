package org.breachrules.verify.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.breachrules.api.BreachType;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.RecipientType;
import org.breachrules.api.WhatIf;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.drools.whatif.WhatIfAnalysis;
import org.breachrules.json.IncidentReader;
import org.junit.jupiter.api.Test;

/**
 * Property (format 1.2, "What-if, kinds"): for every sample and generated incidents with the 1.2 facts, no what-if
 * is one the contract lists as never offered, and every entry has a kind. The seed is printed; rerun one with
 * {@code -Dbreachrules.seed=N}, and more incidents with {@code -Dbreachrules.whatIfIncidents=20000}.
 */
class WhatIfNeverOfferedPropertyTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final WhatIfAnalysis WHAT_IF = WhatIfAnalysis.of(DroolsBreachDeterminer.builtIn());

    @Test
    void whenAnyIncidentIsExplained_thenNoWhatIfChangesARecordedFactTheContractProtects() throws IOException {
        long seed = Long.getLong("breachrules.seed", System.nanoTime());
        int count = Integer.getInteger("breachrules.whatIfIncidents", 2000);
        System.out.println("WhatIfNeverOfferedPropertyTest seed=" + seed + ", " + count + " incidents (rerun with"
                + " -Dbreachrules.seed=" + seed + ")");
        List<Incident> incidents = new ArrayList<>(samples());
        incidents.addAll(new IncidentGenerator(seed, AS_OF).withFormat12Facts().next(count));
        List<String> offered = new ArrayList<>();
        int whatIfs = 0;
        for (Incident i : incidents) {
            Determination d = WHAT_IF.determine(i, AS_OF);
            for (WhatIf w : d.whatIf()) {
                whatIfs++;
                String why = neverOffered(i, w);
                if (why != null) {
                    offered.add(i.id() + ": " + why + ": " + w.message());
                }
            }
        }
        System.out.println("WhatIfNeverOfferedPropertyTest: " + whatIfs + " what-ifs over " + incidents.size());
        assertTrue(whatIfs > incidents.size(), "the incidents have what-ifs, or the property proves nothing");
        assertTrue(offered.isEmpty(), () -> "seed " + seed + ":\n  " + String.join("\n  ", offered));
    }

    /** Why the contract never offers this what-if for this incident, or null when it may. */
    private static String neverOffered(Incident i, WhatIf w) {
        String f = w.field();
        if (w.kind() == null) {
            return "no kind";
        }
        if (f.equals("discoveredOn")) {
            return "another discovery date";
        }
        if (f.equals("riskAssessment.recipient")) {
            return "another recipient category";
        }
        if (f.equals("riskAssessment.phiTypes")) {
            return "a recorded PHI type removed";
        }
        if (f.equals("riskAssessment.deliberateMisuse") && i.riskAssessment() != null
                && i.riskAssessment().deliberateMisuse() != null) {
            return "a recorded deliberate-misuse answer changed";
        }
        if (f.equals("lawEnforcementDelay") || (f.startsWith("lawEnforcementDelay") && !f.endsWith(".delayUntil"))) {
            return "a law-enforcement statement that was not made";
        }
        if (f.equals("exception")) {
            boolean attack = i.ransomware() || i.breachType() == BreachType.HACKING_IT_INCIDENT
                    || i.breachType() == BreachType.THEFT || i.breachType() == BreachType.LOSS;
            RecipientType r = i.riskAssessment() == null ? null : i.riskAssessment().recipient();
            if (attack && (w.change().contains("(1)(i)") || w.change().contains("(1)(ii)"))) {
                return "exception (i) or (ii) after an attack, theft or loss";
            }
            if ((r == RecipientType.MALICIOUS_ACTOR || r == RecipientType.UNKNOWN || r == RecipientType.PUBLIC)
                    && w.change().contains("(1)(iii)")) {
                return "exception (iii) with a malicious, unknown or public recipient";
            }
            if (i.exception() != null) {
                return "a recorded exception changed";
            }
        }
        if (f.startsWith("safeguards.encryption")) {
            var enc = i.safeguards() == null ? null : i.safeguards().encryption();
            if (enc != null && !f.equals("safeguards.encryption.dataState")) {
                return "a recorded encryption changed";
            }
            if (enc != null && enc.dataState() != null) {
                return "a recorded data state changed";
            }
            if (w.change().contains("800-52") || w.change().contains("800-77") || w.change().contains("800-113")) {
                return "a standard for data in motion offered without the data in motion";
            }
        }
        if (f.equals("phiInvolved") || f.equals("permittedByPrivacyRule") || f.equals("electedToNotify")) {
            return "a recorded scope fact changed";
        }
        return null;
    }

    private static List<Incident> samples() throws IOException {
        Path folder = Path.of(System.getProperty("samples.dir", "../breach-rules-examples/samples"));
        List<Incident> out = new ArrayList<>();
        IncidentReader reader = new IncidentReader();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                out.addAll(reader.read(Files.readString(p), AS_OF).incidents());
            }
        }
        assertTrue(out.size() >= 22, "every sample read: " + out.size());
        return out;
    }
}
