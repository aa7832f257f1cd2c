package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.breachrules.api.BreachDeterminer;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every shell line of README.md and docs/*.md ({@code ```sh} and {@code ```bash} blocks) is run, checked or excluded
 * by name: a command the docs give is a test (the Java snippets are {@link DocSnippetsTest}'s).
 *
 * <ul>
 *   <li>A line that calls the tool ({@code java [JVM options] -jar breach-rules-cli/target/breach-rules-cli.jar
 *   COMMAND ...}, also through a variable such as {@code $J} that the document defines) runs in-process through
 *   {@link BreachRulesCli#commandLine}, in the document's order, from a temporary folder: a path that exists in the
 *   repository (the samples, the tuned policy) is the repository's, any other path (what a command writes, {@code
 *   /tmp/...}) lands in the temporary folder, and {@code > FILE} writes standard output there. The exit status must
 *   be 0 (no documented command is shown failing), and where the document says what a command prints or writes,
 *   {@link #CHECKS} checks it. A command that takes {@code --as-of} must give it: its documented output is then the
 *   same every day, and so is this test.</li>
 *   <li>Files a line names that no earlier line makes are made as the docs describe them ({@link Session}): {@code
 *   my-rules} is docs/tuning.md's {@code policy.properties} example, {@code incidents.ndjson} comes from {@code
 *   generate}.</li>
 *   <li>A synopsis line (one with {@code [options]}: the README's command list) is checked against picocli's own
 *   model: the command exists, every option shown exists on it with its own parameter label, shown without brackets
 *   exactly when it is required, every option of the command is shown (or is one every command takes, which the
 *   README says), and every command of the tool has a line.</li>
 *   <li>A line that cannot run in a unit test is listed in {@link #NOT_RUN} with the reason. A line that is none of
 *   these, an exclusion or check that names no line any more, fails the test.</li>
 * </ul>
 */
class DocShellSnippetsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String JAR = "breach-rules-cli/target/breach-rules-cli.jar";
    /** What the build writes (the cli-cds-archive execution): the only archive a documented command may name. */
    private static final String ARCHIVE = "breach-rules-cli/target/breach-rules-cli.jsa";
    /** A shell block, possibly indented as a list item's. */
    private static final Pattern SHELL_BLOCK = Pattern.compile("(?m)^( *)```(?:sh|bash|shell|console|zsh)\\n(.*?)^\\1```$",
            Pattern.DOTALL);
    private static final Pattern DEFINITION = Pattern.compile("([A-Z_][A-Z0-9_]*)=(.*)", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Z_][A-Z0-9_]*)");
    private static final Pattern RULES_VERSION = Pattern.compile("tuned:sha256:[0-9a-f]{16,64}");
    /** Options every command takes, said once in the README rather than on each command's line. */
    private static final String EVERY_COMMAND_TAKES = "Every command takes `-h`/`--help`, `-V`/`--version`";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BUILD = "the build; .ci/run runs it (mvn -B verify), and this test runs after it";
    private static final String TIMING_LOOP = "the performance notebook's timing loop: the commands run just above,"
            + " each timed three times in a fresh JVM with /usr/bin/time (a measurement, not a behaviour)";
    private static final String SERVICE = "starts the Spring example service and calls it over HTTP;"
            + " DeterminationServiceTest (breach-rules-spring-example) posts incidents to the same endpoint";

    /** Lines, or {@code &&} parts of a line, that are not run here, each with the reason. */
    private static final Map<String, String> NOT_RUN = Map.ofEntries(
            Map.entry("mvn -B -q -DskipTests package", BUILD),
            Map.entry("mvn -B verify", BUILD),
            Map.entry("mvn -B -q install -DskipTests && java -jar"
                    + " breach-rules-spring-example/target/breach-rules-spring-example-0.1.0-SNAPSHOT.jar &", SERVICE),
            Map.entry("curl -s -X POST -H 'Content-Type: application/json' --data"
                    + " @breach-rules-examples/samples/03-lost-laptop-unencrypted.json"
                    + " 'http://localhost:8080/determinations?asOf=2026-11-20'", SERVICE),
            Map.entry("for r in 1 2 3; do", TIMING_LOOP),
            Map.entry("/usr/bin/time -f \"built-in %e s %M KB\" $J evaluate --as-of 2026-11-20 $S > /dev/null",
                    TIMING_LOOP),
            Map.entry("/usr/bin/time -f \"jar %e s %M KB\" $J evaluate --as-of 2026-11-20 --rules /tmp/tuned.jar $S"
                    + " > /dev/null", TIMING_LOOP),
            Map.entry("/usr/bin/time -f \"warm cache %e s %M KB\" env BREACH_RULES_CACHE=/tmp/brc $J evaluate --as-of"
                    + " 2026-11-20 --rules breach-rules-examples/tuned-policy $S > /dev/null", TIMING_LOOP),
            Map.entry("/usr/bin/time -f \"folder %e s %M KB\" $J evaluate --as-of 2026-11-20 --rules"
                    + " breach-rules-examples/tuned-policy $S > /dev/null", TIMING_LOOP),
            Map.entry("done", TIMING_LOOP),
            Map.entry("java -jar breach-rules-cli/target/breach-rules-cli.jar generate --count 1000000 --as-of"
                    + " 2026-11-20 | java -Xmx256m -jar breach-rules-cli/target/breach-rules-cli.jar evaluate --ndjson"
                    + " --as-of 2026-11-20 - > determinations.ndjson", "a million incidents through a pipe (minutes);"
                    + " NdjsonStreamingTest streams generated incidents through evaluate --ndjson"));

    /** What a command prints or writes, where the document says so; keyed by the command as the document gives it. */
    private static final Map<String, Check> CHECKS = Map.ofEntries(
            // README: "print the report a privacy officer reads" for the bundled samples.
            Map.entry("java -XX:SharedArchiveFile=breach-rules-cli/target/breach-rules-cli.jsa -jar"
                    + " breach-rules-cli/target/breach-rules-cli.jar evaluate --as-of 2026-11-20 --format text"
                    + " breach-rules-examples/samples/*.json", (run, session) -> {
                        for (String id : sampleIds()) {
                            assertTrue(run.out().contains(id), "the report names sample incident " + id);
                        }
                    }),
            // across-incidents.md: "--ics FILE ... writes each open deadline as a calendar event".
            Map.entry("java -jar breach-rules-cli/target/breach-rules-cli.jar register --as-of 2026-11-20 --ics"
                    + " deadlines.ics breach-rules-examples/samples", (run, session) -> {
                        assertTrue(session.read("deadlines.ics").startsWith("BEGIN:VCALENDAR"), "deadlines.ics");
                        assertTrue(session.read("deadlines.ics").contains("BEGIN:VEVENT"), "an event per deadline");
                    }),
            // across-incidents.md: one CSV row each, with "missing_portal_fields".
            Map.entry("java -jar breach-rules-cli/target/breach-rules-cli.jar hhs-log --year 2026 --as-of 2026-11-20"
                    + " --csv hhs-2026.csv breach-rules-examples/samples", (run, session) -> assertTrue(
                            session.read("hhs-2026.csv").lines().findFirst().orElse("")
                                    .contains("missing_portal_fields"), "hhs-2026.csv's header")),
            // across-incidents.md: "DIR/INCIDENT/chain lists the bundles' manifest hashes".
            Map.entry("java -jar breach-rules-cli/target/breach-rules-cli.jar evaluate --as-of 2026-11-20 --evidence"
                    + " evidence breach-rules-examples/samples/03-lost-laptop-unencrypted.json > /dev/null",
                    (run, session) -> {
                        try (Stream<Path> chains = Files.find(session.path("evidence"), 2,
                                (p, a) -> p.getFileName().toString().equals("chain"))) {
                            assertEquals(1, chains.count(), "evidence/INCIDENT/chain");
                        }
                    }),
            // performance.md: compile-rules writes the jar the timing loop loads.
            Map.entry("$J compile-rules --rules breach-rules-examples/tuned-policy --out /tmp/tuned.jar",
                    (run, session) -> assertTrue(Files.isRegularFile(session.path("/tmp/tuned.jar")), run.out())),
            // performance.md: "the first run of --rules DIR compiles the folder into that cache".
            Map.entry("BREACH_RULES_CACHE=/tmp/brc $J evaluate --as-of 2026-11-20 --rules"
                    + " breach-rules-examples/tuned-policy $S > /dev/null", (run, session) -> {
                        try (Stream<Path> cached = Files.list(session.path("/tmp/brc"))) {
                            assertTrue(cached.findAny().isPresent(), "the cache holds the compiled folder");
                        }
                    }),
            // performance.md: "one compact determination per line, in input order".
            Map.entry("java -XX:+UseParallelGC -Xmx256m -jar breach-rules-cli/target/breach-rules-cli.jar evaluate"
                    + " --ndjson --quiet --as-of 2026-11-20 incidents.ndjson > determinations.ndjson",
                    (run, session) -> {
                        List<String> in = session.read("incidents.ndjson").lines().toList();
                        List<String> out = session.read("determinations.ndjson").lines().toList();
                        assertEquals(in.size(), out.size(), "one determination per incident");
                        for (int i = 0; i < in.size(); i++) {
                            assertEquals(JSON.readTree(in.get(i)).path("id"), JSON.readTree(out.get(i))
                                    .path("incidentId"), "line " + (i + 1) + " in input order");
                        }
                    }),
            // tuning.md: "rulesVersion is then tuned:sha256:..."; "Findings that use one of your values say so".
            Map.entry("java -jar breach-rules-cli/target/breach-rules-cli.jar evaluate --as-of 2026-11-20 --format"
                    + " text --rules my-rules breach-rules-examples/samples/09-business-associate-baa-window.json",
                    (run, session) -> {
                        assertTrue(RULES_VERSION.matcher(run.out()).find(), run.out());
                        assertTrue(run.out().contains("(organisation policy: businessAssociateNoticeDays = 10)"),
                                run.out());
                    }),
            // tuning.md: "The jar keeps the folder's files, so each determination names the same rulesVersion".
            Map.entry("java -jar breach-rules-cli/target/breach-rules-cli.jar evaluate --as-of 2026-11-20 --format"
                    + " text --rules my-rules.jar"
                    + " breach-rules-examples/samples/09-business-associate-baa-window.json", (run, session) -> {
                        Matcher folder = RULES_VERSION.matcher(session.printed("--rules my-rules "));
                        Matcher jar = RULES_VERSION.matcher(run.out());
                        assertTrue(folder.find() && jar.find(), run.out());
                        assertEquals(folder.group(), jar.group(), "the jar's rules version is the folder's");
                    }));


    /** A check of what a documented command printed or wrote. */
    @FunctionalInterface
    private interface Check {
        void verify(Cli.Result run, Session session) throws IOException;
    }

    /** One line of a shell block, continuation lines joined; {@code where} is FILE:LINE. */
    private record ShellLine(String where, String document, String text) {
    }

    /** What a line, or one {@code &&} part of it, is. */
    private sealed interface Step {
    }

    private record Definition(String name, String value) implements Step {
    }

    private record MakeDirectory(String path) implements Step {
    }

    /** A call of the tool: {@code text} as the document gives it, the arguments after the jar, variables expanded. */
    private record Run(String text, Map<String, String> environment, List<String> jvmOptions, List<String> args,
                       String redirect) implements Step {
    }

    private record Synopsis(List<String> args) implements Step {
    }

    private record Excluded(String text, String reason) implements Step {
    }

    private record Unknown(String text) implements Step {
    }

    // ---- the docs' shell lines

    private static List<ShellLine> shellLines() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<ShellLine> out = new ArrayList<>();
        for (Path file : files) {
            String name = ROOT.relativize(file).toString().replace('\\', '/');
            String text = Files.readString(file);
            Matcher block = SHELL_BLOCK.matcher(text);
            while (block.find()) {
                int number = (int) text.substring(0, block.start(2)).chars().filter(c -> c == '\n').count() + 1;
                String joined = "";
                int first = number;
                for (String raw : block.group(2).split("\n", -1)) {
                    String line = raw.strip();
                    if (joined.isEmpty()) {
                        first = number;
                    }
                    number++;
                    if (line.endsWith("\\")) {
                        joined += line.substring(0, line.length() - 1).strip() + " ";
                        continue;
                    }
                    joined += line;
                    if (!joined.isBlank() && !joined.startsWith("#")) {
                        out.add(new ShellLine(name + ":" + first, name, joined));
                    }
                    joined = "";
                }
            }
        }
        return out;
    }

    /** The steps of each line, in order; variables a document defines are expanded in its later lines. */
    private static Map<ShellLine, List<Step>> steps() throws IOException {
        Map<ShellLine, List<Step>> out = new LinkedHashMap<>();
        Map<String, Map<String, String>> variables = new HashMap<>();
        for (ShellLine line : shellLines()) {
            Map<String, String> defined = variables.computeIfAbsent(line.document(), d -> new HashMap<>());
            List<Step> steps = new ArrayList<>();
            if (NOT_RUN.containsKey(line.text())) {
                steps.add(new Excluded(line.text(), NOT_RUN.get(line.text())));
            } else {
                for (String part : line.text().split(" && ")) {
                    Step step = step(part.strip(), defined);
                    if (step instanceof Definition d) {
                        defined.put(d.name(), d.value());
                    }
                    steps.add(step);
                }
            }
            out.put(line, steps);
        }
        return out;
    }

    private static Step step(String text, Map<String, String> defined) {
        if (NOT_RUN.containsKey(text)) {
            return new Excluded(text, NOT_RUN.get(text));
        }
        List<String> words = words(text);
        if (words == null) {
            return new Unknown(text);
        }
        if (words.size() == 1 && DEFINITION.matcher(words.get(0)).matches()) {
            Matcher d = DEFINITION.matcher(words.get(0));
            d.matches();
            return new Definition(d.group(1), d.group(2));
        }
        if (words.size() == 3 && words.get(0).equals("mkdir") && words.get(1).equals("-p")) {
            return new MakeDirectory(words.get(2));
        }
        List<String> expanded = new ArrayList<>();
        for (String word : words) {
            Matcher whole = VARIABLE.matcher(word);
            if (whole.matches()) {
                String value = defined.get(whole.group(1));
                if (value == null) {
                    return new Unknown(text);
                }
                expanded.addAll(List.of(value.split(" +")));
            } else {
                expanded.add(VARIABLE.matcher(word).replaceAll(m -> Matcher.quoteReplacement(
                        defined.getOrDefault(m.group(1), m.group()))));
            }
        }
        Map<String, String> environment = new LinkedHashMap<>();
        int i = 0;
        while (i < expanded.size() && DEFINITION.matcher(expanded.get(i)).matches()) {
            Matcher d = DEFINITION.matcher(expanded.get(i++));
            d.matches();
            environment.put(d.group(1), d.group(2));
        }
        if (i >= expanded.size() || !expanded.get(i++).equals("java")) {
            return new Unknown(text);
        }
        List<String> jvm = new ArrayList<>();
        while (i < expanded.size() && !expanded.get(i).equals("-jar")) {
            if (!expanded.get(i).startsWith("-")) {
                return new Unknown(text);
            }
            jvm.add(expanded.get(i++));
        }
        if (i + 2 > expanded.size() || !expanded.get(i + 1).equals(JAR)) {
            return new Unknown(text);
        }
        List<String> args = new ArrayList<>(expanded.subList(i + 2, expanded.size()));
        if (args.stream().anyMatch(a -> a.contains("["))) {
            return new Synopsis(args);
        }
        String redirect = null;
        int arrow = args.indexOf(">");
        if (arrow >= 0) {
            if (arrow != args.size() - 2) {
                return new Unknown(text);
            }
            redirect = args.get(arrow + 1);
            args = args.subList(0, arrow);
        }
        if (args.stream().anyMatch(a -> Set.of("|", "&", ";", "<", "2>", ">>").contains(a))) {
            return new Unknown(text);
        }
        return new Run(text, environment, jvm, List.copyOf(args), redirect);
    }

    /** Words as the shell splits them (quotes removed); null when the line uses more shell than this. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    return null;
                }
                word.append(text, i + 1, end);
                inWord = true;
                i = end;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '`' || c == '\\' || c == '(' || c == ')') {
                return null;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    // ---- the tests

    @Test
    void everyShellLineIsRunCheckedOrExcludedWithAReason() throws IOException {
        Map<ShellLine, List<Step>> steps = steps();
        List<String> problems = new ArrayList<>();
        Set<String> excluded = new TreeSet<>();
        Set<String> run = new TreeSet<>();
        steps.forEach((line, parts) -> parts.forEach(step -> {
            if (step instanceof Unknown u) {
                problems.add(line.where() + ": neither run, a synopsis, nor excluded in DocShellSnippetsTest.NOT_RUN"
                        + " (with the reason): " + u.text());
            } else if (step instanceof Excluded e) {
                excluded.add(e.text());
            } else if (step instanceof Run r) {
                run.add(r.text());
            }
        }));
        NOT_RUN.keySet().stream().filter(text -> !excluded.contains(text))
                .forEach(text -> problems.add("NOT_RUN names a line no document has any more: " + text));
        CHECKS.keySet().stream().filter(text -> !run.contains(text))
                .forEach(text -> problems.add("CHECKS names a command no document runs any more: " + text));
        assertTrue(run.size() >= 15, "the documented commands: " + run);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @TestFactory
    Stream<DynamicNode> everyDocumentedCommandRunsAsDocumented(@TempDir Path dir) throws IOException {
        Map<String, List<DynamicTest>> byDocument = new LinkedHashMap<>();
        Map<String, Session> sessions = new HashMap<>();
        steps().forEach((line, parts) -> {
            if (parts.stream().noneMatch(Run.class::isInstance)) {
                return;
            }
            Session session = sessions.computeIfAbsent(line.document(),
                    d -> new Session(dir.resolve(d.replace('/', '_'))));
            byDocument.computeIfAbsent(line.document(), d -> new ArrayList<>()).add(DynamicTest.dynamicTest(
                    line.where() + ": " + line.text(), () -> {
                        for (Step step : parts) {
                            session.execute(step, line.where());
                        }
                    }));
        });
        return byDocument.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue()));
    }

    @Test
    void theCommandListShowsEveryCommandWithItsOwnOptions() throws IOException {
        CommandLine tool = tool();
        List<String> problems = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        steps().forEach((line, parts) -> parts.stream().filter(Synopsis.class::isInstance).map(Synopsis.class::cast)
                .forEach(s -> listed.add(synopsisProblems(tool, line.where(), s.args(), problems))));
        Set<String> commands = new TreeSet<>(tool.getSubcommands().keySet());
        // picocli's own commands, which the README names in words after the list.
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (String own : List.of("help", "generate-completion")) {
            commands.remove(own);
            if (!readme.contains("`" + own)) {
                problems.add("README.md does not name the command " + own);
            }
        }
        int every = readme.indexOf(EVERY_COMMAND_TAKES);
        if (every < 0 || !readme.substring(every, readme.indexOf(';', every)).contains("`" + DebugOption.NAME + "`")) {
            problems.add("README.md does not say \"" + EVERY_COMMAND_TAKES + " ... and `" + DebugOption.NAME + "`\"");
        }
        commands.stream().filter(c -> !listed.contains(c))
                .forEach(c -> problems.add("README.md's command list has no line for " + c));
        assertTrue(listed.size() >= 9, "the README's command list: " + listed);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The problems of one synopsis line, added to {@code problems}; returns its command. */
    private static String synopsisProblems(CommandLine tool, String where, List<String> args, List<String> problems) {
        String command = args.get(0);
        CommandLine sub = tool.getSubcommands().get(command);
        if (sub == null) {
            problems.add(where + ": the tool has no command " + command);
            return command;
        }
        CommandSpec spec = sub.getCommandSpec();
        Set<OptionSpec> shown = new LinkedHashSet<>();
        int depth = 0;
        for (int i = 1; i < args.size(); i++) {
            String word = args.get(i);
            int opened = word.length() - word.replaceAll("^\\[+", "").length();
            int closed = word.length() - word.replaceAll("]+$", "").length();
            depth += opened;
            String name = word.substring(opened, word.length() - closed);
            if (name.startsWith("-")) {
                OptionSpec option = spec.findOption(name);
                if (option == null) {
                    problems.add(where + ": " + command + " has no option " + name);
                } else {
                    shown.add(option);
                    if (option.required() != (depth == 0)) {
                        problems.add(where + ": " + command + " " + name + " is " + (option.required() ? "" : "not ")
                                + "required, so it is shown " + (option.required() ? "without" : "in") + " brackets");
                    }
                    if (option.arity().max() > 0 && closed == 0 && i + 1 < args.size()) {
                        String label = args.get(++i);
                        closed = label.length() - label.replaceAll("]+$", "").length();
                        label = label.substring(0, label.length() - closed);
                        if (!label.equals(option.paramLabel()) && !label.startsWith(option.paramLabel() + "|")) {
                            problems.add(where + ": " + command + " " + name + " takes " + option.paramLabel()
                                    + ", shown as " + label);
                        }
                    } else if (option.arity().max() > 0) {
                        problems.add(where + ": " + command + " " + name + " takes " + option.paramLabel()
                                + ", shown without it");
                    }
                }
            } else if (spec.positionalParameters().stream().noneMatch(p -> name.equals(p.paramLabel()
                    + (p.arity().max() > 1 ? "..." : "")))) {
                problems.add(where + ": " + command + "'s parameters are " + spec.positionalParameters().stream()
                        .map(PositionalParamSpec::paramLabel).toList() + ", shown as " + name);
            }
            depth -= closed;
        }
        for (OptionSpec option : spec.options()) {
            if (!shown.contains(option) && !option.hidden() && !option.usageHelp() && !option.versionHelp()
                    && !option.longestName().equals(DebugOption.NAME)) {
                problems.add(where + ": " + command + "'s option " + option.longestName() + " is not shown");
            }
        }
        return command;
    }

    // ---- running

    private static CommandLine tool() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return BreachRulesCli.commandLine(Determiners.drools(), InputStream.nullInputStream(), nowhere, nowhere);
    }

    private static List<String> sampleIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> samples = Files.list(ROOT.resolve("breach-rules-examples/samples"))) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = JSON.readTree(sample.toFile());
                (root.isArray() ? root : JSON.createArrayNode().add(root)).forEach(i -> ids.add(i.path("id").asText()));
            }
        }
        return ids;
    }

    /**
     * One document's commands, run in its order from one folder. The built-in engine is shared; {@code --rules}
     * uses the real engine, with {@code BREACH_RULES_CACHE} as the line gives it (through the system property that
     * stands for it, unset otherwise).
     */
    private static final class Session {
        private final Path dir;
        private final Map<String, String> printed = new LinkedHashMap<>();
        private final CommandLine model = tool();
        private boolean ready;

        Session(Path dir) {
            this.dir = dir;
        }

        /** A path as a documented command names it: the repository's when it exists there, else in the folder. */
        Path path(String name) {
            Path inRepository = ROOT.resolve(name);
            if (!name.startsWith("/") && Files.exists(inRepository)) {
                return inRepository;
            }
            return dir.resolve(name.replaceFirst("^/+", ""));
        }

        String read(String name) throws IOException {
            return Files.readString(path(name));
        }

        /** What the earlier command whose text contains {@code part} printed. */
        String printed(String part) {
            return printed.entrySet().stream().filter(e -> e.getKey().contains(part)).map(Map.Entry::getValue)
                    .findFirst().orElseThrow(() -> new AssertionError("no earlier command with " + part));
        }

        /** The files the docs assume: my-rules (docs/tuning.md, step 1) and incidents.ndjson (generate). */
        private void prepare() throws IOException {
            Files.createDirectories(dir);
            Matcher properties = Pattern.compile("(?m)^( *)```properties\\n(.*?)^\\1```$", Pattern.DOTALL)
                    .matcher(Files.readString(ROOT.resolve("docs/tuning.md")));
            assertTrue(properties.find(), "docs/tuning.md's policy.properties example");
            Files.createDirectories(dir.resolve("my-rules"));
            Files.writeString(dir.resolve("my-rules/policy.properties"),
                    properties.group(2).replaceAll("(?m)^" + properties.group(1), ""));
            Cli.Result generated = Cli.run("generate", "--count", "40", "--seed", "7", "--as-of", "2026-11-20");
            assertEquals(0, generated.exit(), generated.err());
            Files.writeString(dir.resolve("incidents.ndjson"), generated.out());
            ready = true;
        }

        void execute(Step step, String where) throws IOException {
            if (!ready) {
                prepare();
            }
            if (step instanceof MakeDirectory m) {
                Files.createDirectories(path(m.path()));
            } else if (step instanceof Run r) {
                run(r, where);
            } else if (step instanceof Unknown || step instanceof Synopsis) {
                fail(where + ": not a command this test can run: " + step);
            }
        }

        private void run(Run run, String where) throws IOException {
            for (String option : run.jvmOptions()) {
                if (option.startsWith("-XX:SharedArchiveFile=")) {
                    assertEquals("-XX:SharedArchiveFile=" + ARCHIVE, option, where + ": the archive the build writes");
                }
            }
            assertTrue(run.environment().keySet().stream().allMatch(Determiners.CACHE_VARIABLE::equals),
                    where + ": only " + Determiners.CACHE_VARIABLE + " is understood here: " + run.environment());
            List<String> args = localised(run.args());
            CommandLine command = model.getSubcommands().get(run.args().get(0));
            if (command != null && command.getCommandSpec().findOption("--as-of") != null) {
                assertTrue(run.args().contains("--as-of"), where + ": give --as-of, so that the documented output"
                        + " is the same every day (without it the date is today)");
            }
            String cache = run.environment().get(Determiners.CACHE_VARIABLE);
            String before = System.getProperty("breachrules.cache");
            System.setProperty("breachrules.cache", cache == null ? "" : path(cache).toString());
            Cli.Result result;
            try {
                result = Cli.run(engine(), "", args.toArray(String[]::new));
            } finally {
                if (before == null) {
                    System.clearProperty("breachrules.cache");
                } else {
                    System.setProperty("breachrules.cache", before);
                }
            }
            assertEquals(0, result.exit(), where + ": exit status of " + args + "\n" + result.err());
            if (run.redirect() != null && !run.redirect().equals("/dev/null")) {
                Files.writeString(path(run.redirect()), result.out());
            }
            printed.put(run.text(), result.out());
            Check check = CHECKS.get(run.text());
            if (check != null) {
                check.verify(result, this);
            }
        }

        /** The arguments with every FILE or DIR placed as {@link #path} says; globs expanded as the shell does. */
        private List<String> localised(List<String> args) throws IOException {
            CommandLine command = model.getSubcommands().get(args.get(0));
            if (command == null) {
                return args; // the tool's own "no such command" is the failure to see
            }
            CommandSpec spec = command.getCommandSpec();
            List<String> out = new ArrayList<>(List.of(args.get(0)));
            String positional = spec.positionalParameters().isEmpty() ? ""
                    : spec.positionalParameters().get(0).paramLabel();
            for (int i = 1; i < args.size(); i++) {
                String word = args.get(i);
                if (word.startsWith("-") && word.length() > 1) {
                    out.add(word);
                    OptionSpec option = spec.findOption(word);
                    if (option != null && option.arity().max() > 0 && i + 1 < args.size()) {
                        out.addAll(placed(args.get(++i), option.paramLabel()));
                    }
                } else {
                    out.addAll(placed(word, positional));
                }
            }
            return out;
        }

        private List<String> placed(String value, String label) throws IOException {
            if (!label.contains("FILE") && !label.contains("DIR") || value.equals("-")) {
                return List.of(value);
            }
            int star = value.indexOf('*');
            if (star < 0) {
                Path placed = path(value);
                if (value.startsWith("/")) {
                    Files.createDirectories(placed.getParent()); // as /tmp exists on the reader's machine
                }
                return List.of(placed.toString());
            }
            Path parent = ROOT.resolve(value.substring(0, value.lastIndexOf('/', star) + 1));
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:"
                    + value.substring(value.lastIndexOf('/', star) + 1));
            try (Stream<Path> files = Files.list(parent)) {
                List<String> matched = files.filter(p -> matcher.matches(p.getFileName())).map(Path::toString)
                        .sorted().toList();
                return matched.isEmpty() ? List.of(value) : matched;
            }
        }

        private static Determiners engine() {
            Determiners drools = Determiners.drools();
            return new Determiners() {
                @Override
                public BreachDeterminer builtIn() {
                    return Cli.engine();
                }

                @Override
                public BreachDeterminer withRules(Path rulesDirectory) {
                    return drools.withRules(rulesDirectory);
                }

                @Override
                public BreachDeterminer withRules(Path rulesDirectory, boolean anyJava) {
                    return drools.withRules(rulesDirectory, anyJava);
                }

                @Override
                public BreachDeterminer withPrecompiled(Path jar, boolean anyJava) {
                    return drools.withPrecompiled(jar, anyJava);
                }
            };
        }
    }
}
