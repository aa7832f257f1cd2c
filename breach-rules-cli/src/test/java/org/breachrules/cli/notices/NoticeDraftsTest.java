package org.breachrules.cli.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.breachrules.cli.BreachRulesCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Notice drafts: the five required elements in every letter, placeholders never empty, editable templates. */
class NoticeDraftsTest {
    private static final List<String> ELEMENTS = List.of("What happened", "What information was involved",
            "What you can do", "What we are doing", "For more information");

    private static Path samples() {
        return Path.of(System.getProperty("samples.dir", "samples"));
    }

    private static List<Path> draft(Path out, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("draft-notices", "--as-of", "2026-11-20", "--out", out.toString()));
        args.addAll(List.of(extra));
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void whenEverySampleIsDrafted_thenEachIndividualLetterHasTheFiveElementsAndNoEmptyPlaceholder(@TempDir Path out)
            throws Exception {
        List<Path> files = draft(out, samples().toString());
        List<Path> letters = files.stream().filter(p -> p.getFileName().toString().startsWith("individuals")).toList();
        assertTrue(letters.size() >= 10, "a letter for each breach owed to individuals: " + letters);
        for (Path letter : letters) {
            String text = Files.readString(letter);
            for (String element : ELEMENTS) {
                int at = text.indexOf("\n" + element + "\n");
                assertTrue(at >= 0, letter + " lacks \"" + element + "\"");
                String body = text.substring(at + element.length() + 2).lines().findFirst().orElse("");
                assertFalse(body.isBlank(), letter + ": \"" + element + "\" is empty");
            }
        }
        for (Path file : files) {
            String text = Files.readString(file);
            assertFalse(text.contains("{{") || text.contains("[[]]") || text.contains(": .") || text.contains(":  ")
                    || text.contains("null"), file + " has an empty or unrendered value:\n" + text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-multi-state-media", "09-business-associate-baa-window"})
    void whenAGoldenSampleIsDrafted_thenTheDraftsMatch(String sample, @TempDir Path out) throws Exception {
        List<Path> files = draft(out, samples().resolve(sample + ".json").toString());
        StringBuilder all = new StringBuilder();
        for (Path f : files) {
            all.append("=== ").append(out.relativize(f).toString().replace('\\', '/')).append('\n')
                    .append(Files.readString(f));
        }
        Path golden = Path.of(System.getProperty("golden.dir", "src/test/resources/golden"), "notices", sample + ".txt");
        if (org.breachrules.cli.GoldenUpdate.requested()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, all.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), all.toString());
        if (sample.startsWith("12")) {
            assertTrue(all.toString().contains("=== TCIP-2026-CLOUD-01-d25f5f8f/substitute-notice.txt"));
            assertTrue(all.toString().contains("notifying 230 individuals"));
            assertTrue(all.toString().contains("=== TCIP-2026-CLOUD-01-d25f5f8f/media-PA.txt"));
        } else {
            assertTrue(all.toString().contains("covered-entity.txt"));
        }
    }

    @Test
    void whenATemplateIsOverridden_thenItIsUsedAndABrokenOneIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("media.mustache"), "Our own press notice for {{state}}.\n");
        List<Path> files = draft(dir.resolve("out"), "--templates", templates.toString(),
                samples().resolve("12-multi-state-media.json").toString());
        Path media = files.stream().filter(p -> p.getFileName().toString().equals("media-PA.txt")).findFirst()
                .orElseThrow();
        assertEquals("Our own press notice for Pennsylvania.\n", Files.readString(media));

        Files.writeString(templates.resolve("individuals.mustache"), "Dear {{salutation}},\n\n{{#steps}}\n- {{.}}\n");
        BreachRulesCliAccess.Result broken = BreachRulesCliAccess.run("draft-notices", "--out",
                dir.resolve("out2").toString(), "--templates", templates.toString(),
                samples().resolve("12-multi-state-media.json").toString());
        assertEquals(2, broken.exit());
        assertTrue(broken.err().contains("individuals.mustache"), broken.err());
        assertTrue(broken.err().matches("(?s).*:\\d+.*"), "names the line: " + broken.err());
    }

    @Test
    void theDraftsShownInTheDocsAreTheOnesTheCommandWrites(@TempDir Path out) throws Exception {
        // docs/reports-and-drafts.md shows two drafts of sample 12 "exactly as written": each block tagged
        // <!-- draft: FILE --> must equal that file of a draft-notices run.
        List<Path> files = draft(out, samples().resolve("12-multi-state-media.json").toString());
        String doc = Files.readString(Path.of(System.getProperty("docs.dir", "../docs"), "reports-and-drafts.md"));
        java.util.regex.Matcher block = java.util.regex.Pattern
                .compile("<!-- draft: ([\\w.-]+) -->\n```text\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(doc);
        int shown = 0;
        while (block.find()) {
            String name = block.group(1);
            Path written = files.stream().filter(f -> f.getFileName().toString().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("the docs show " + name + ", which is not written"));
            assertEquals(Files.readString(written), block.group(2), name);
            shown++;
        }
        assertEquals(2, shown, "the letter and the worksheet are shown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"07-insider-snooping", "18-open-ended-delay-deliberate-snooping",
        "22-snooper-recorded-in-bad-faith"})
    void whenThePersonMisusedThePhiOnPurpose_thenNoDraftCitesTheirAssuranceAsMitigation(String sample,
            @TempDir Path out) throws Exception {
        // Each sample records a CONFIDENTIALITY_ASSURANCE from the snooper; the determination finds deliberate misuse
        // (45 CFR 164.402(2)(iv): such an assurance is no mitigation), so telling patients about it would reassure
        // them falsely.
        List<Path> files = draft(out, samples().resolve(sample + ".json").toString());
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertFalse(Files.readString(f).contains("assurance that the information will be kept confidential"),
                    f.getFileName().toString());
        }
        assertTrue(files.stream().anyMatch(f -> {
            try {
                return Files.readString(f).contains("We have already revoked the access.");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }) || !sample.startsWith("18"), "the other mitigation is still said, in a sentence");
    }

    @Test
    void theRuleWhoseFindingDiscountsTheAssuranceExistsInTheBuiltInRules() {
        // The drafts read this rule's finding: a rename in risk-assessment.drl must fail here, not silently.
        assertEquals("risk-assessment.drl", org.breachrules.drools.DroolsBreachDeterminer.builtIn()
                .ruleFile(NoticeDrafts.MISUSED_ON_PURPOSE));
    }

    @Test
    void whenTwoMitigationsWereTaken_thenTheLetterJoinsThemWithAnd(@TempDir Path out) throws Exception {
        // Sample 05 (a misdirected e-mail: an assurance and a destruction attestation), with the access revoked too.
        String json = Files.readString(samples().resolve("05-misdirected-email.json"));
        Path incident = out.resolve("two.json");
        Files.writeString(incident, json.replace("\"CONFIDENTIALITY_ASSURANCE\"",
                "\"CONFIDENTIALITY_ASSURANCE\", \"ACCESS_REVOKED\""));
        List<Path> files = draft(out.resolve("drafts"), incident.toString());
        String all = String.join("\n", files.stream().map(f -> {
            try {
                return Files.readString(f);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList());
        assertTrue(all.contains("We have already obtained an assurance that the information will be kept"
                + " confidential, revoked the access and obtained a written attestation that the information was"
                + " destroyed."), all);
    }
}
