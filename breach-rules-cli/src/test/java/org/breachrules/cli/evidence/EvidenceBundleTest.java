package org.breachrules.cli.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.breachrules.cli.BreachRulesCliAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence bundles prove later what was decided and why: a chain of three evaluations of one incident as facts
 * change verifies, and one changed byte (a determination, a rule file, a manifest) or a bundle removed from the
 * middle is caught and named.
 */
class EvidenceBundleTest {
    @TempDir
    Path work;
    private Path evidence;
    private Path incidentFolder;

    private static String incident(int total) {
        return "{\"id\": \"EV-1\", \"reporter\": {\"role\": \"COVERED_ENTITY\"}, \"discoveredOn\": \"2026-06-01\","
                + " \"phiInvolved\": true, \"permittedByPrivacyRule\": false, \"affected\": {\"total\": " + total
                + ", \"byJurisdiction\": {\"OH\": " + total + "}, \"insufficientContactInfo\": 0}}";
    }

    @BeforeEach
    void threeEvaluationsAsTheFactsChange() throws IOException {
        evidence = work.resolve("evidence");
        for (int total : new int[] {10, 499, 600}) {
            Path file = work.resolve("incident-" + total + ".json");
            Files.writeString(file, incident(total));
            BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("evaluate", "--as-of", "2026-11-20",
                    "--evidence", evidence.toString(), file.toString());
            assertEquals(0, r.exit(), r.err());
        }
        try (Stream<Path> list = Files.list(evidence)) {
            incidentFolder = list.findFirst().orElseThrow();
        }
    }

    private BreachRulesCliAccess.Result verify() {
        return BreachRulesCliAccess.run("verify-evidence", evidence.toString());
    }

    private static void flipOneByte(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void whenNothingWasTouched_thenTheChainOfThreeBundlesVerifies() {
        BreachRulesCliAccess.Result r = verify();
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().startsWith("OK: 3 bundle(s) of 1 incident(s) verified"), r.out());
    }

    @Test
    void whenOneByteOfAStoredDeterminationChanges_thenThatFileIsNamed() throws IOException {
        Path determination = incidentFolder.resolve("bundle-0002/determination.json");
        flipOneByte(determination, "\"clockStartedOn\": \"2026-06-01\"", "\"clockStartedOn\": \"2026-06-02\"");
        BreachRulesCliAccess.Result r = verify();
        assertEquals(4, r.exit(), r.out());
        assertTrue(r.out().contains(determination + ": SHA-256 differs from the manifest"), r.out());
        assertTrue(r.out().contains(determination + ": differs from a fresh run"), r.out());
    }

    @Test
    void whenOneByteOfAStoredRuleFileChanges_thenThatFileIsNamed() throws IOException {
        Path rule = incidentFolder.resolve("bundle-0001/rules/policy.drl");
        flipOneByte(rule, ".individualNoticeDays(60)", ".individualNoticeDays(50)");
        BreachRulesCliAccess.Result r = verify();
        assertEquals(4, r.exit(), r.out());
        assertTrue(r.out().contains(rule + ": SHA-256 differs from the manifest"), r.out());
    }

    @Test
    void whenOneByteOfAManifestChanges_thenTheChainCatchesIt() throws IOException {
        Path manifest = incidentFolder.resolve("bundle-0003/manifest.json");
        flipOneByte(manifest, "\"evaluatedOn\" : \"2026-11-20\"", "\"evaluatedOn\" : \"2026-11-21\"");
        BreachRulesCliAccess.Result r = verify();
        assertEquals(4, r.exit(), r.out());
        assertTrue(r.out().contains(manifest + ": SHA-256 differs from the chain"), r.out());
    }

