package org.breachrules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.breachrules.cli.evidence.EvidenceVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify-evidence [--run-stored-rules] [--allow-any-java] DIR}: recomputes every hash of every evidence bundle,
 * checks each chain link, and re-runs each stored determination from the stored rules and incident; a bundle of tuned
 * rules only with {@code --run-stored-rules} (stored rules are code from wherever the bundle came from). Exit 0 when everything holds,
 * 4 naming each difference or broken link.
 */
@Command(name = "verify-evidence",
        description = {
            "Checks the evidence bundles written by evaluate --evidence DIR: every file's SHA-256 against its",
            "manifest, every manifest against the chain and the previous bundle, and every determination against",
            "a fresh run of the stored rules on the stored incident. One line per problem."},
        sortOptions = false)
final class VerifyEvidenceCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    // Not RulesOption: the rules re-run are those stored in each bundle, never a --rules folder.
    @Option(names = "--allow-any-java", description = "Trust stored tuned rules with any Java when re-running them.")
    private boolean allowAnyJava;

    @Option(names = "--run-stored-rules", description = {"Re-run bundles made by tuned rules with the rules they store.",
        "Without it only bundles of the built-in rules are re-run: stored rules are code, run only your own."})
    private boolean runStoredRules;

    @Mixin
    private DebugOption debug;

    @Parameters(paramLabel = "DIR", arity = "1", description = "The evidence folder.")
    private Path dir;

    /** An unexpected failure is reported by the execution-exception handler of {@link BreachRulesCli}. */
    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        EvidenceVerifier verifier = new EvidenceVerifier(allowAnyJava, runStoredRules || allowAnyJava);
        verifier.verify(dir);
        for (String problem : verifier.problems()) {
            out.println(Lines.oneLine(problem));
        }
        for (String note : verifier.notes()) {
            out.println(Lines.oneLine("NOTE: " + note));
        }
        if (verifier.problems().isEmpty() && verifier.notes().isEmpty()) {
            out.println("OK: " + verifier.bundles() + " bundle(s) of " + verifier.incidents()
                    + " incident(s) verified: every file, link and determination holds.");
        } else if (verifier.problems().isEmpty()) {
            out.println("OK: " + verifier.bundles() + " bundle(s) of " + verifier.incidents() + " incident(s): every"
                    + " file and link holds; " + verifier.notes().size() + " determination(s) made by tuned rules were"
                    + " not re-run (--run-stored-rules).");
        } else {
            out.println("BROKEN: " + verifier.problems().size() + " problem(s) in " + verifier.bundles()
                    + " bundle(s) of " + verifier.incidents() + " incident(s).");
        }
        out.flush();
        return verifier.problems().isEmpty() ? ExitCodes.OK : ExitCodes.EVIDENCE_BROKEN;
    }
}
