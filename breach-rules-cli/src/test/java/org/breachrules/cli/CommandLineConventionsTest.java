package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** picocli's conventions, the same for every command: help, version, the exit-status table, completion. */
class CommandLineConventionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "export-rules", "verify", "generate"})
    void whenAnyCommandAskedForHelp_thenItShowsTheOneExitStatusTable(String command) {
        Cli.Result result = Cli.run(command, "--help");
        assertEquals(0, result.exit());
        assertTrue(result.out().contains("Exit status:"), result.out());
        assertTrue(result.out().contains("3   verify: the tuned rules go below the federal floor"), result.out());
        assertTrue(result.out().contains("-V, --version"), result.out());
        assertEquals(result.out(), Cli.run("help", command).out(), "help COMMAND prints the same");
    }

    /** Issue 24, item 4: one RulesOption on every command that evaluates; verify cannot run without its folder. */
    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "register", "hhs-log", "draft-notices", "verify"})
    void whenACommandEvaluates_thenItTakesRulesAndAllowAnyJava(String command) {
        String help = Cli.run(command, "--help").out();
        boolean required = command.equals("verify"); // nothing to compare without tuned rules
        assertEquals(!required, help.contains("[--rules=DIR]"), help);
        assertTrue(help.contains(" --rules=DIR "), help);
        assertTrue(help.contains("[--allow-any-java]"), help);
    }

    @Test
    void whenAskedForTheVersion_thenTheLibraryAndTheBuiltInRulesAreNamed() {
        Cli.Result result = Cli.run("--version");
        assertEquals(0, result.exit());
        assertTrue(result.out().startsWith("breach-rules 0."), result.out());
        assertTrue(result.out().contains("built-in rules " + Cli.engine().rulesVersion()), result.out());
        assertEquals(result.out(), Cli.run("evaluate", "--version").out());
    }

    @Test
    void whenAskedForCompletion_thenABashScriptNamesEveryCommand() {
        Cli.Result result = Cli.run("generate-completion");
        assertEquals(0, result.exit());
        assertTrue(result.out().startsWith("#!/usr/bin/env bash"), result.out());
        for (String command : new String[] {"evaluate", "export-rules", "verify", "generate"}) {
            assertTrue(result.out().contains(command), command);
        }
    }

    @Test
    void whenTheDateIsNotADate_thenTheTypedOptionSaysSoOnOneLine() {
        Cli.Result result = Cli.run("generate", "--count", "1", "--as-of", "yesterday");
        assertEquals(2, result.exit());
        assertEquals("--as-of: expected a date (YYYY-MM-DD), got \"yesterday\"", result.err().strip());
    }
}
