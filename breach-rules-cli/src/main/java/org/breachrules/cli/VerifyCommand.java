package org.breachrules.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Incident;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.drools.facts.Policy;
import org.breachrules.json.Scenario;
import org.breachrules.verify.GoldenScenarios;
import org.breachrules.verify.RulesVerifier;
import org.breachrules.verify.generate.IncidentGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verify --rules DIR [--format text|json]}: runs the library's golden scenarios through the built-in and the
 * tuned rules and prints every difference, classified against the federal floor (stricter, below federal floor,
 * changed). Exit 3 when any difference is below the floor, 0 otherwise; 2 when DIR is missing, empty or holds a
 * file that does not compile (one line per problem on standard error, as {@code evaluate --rules} prints them).
 */
@Command(name = "verify",
        description = {
            "Checks tuned rules against the federal floor: runs the library's golden scenarios through the",
            "built-in and the tuned rules and prints every difference, classified as stricter (allowed),",
            "below federal floor (not allowed) or changed (review)."},
        sortOptions = false)
final class VerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** The tuned rules; {@code --rules} is required here (see {@link #commandLine}). */
    @Mixin
    private RulesOption rules;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            converter = Format.TextJson.class, completionCandidates = Format.TextJson.class,
            description = "text (default): the differences grouped for reading; json: for machines.")
    private Format format;

    @Option(names = "--generated", paramLabel = "N", defaultValue = "10000",
            description = "How many seeded generated incidents to compare as well (default 10000).")
    private int generatedCount;

    @Mixin
    private DebugOption debug;

    /** The generated incidents' seed: the same every run, so a result can be reproduced. */
    static final long GENERATED_SEED = 2026;


    private final Determiners determiners;

    VerifyCommand(Determiners determiners) {
        this.determiners = determiners;
    }

    /** The command, with {@code --rules} required: without tuned rules there is nothing to compare. */
    static picocli.CommandLine commandLine(Determiners determiners) {
        picocli.CommandLine verify = new picocli.CommandLine(new VerifyCommand(determiners));
        RulesOption.require(verify.getCommandSpec());
        return verify;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // A tuned rule trusted with any Java could end the process (System.exit(0)) half-way: a CI gate would then
        // read exit 0 with no verdict. Until the verdict is printed, ending the process exits 1 instead.
        Thread guard = new Thread(() -> {
            System.err.println("breach-rules verify: the process ended before the verification finished (a rule"
                    + " that stops the JVM?); failing");
            System.err.flush();
            Runtime.getRuntime().halt(ExitCodes.FAILURE);
        }, "verify-guard");
        boolean guarded = addGuard(guard);
        try {
            return verify(out, err); // an unexpected failure: BreachRulesCli's execution-exception handler
        } finally {
            if (guarded) {
                Runtime.getRuntime().removeShutdownHook(guard);
            }
        }
    }

    /**
     * A state-law file of the folder last checked before a source it cites was read: its values may not follow that
     * source. A warning on standard error (the verdict and exit status are the rules' comparison). The files are the
     * ones the tuned rules were built from, not read again.
     */
    private void staleStateFiles(PrintWriter err, BreachDeterminer tuned) {
        if (!(tuned instanceof DroolsBreachDeterminer drools)) {
            return;
        }
        Map<String, String> stateFiles = new java.util.TreeMap<>();
        drools.ruleSources().forEach((name, text) -> {
            if (org.breachrules.states.StateLaws.isJurisdictionFile(name)) {
                stateFiles.put(name, text);
            }
        });
        org.breachrules.states.StateLaws laws = org.breachrules.states.StateLaws.builtIn().withFiles(stateFiles);
        for (String name : stateFiles.keySet()) {
            org.breachrules.states.StateLaw law = laws.law(org.breachrules.api.Jurisdiction.valueOf(
                    name.substring(0, 2))).orElseThrow();
            if (law.isOlderThanItsSources()) {
                err.println(Lines.oneLine(rules.directory().resolve(name) + ": checkedOn: " + law.checkedOn()
                        + " is before a source it cites was read (" + law.newestSourceRead().orElseThrow()
                        + "): check the file against that source again, then set checkedOn"));
            }
        }
        err.flush();
    }

    private static boolean addGuard(Thread guard) {
        try {
            Runtime.getRuntime().addShutdownHook(guard);
            return true;
        } catch (IllegalStateException e) {
            return false; // the JVM is already shutting down
        }
    }

    private int verify(PrintWriter out, PrintWriter err) {
        List<String> problems = new ArrayList<>();
        BreachDeterminer tuned = rules.tuned(determiners, problems);
        if (tuned == null) {
            return Lines.invalid(err, problems);
        }
        staleStateFiles(err, tuned);
        List<Scenario> golden = GoldenScenarios.all();
        Map<String, String> names = new LinkedHashMap<>();
        List<RulesVerifier.Scenario> scenarios = new ArrayList<>();
        for (Scenario s : golden) {
            names.put(s.file(), s.name());
            scenarios.add(new RulesVerifier.Scenario(s.file(), s.incident(), s.asOf()));
        }
        BreachDeterminer builtIn = determiners.builtIn();
        RulesVerifier.Report report = RulesVerifier.verify(builtIn, tuned, scenarios);

        // Then the changes no golden scenario exercises: seeded generated incidents, and incidents built to sit on
        // every threshold of both policies.
        List<RulesVerifier.Scenario> wide = new ArrayList<>();
        LocalDate asOf = LocalDate.of(2026, 11, 20);
        List<Incident> generated = new IncidentGenerator(GENERATED_SEED, asOf).withFormat12Facts().next(generatedCount);
        for (int i = 0; i < generated.size(); i++) {
            wide.add(new RulesVerifier.Scenario("generated #" + i + " (seed " + GENERATED_SEED + ")",
                    generated.get(i), asOf));
        }
        List<Policy> policies = new ArrayList<>();
        for (BreachDeterminer d : List.of(builtIn, tuned)) {
            if (d instanceof DroolsBreachDeterminer drools) {
                policies.add(drools.policy());
            }
        }
        wide.addAll(RulesVerifier.thresholdScenarios(policies));
        RulesVerifier.Report wideReport = RulesVerifier.verify(builtIn, tuned, wide);
        Map<String, Incident> incidents = new LinkedHashMap<>();
        wide.forEach(w -> incidents.put(w.name(), w.incident()));

        String dir = rules.directory().toString();
        out.print(format == Format.JSON ? VerifyReport.json(dir, report, wideReport)
                : VerifyReport.text(dir, report, names) + VerifyReport.wide(wideReport, incidents)
                        + VerifyReport.verdict(report, wideReport));
        out.flush();
        if (out.checkError()) {
            return Lines.cannotWriteStandardOutput(err);
        }
        return report.belowFederalFloor() || wideReport.belowFederalFloor() ? ExitCodes.BELOW_FLOOR : ExitCodes.OK;
    }
}