    @Test
    void whenABundleIsDeletedFromTheMiddle_thenTheBrokenLinkIsNamed() throws IOException {
        Path middle = incidentFolder.resolve("bundle-0002");
        try (Stream<Path> walk = Files.walk(middle)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        BreachRulesCliAccess.Result r = verify();
        assertEquals(4, r.exit(), r.out());
        assertTrue(r.out().contains(middle + ": missing (bundle 2 of the chain)"), r.out());
    }

    @Test
    void whenTunedRulesProducedTheBundle_thenTheyAreStoredAndReRun() throws IOException {
        Path tuned = Path.of("../breach-rules-examples/tuned-policy");
        Path ev = work.resolve("tuned-evidence");
        Path file = work.resolve("incident-10.json");
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.runWithRules("evaluate", "--as-of", "2026-11-20",
                "--rules", tuned.toString(), "--evidence", ev.toString(), file.toString());
        assertEquals(0, r.exit(), r.err());
        BreachRulesCliAccess.Result untrusted = BreachRulesCliAccess.run("verify-evidence", ev.toString());
        assertEquals(0, untrusted.exit(), untrusted.out());
        assertTrue(untrusted.out().contains("NOTE: ") && untrusted.out().contains("not re-run: the stored rules are"
                + " tuned") && untrusted.out().contains("were not re-run (--run-stored-rules)"), untrusted.out());
        BreachRulesCliAccess.Result check = BreachRulesCliAccess.run("verify-evidence", "--run-stored-rules",
                ev.toString());
        assertEquals(0, check.exit(), check.out());
        assertTrue(check.out().startsWith("OK: ") && !check.out().contains("NOTE"), check.out());
        try (Stream<Path> list = Files.walk(ev)) {
            List<String> names = list.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.contains("policy.properties") && names.contains("always-notify-ssn.drl"), names.toString());
        }
    }

    /** A bundle whose rule files were deleted from disk and manifest alike is broken, never "OK". */
    @Test
    void whenABundlesRuleFilesAreRemovedFromDiskAndManifest_thenItIsBroken() throws IOException {
        Path ev = work.resolve("no-rules-evidence");
        Path file = work.resolve("incident-10.json");
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("evaluate", "--as-of", "2026-11-20", "--evidence",
                ev.toString(), file.toString());
        assertEquals(0, r.exit(), r.err());
        Path bundle;
        try (Stream<Path> list = Files.walk(ev)) {
            bundle = list.filter(p -> p.getFileName().toString().equals("manifest.json")).findFirst().orElseThrow()
                    .getParent();
        }
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode manifest = (com.fasterxml.jackson.databind.node.ObjectNode)
                mapper.readTree(bundle.resolve("manifest.json").toFile());
        com.fasterxml.jackson.databind.node.ObjectNode files = (com.fasterxml.jackson.databind.node.ObjectNode)
                manifest.get("files");
        List<String> ruleKeys = new java.util.ArrayList<>();
        files.fieldNames().forEachRemaining(k -> { if (k.startsWith("rules/")) { ruleKeys.add(k); } });
        ruleKeys.forEach(files::remove);
        try (Stream<Path> rules = Files.walk(bundle.resolve("rules"))) {
            for (Path p : rules.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(bundle.resolve("manifest.json"), mapper.writeValueAsString(manifest) + "\n");
        BreachRulesCliAccess.Result check = BreachRulesCliAccess.run("verify-evidence", ev.toString());
        assertEquals(4, check.exit(), check.out());
        assertTrue(check.out().contains("no rule file in the manifest"), check.out());
    }

    /** "./ev" and "ev" name the same folder: an untouched folder verifies either way. */
    @Test
    void whenTheFolderIsGivenWithADotSegment_thenNothingIsReportedMissing() throws IOException {
        Path ev = work.resolve("dot-evidence");
        Path file = work.resolve("incident-10.json");
        assertEquals(0, BreachRulesCliAccess.run("evaluate", "--as-of", "2026-11-20", "--evidence", ev.toString(),
                file.toString()).exit());
        BreachRulesCliAccess.Result check = BreachRulesCliAccess.run("verify-evidence",
                work.resolve(".").resolve("dot-evidence").toString());
        assertEquals(0, check.exit(), check.out());
    }
}
