package org.breachrules.cli.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.breachrules.cli.BreachRulesCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template may use only the names its draft gives (TemplateVariables): anything else would print nothing where a
 * fact belongs, so it stops draft-notices with the file and line. The documented list is the one the code enforces.
 */
class TemplateVariablesTest {
    private static Path sample() {
        return Path.of(System.getProperty("samples.dir", "samples")).resolve("12-multi-state-media.json");
    }

    private static BreachRulesCliAccess.Result draft(Path dir, Path templates) {
        return BreachRulesCliAccess.run("draft-notices", "--as-of", "2026-11-20", "--out",
                dir.resolve("out").toString(), "--templates", templates.toString(), sample().toString());
    }

    @Test
    void whenATemplateNamesAnUnknownVariable_thenNothingIsWrittenAndItsFileAndLineAreNamed(@TempDir Path dir)
            throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("media.mustache"), "For release.\n\n{{state}}: {{residentsAffected}}.\n");

        BreachRulesCliAccess.Result r = draft(dir, templates);

        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("media.mustache: line 3: {{residentsAffected}} is not a variable of"
                + " media.mustache"), r.err());
        assertFalse(Files.exists(dir.resolve("out")) && Files.list(dir.resolve("out")).findAny().isPresent(),
                "no draft is written");
    }

    @Test
    void whenAnIncludedTemplateNamesAnUnknownVariable_thenTheIncludedFileIsNamed(@TempDir Path dir)
            throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("individuals.mustache"), "Dear {{salutation}},\n{{> footer}}\n");
        Files.writeString(templates.resolve("footer.mustache"), "Call {{tollFree}}.\n{{#held}}{{holdEnd}}{{/held}}\n");

        BreachRulesCliAccess.Result r = draft(dir, templates);

        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("footer.mustache: line 2: {{holdEnd}} is not a variable of individuals.mustache"),
                r.err());
    }

    @Test
    void whenATemplateUsesAVariableOfAnotherTemplate_thenItIsRefused(@TempDir Path dir) throws Exception {
        // media's {{state}} is not given to the letter to individuals: it would print nothing there.
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("individuals.mustache"), "Residents of {{state}}\n");

        BreachRulesCliAccess.Result r = draft(dir, templates);

        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("line 1: {{state}} is not a variable of individuals.mustache"), r.err());
    }

    @Test
    void whenATemplateUsesOnlyItsVariables_listsAndSectionsIncluded_thenItIsDrafted(@TempDir Path dir)
            throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("individuals.mustache"),
                "{{! a comment }}Dear {{salutation}},\n{{#steps}}- {{.}}\n{{/steps}}{{^held}}{{{deadline}}}{{/held}}\n");

        BreachRulesCliAccess.Result r = draft(dir, templates);

        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void theDocumentedVariablesAreTheOnesEachTemplateGets() throws Exception {
        String doc = Files.readString(Path.of(System.getProperty("docs.dir", "../docs"), "reports-and-drafts.md"));
        String section = doc.substring(doc.indexOf("## Template variables"));
        String common = section.substring(section.indexOf("Every template:"), section.indexOf("Only some templates:"));
        String some = section.substring(section.indexOf("Only some templates:"));

        Set<String> documentedCommon = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\|").matcher(common);
        while (row.find()) {
            documentedCommon.add(row.group(1));
        }
        assertEquals(new TreeSet<>(TemplateVariables.COMMON), documentedCommon);

        Map<String, Set<String>> documented = new LinkedHashMap<>();
        Matcher line = Pattern.compile("(?m)^\\| `([\\w-]+\\.mustache)` \\| (.*) \\|$").matcher(some);
        while (line.find()) {
            Set<String> names = new TreeSet<>(documentedCommon);
            Matcher name = Pattern.compile("`(\\w+)`").matcher(line.group(2));
            while (name.find()) {
                names.add(name.group(1));
            }
            documented.put(line.group(1), names);
        }
        assertEquals(TemplateVariables.byTemplate(), documented);
    }
}
