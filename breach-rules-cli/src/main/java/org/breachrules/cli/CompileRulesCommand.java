package org.breachrules.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.breachrules.drools.DroolsBreachDeterminer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compile-rules --rules DIR --out FILE.jar [--allow-any-java]}: compiles a tuned rules folder once to the
 * executable model, so that {@code --rules FILE.jar} (and {@code DroolsBreachDeterminer.builder().precompiledRules})
 * start as fast as the built-in rules. Prints the jar and the rules version it holds. A folder that does not compile
 * or is refused is invalid input (exit 2), in the lines every command prints for {@code --rules}.
 */
@Command(name = "compile-rules",
        description = {
            "Compiles a tuned rules folder once into FILE.jar; '--rules FILE.jar' then loads it without compiling.",
            "The jar names the same rules version as the folder. A jar is compiled code: use only your own."},
        sortOptions = false)
final class CompileRulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules;

    @Option(names = "--out", paramLabel = "FILE.jar", required = true,
            description = "The jar to write (replaced if it exists).")
    private Path out;

    @Mixin
    private DebugOption debug;

    /** The command with {@code --rules} required, as {@code verify} has it. */
    static picocli.CommandLine commandLine() {
        picocli.CommandLine compile = new picocli.CommandLine(new CompileRulesCommand());
        RulesOption.require(compile.getCommandSpec());
        return compile;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = rules.directory();
        if (Files.isDirectory(out)) {
            return Lines.invalid(err, List.of(out + ": " + RulesDirectory.WHOLE + ": is a directory; --out names the"
                    + " jar to write"));
        }
        List<String> problems = new ArrayList<>();
        String version = RulesDirectory.use(dir, problems, () -> {
            DroolsBreachDeterminer.Builder builder = DroolsBreachDeterminer.builder().rulesDirectory(dir);
            return (rules.allowAnyJava() ? builder.allowAnyJava() : builder).writePrecompiled(out);
        });
        if (version == null) {
            return Lines.invalid(err, problems);
        }
        stdout.println(Lines.oneLine(out + ": tuned rules " + version));
        stdout.flush();
        return ExitCodes.OK;
    }
}
