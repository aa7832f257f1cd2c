package org.breachrules.cli.tuning;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.cli.BreachRulesCli;
import org.breachrules.cli.Determiners;

/** Runs the tool in-process on the real engine, with tuned rule sets compiled once per directory for all tests. */
final class Tuning {

    private static final BreachDeterminer BUILT_IN = DroolsBreachDeterminer.builtIn();
    private static final Map<Path, BreachDeterminer> TUNED = new ConcurrentHashMap<>();
    private static final Map<Path, BreachDeterminer> TRUSTED = new ConcurrentHashMap<>();

    /**
     * The real engine; a directory's rules are compiled once, once more if trusted with any Java (a compile error or
     * a refusal is thrown every time).
     */
    static final Determiners ENGINE = new Determiners() {
        @Override
        public BreachDeterminer builtIn() {
            return BUILT_IN;
        }

        @Override
        public BreachDeterminer withRules(Path rulesDirectory) {
            return withRules(rulesDirectory, false);
        }

        @Override
        public BreachDeterminer withRules(Path rulesDirectory, boolean anyJava) {
            return (anyJava ? TRUSTED : TUNED).computeIfAbsent(rulesDirectory.toAbsolutePath().normalize(),
                    dir -> Determiners.drools().withRules(dir, anyJava));
        }
    };

    /** The tool's result: exit status, standard output, standard error. */
    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        List<String> outLines() {
            return out.lines().toList();
        }
    }

    /**
     * {@code verify --generated} for tests of its output and exit status: its golden and threshold incidents run
     * whatever the number, so a few hundred generated ones are enough where their breadth is not the point (the JSON
     * verify of the example folder in TunedPolicyTest keeps the default 10,000).
     */
    static final String FEW_GENERATED = "300";

    private Tuning() {
    }

    static Result run(String... args) {
        return run(ENGINE, args);
    }

    static Result run(Determiners determiners, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BreachRulesCli.commandLine(determiners, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /**
     * breach-rules-examples/tuned-policy. Maven runs the tests in the module directory; from elsewhere (an IDE
     * started at the repository root) the repository-relative path is tried too.
     */
    static Path tunedPolicy() {
        for (Path candidate : List.of(Path.of("..", "breach-rules-examples", "tuned-policy"),
                Path.of("breach-rules-examples", "tuned-policy"))) {
            if (Files.isRegularFile(candidate.resolve("policy.properties"))) {
                return candidate;
            }
        }
        return fail("tuned-policy/policy.properties not found from the working directory "
                + Path.of("").toAbsolutePath() + "; run the tests from breach-rules-cli (as Maven does)");
    }

    /** A sample incident file of breach-rules-examples/samples. */
    static String sample(String name) {
        Path samples = Path.of(System.getProperty("samples.dir", "samples"));
        Path file = samples.resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("sample " + file.toAbsolutePath() + " not found; run the tests from breach-rules-examples");
        }
        return file.toString();
    }

    /** A test resource under src/test/resources/tuning, as a path. */
    static Path resource(String name) {
        URL url = Tuning.class.getResource("/tuning/" + name);
        if (url == null) {
            return fail("test resource tuning/" + name + " is not on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            return fail(e);
        }
    }
}
