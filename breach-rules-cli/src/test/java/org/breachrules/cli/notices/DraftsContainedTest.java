package org.breachrules.cli.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.breachrules.cli.BreachRulesCliAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26: draft folders never collide nor leave {@code --out}; templates include only their own folder and are
 * bounded in size, nesting and output; a bad template is exit 2 and one line naming it and its line.
 */
class DraftsContainedTest {
    @TempDir
    Path dir;
    private Path templates;
    private Path out;

    @BeforeEach
    void folders() throws Exception {
        templates = Files.createDirectories(dir.resolve("templates"));
        out = dir.resolve("out");
    }

    private static String sample() throws Exception {
        return Files.readString(Path.of(System.getProperty("samples.dir", "samples"), "12-multi-state-media.json"));
    }

    /** The sample once per id, as one JSON array file. */
    private Path incidents(String... ids) throws Exception {
        String text = sample();
        List<String> copies = new ArrayList<>();
        for (String id : ids) {
            copies.add(text.replace("\"TCIP-2026-CLOUD-01\"", "\"" + id + "\""));
        }
        Path file = dir.resolve("incidents.json");
        Files.writeString(file, "[" + String.join(",", copies) + "]", StandardCharsets.UTF_8);
        return file;
    }

    private BreachRulesCliAccess.Result draft(Path input, boolean withTemplates) {
        List<String> args = new ArrayList<>(List.of("draft-notices", "--as-of", "2026-11-20", "--out",
                out.toString()));
        if (withTemplates) {
            args.addAll(List.of("--templates", templates.toString()));
        }
        args.add(input.toString());
        return BreachRulesCliAccess.run(args.toArray(String[]::new));
    }

    private List<Path> folders(Path where) throws Exception {
        try (Stream<Path> list = Files.list(where)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static void assertOneLineNamingTheLine(BreachRulesCliAccess.Result r, String template, int line) {
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(template) && r.err().contains("line " + line), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void whenIdsDifferOnlyInCharactersAFolderNameCannotHold_thenEachGetsItsOwnFolder() throws Exception {
        // Given three ids that escape to the same A_B
        BreachRulesCliAccess.Result r = draft(incidents("A/B", "A_B", "A:B"), false);
        // Then three folders, each an escaped id plus a hash of the exact id
        assertEquals(0, r.exit(), r.err());
        List<Path> folders = folders(out);
        assertEquals(3, folders.size(), folders.toString());
        for (Path f : folders) {
            assertTrue(f.getFileName().toString().matches("A_B-[0-9a-f]{8}"), f.toString());
            assertTrue(Files.isRegularFile(f.resolve("individuals.txt")), f.toString());
        }
    }

    @Test
    void whenIdsAreDotAndDotDot_thenTheirDraftsStayInTheirOwnFoldersInsideOut() throws Exception {
        // When
        BreachRulesCliAccess.Result r = draft(incidents("..", "."), false);
        // Then nothing lands in out itself or in its parent
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, folders(out).size());
        try (Stream<Path> inOut = Files.list(out); Stream<Path> inParent = Files.list(dir)) {
            assertTrue(inOut.allMatch(Files::isDirectory), "no draft written into --out itself");
            assertTrue(inParent.noneMatch(p -> p.getFileName().toString().endsWith(".txt")), "none in its parent");
        }
        for (Path f : folders(out)) {
            assertTrue(f.getFileName().toString().matches("_\\.?-[0-9a-f]{8}"), f.toString());
        }
    }

    @Test
    void whenATemplateIncludesAFileAboveItsFolder_thenItIsRefusedWithItsLine() throws Exception {
        // Given a template outside the folder and one that includes it with ".."
        Files.writeString(dir.resolve("secret.mustache"), "SECRET-OUTSIDE");
        Files.writeString(templates.resolve("media.mustache"), "Press notice\n{{> ../secret}}\n");
        // When / Then
        BreachRulesCliAccess.Result r = draft(incidents("X-1"), true);
        assertOneLineNamingTheLine(r, "media.mustache", 2);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void whenATemplateIncludesAnAbsolutePath_thenItIsRefusedWithItsLine() throws Exception {
        Files.writeString(dir.resolve("secret.mustache"), "SECRET-OUTSIDE");
        Files.writeString(templates.resolve("individuals.mustache"),
                "Dear {{salutation}},\n\n\n{{> " + dir.resolve("secret").toAbsolutePath() + "}}\n");
        assertOneLineNamingTheLine(draft(incidents("X-1"), true), "individuals.mustache", 4);
    }

    @Test
    void whenATemplateOrAPartialIsASymbolicLinkLeadingOut_thenItIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.mustache"), "SECRET-OUTSIDE");
        try {
            Files.createSymbolicLink(templates.resolve("header.mustache"), secret);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "symbolic links are needed");
        }
        Files.writeString(templates.resolve("media.mustache"), "{{> header}}\n");
        BreachRulesCliAccess.Result partial = draft(incidents("X-1"), true);
        assertEquals(2, partial.exit(), partial.err());
        assertTrue(partial.err().contains("leads outside the templates folder"), partial.err());
        assertFalse(partial.out().contains("SECRET") || partial.err().contains("SECRET"));

        Files.delete(templates.resolve("media.mustache"));
        Files.createSymbolicLink(templates.resolve("media.mustache"), secret);
        BreachRulesCliAccess.Result top = draft(incidents("X-1"), true);
        assertEquals(2, top.exit(), top.err());
        assertTrue(top.err().contains("media.mustache") && top.err().contains("leads outside"), top.err());
    }

    @Test
    void whenATemplateIncludesAnotherOfItsFolder_thenTheDraftHasIt() throws Exception {
        Files.writeString(templates.resolve("footer.mustache"), "-- {{entity}}\n");
        Files.writeString(templates.resolve("media.mustache"), "Notice for {{state}}.\n{{> footer}}");
        BreachRulesCliAccess.Result r = draft(incidents("X-1"), true);
        assertEquals(0, r.exit(), r.err());
        Path media;
        try (Stream<Path> walk = Files.walk(out)) {
            media = walk.filter(p -> p.getFileName().toString().equals("media-PA.txt")).findFirst().orElseThrow();
        }
        assertTrue(Files.readString(media).startsWith("Notice for Pennsylvania.\n-- "), Files.readString(media));
    }

    @Test
    void whenATemplateIsLargerThanTheLimit_thenItIsRefusedNamingTheLimit() throws Exception {
        Files.writeString(templates.resolve("media.mustache"), "x".repeat(TemplateFolder.MAX_BYTES + 1));
        BreachRulesCliAccess.Result r = draft(incidents("X-1"), true);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("media.mustache") && r.err().contains("256 KB"), r.err());
    }

