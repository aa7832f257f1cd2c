package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Issue 24, item 4: one {@link Format} for every {@code --format}. Each command takes the formats it writes, in any
 * case, names them in lower case, and refuses the others as bad usage (exit 2, one line naming the values it takes).
 */
class FormatOptionTest {

    /** What picocli parsed {@code --format VALUE} of {@code command} into. */
    private static Format parsed(String command, String value) {
        CommandLine cli = BreachRulesCli.commandLine(Cli.fixed(Cli.engine()), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> args = new java.util.ArrayList<>(List.of(command, "--format", value));
        args.addAll(command.equals("verify") ? List.of("--rules", "rules") : List.of("incident.json"));
        return cli.parseArgs(args.toArray(String[]::new)).subcommand().matchedOptionValue("--format", null);
    }

    @ParameterizedTest
    @CsvSource({"evaluate, json, JSON", "evaluate, Text, TEXT", "evaluate, HTML, HTML",
        "register, text, TEXT", "register, JSON, JSON", "register, html, HTML",
        "verify, TEXT, TEXT", "verify, json, JSON"})
    void whenACommandWritesTheFormat_thenAnyCaseIsRead(String command, String value, Format expected) {
        assertEquals(expected, parsed(command, value));
    }

    @Test
    void whenVerifyIsAskedForHtml_thenItIsBadUsageNamingTextAndJson() {
        Cli.Result result = Cli.run("verify", "--rules", "rules", "--format", "html");

        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertEquals(List.of("--format: expected one of [text, json] (case-insensitive) but was 'html'"),
                result.errLines());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "evaluate | [json, text, html]", "register | [text, json, html]", "verify | [text, json]"})
    void whenTheFormatIsUnknown_thenTheLineNamesTheCommandsValuesInLowerCase(String command, String values) {
        List<String> args = new java.util.ArrayList<>(List.of(command, "--format", "xml"));
        args.addAll(command.equals("verify") ? List.of("--rules", "rules") : List.of("incident.json"));

        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertEquals(2, result.exit());
        assertEquals(List.of("--format: expected one of " + values + " (case-insensitive) but was 'xml'"),
                result.errLines());
    }

    @Test
    void whenHelpOrCompletionNameTheFormats_thenInLowerCase() {
        assertTrue(Cli.run("evaluate", "--help").out().contains("--format=json|text|html"));
        assertTrue(Cli.run("register", "--help").out().contains("--format=text|json|html"));
        assertTrue(Cli.run("verify", "--help").out().contains("--format=text|json"));
        String completion = Cli.run("generate-completion").out();
        assertTrue(completion.contains("(\"json\" \"text\" \"html\") # --format values"), completion);
        assertTrue(completion.contains("(\"text\" \"json\") # --format values"), completion);
    }
}