    @Test
    void whenSectionsNestFiveThousandDeep_thenOneLineNamesTheTemplateAndLineAndNoStackTrace() throws Exception {
        StringBuilder t = new StringBuilder("Deep\n");
        for (int i = 0; i < 5000; i++) {
            t.append("{{#steps}}");
        }
        Files.writeString(templates.resolve("individuals.mustache"), t.toString());
        assertOneLineNamingTheLine(draft(incidents("X-1"), true), "individuals.mustache", 2);
    }

    @Test
    void whenAPartialIncludesItselfThroughAnother_thenExit2AndOneLineNamingTemplateAndLine() throws Exception {
        Files.writeString(templates.resolve("a.mustache"), "A\n{{> b}}\n");
        Files.writeString(templates.resolve("b.mustache"), "B\n\n{{> a}}\n");
        Files.writeString(templates.resolve("media.mustache"), "{{> a}}\n");
        BreachRulesCliAccess.Result r = draft(incidents("X-1"), true);
        assertOneLineNamingTheLine(r, "b.mustache", 3);
        assertTrue(r.err().contains("may not include itself"), r.err());
    }

    @Test
    void whenIncludesMultiplyTheText_thenTheTemplateIsRefusedBeforeMustacheCompilesIt() throws Exception {
        // Given 30 levels, each including the next ten times: 10^30 copies if nothing stopped it
        for (int i = 0; i < 30; i++) {
            Files.writeString(templates.resolve("p" + i + ".mustache"), ("{{> p" + (i + 1) + "}}").repeat(10));
        }
        Files.writeString(templates.resolve("p30.mustache"), "x".repeat(1000));
        Files.writeString(templates.resolve("media.mustache"), "{{> p0}}");
        BreachRulesCliAccess.Result r = draft(incidents("X-1"), true);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(".mustache: line 1: with what it includes") && r.err().contains("1024 KB"),
                r.err());
    }

    @Test
    void whenNestedSectionsRepeatTheTextWithoutEnd_thenTheDraftIsBoundedAndRefused() throws Exception {
        // Given a small template whose sections repeat each other (a few steps, 30 deep)
        String t = "{{#steps}}".repeat(30) + "x".repeat(100) + "{{/steps}}".repeat(30);
        Files.writeString(templates.resolve("individuals.mustache"), t);
        // Then the draft stops at the limit, exit 2, nothing written
        BreachRulesCliAccess.Result r = draft(incidents("X-1"), true);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("individuals.mustache") && r.err().contains("longer than "
                + NoticeDrafts.MAX_DRAFT_CHARS), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
