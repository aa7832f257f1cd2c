package org.breachrules.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The breach-rules command-line tool: {@code breach-rules evaluate [--as-of DATE] [--rules DIR] [--format json|text]
 * FILE...} (see {@link EvaluateCommand} and the "Command line" section of the interchange format).
 *
 * <p>Exit status ({@link ExitCodes}, the same for every command): 0 success; 2 invalid input or bad usage, one line
 * per problem on standard error and nothing on standard output; 1 any other failure, with a one-line message; 3
 * {@code verify} found the tuned rules below the federal floor. Never a stack trace unless {@code --debug}: an
 * unexpected failure of any command reaches picocli's execution-exception handler, installed once here.
 *
 * <p>{@link #commandLine} builds the tool with injected streams and engine, so tests run it in-process with
 * {@link CommandLine#execute(String...)} and never call {@link System#exit(int)}.
 */
@Command(name = "breach-rules",
        scope = CommandLine.ScopeType.INHERIT, // every command gets the help, version and exit-status table
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LINE_OK, ExitCodes.LINE_FAILURE, ExitCodes.LINE_INVALID, ExitCodes.LINE_BELOW_FLOOR,
            ExitCodes.LINE_EVIDENCE},
        description = "Decides whether a HIPAA security incident is a reportable breach, who must be told and by when.",
        synopsisSubcommandLabel = "COMMAND")
public final class BreachRulesCli implements Callable<Integer> {

    // The exit statuses for code that runs the tool from outside this package; inside it, ExitCodes is the one table.

    /** Exit status: success. */
    public static final int OK = ExitCodes.OK;
    /** Exit status: any failure other than invalid input. */
    public static final int FAILURE = ExitCodes.FAILURE;
    /** Exit status: invalid input or bad usage. */
    public static final int INVALID_INPUT = ExitCodes.INVALID_INPUT;
    /** Exit status of {@code verify}: the tuned rules go below the federal floor. */
    public static final int BELOW_FLOOR = ExitCodes.BELOW_FLOOR;

    @Spec
    private CommandSpec spec;


    private BreachRulesCli() {
    }

    /**
     * Runs the tool on the process's streams and exits with its status. Standard output is the file descriptor
     * itself, not {@code System.out}: {@code System.out} swallows write errors, so a full disk or a closed pipe would
     * go unnoticed; through the descriptor a failed write marks the writer, and the tool exits 1.
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new java.io.BufferedOutputStream(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = commandLine(Determiners.drools(), System.in, out, err).execute(args);
        out.flush();
        if (out.checkError() && status != ExitCodes.FAILURE) {
            status = Lines.cannotWriteStandardOutput(err);
        }
        err.flush();
        System.exit(status);
    }

    /**
     * The tool, ready to {@link CommandLine#execute(String...)}.
     *
     * @param determiners where the engine comes from
     * @param stdin       what {@code -} reads
     * @param out         standard output: only results
     * @param err         standard error: problems, one per line
     */
    public static CommandLine commandLine(Determiners determiners, InputStream stdin, PrintWriter out,
                                          PrintWriter err) {
        Objects.requireNonNull(determiners, "determiners");
        Objects.requireNonNull(stdin, "stdin");
        CommandLine cli = new CommandLine(new BreachRulesCli());
        cli.addSubcommand("evaluate", new EvaluateCommand(determiners, stdin));
        cli.addSubcommand("export-rules", new ExportRulesCommand());
        cli.addSubcommand("verify", VerifyCommand.commandLine(determiners));
        cli.addSubcommand("compile-rules", CompileRulesCommand.commandLine());
        cli.addSubcommand("generate", new GenerateCommand());
        cli.addSubcommand("register", new RegisterCommand(determiners));
        cli.addSubcommand("hhs-log", new HhsLogCommand(determiners));
        cli.addSubcommand("verify-evidence", new VerifyEvidenceCommand());
        cli.addSubcommand("draft-notices", new DraftNoticesCommand(determiners));
        cli.addSubcommand("help", new CommandLine.HelpCommand());
        CommandLine completion = new CommandLine(new picocli.AutoComplete.GenerateCompletion());
        completion.getCommandSpec().usageMessage().hidden(false)
                .description("Prints a bash/zsh completion script: source <(breach-rules generate-completion)");
        cli.addSubcommand("generate-completion", completion);
        cli.setOut(Objects.requireNonNull(out, "out"));
        cli.setErr(Objects.requireNonNull(err, "err"));
        // A file named "@list.txt" is a file, not a picocli argument file.
        cli.setExpandAtFiles(false);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(BreachRulesCli::usageError);
        cli.setExecutionStrategy(BreachRulesCli::run);
        cli.setExecutionExceptionHandler(BreachRulesCli::unexpected);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.FAILURE);
        return cli;
    }

    /**
     * Runs the command as picocli does by default. picocli hands only an {@link Exception} to the
     * execution-exception handler; an {@link Error} (out of memory on a large file, a class missing from the jar) is
     * wrapped here so that it is reported in the same place, on one line.
     */
    private static int run(ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (Error e) { // NOPMD: handed to unexpected, which rethrows what the JVM cannot survive
            ParseResult command = parsed;
            while (command.hasSubcommand()) {
                command = command.subcommand();
            }
            throw new CommandLine.ExecutionException(command.commandSpec().commandLine(), e.toString(), e);
        }
    }

    /**
     * The one place where any command's unexpected failure is reported: one line on standard error, the stack trace
     * only with {@code --debug}, exit 1. What a command expects to go wrong (invalid input, a bad rules folder) it
     * reports itself, one line per problem, with its own exit status.
     */
    private static int unexpected(Exception e, CommandLine command, ParseResult parsed) {
        Throwable failure = e instanceof CommandLine.ExecutionException && e.getCause() instanceof Error
                ? e.getCause() : e;
        ParseResult own = command.getParseResult();
        return Lines.failure(command.getErr(), failure, own != null && own.hasMatchedOption(DebugOption.NAME));
    }

    /** Bad usage (unknown option, missing FILE, bad --format): one line, exit 2. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine where = e.getCommandLine();
        PrintWriter err = where.getErr();
        if (e.getCause() instanceof CommandLine.TypeConversionException bad
                && e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            // A typed option's own message, in the tool's "field: what is wrong" form.
            err.println(option.longestName() + ": " + Lines.oneLine(bad.getMessage()));
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        err.println(where.getCommandSpec().qualifiedName() + ": " + Lines.oneLine(e.getMessage())
                + " (see --help)");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    /** Without a command: say so on one line, exit 2. */
    @Override
    public Integer call() {
        java.util.Set<String> commands = spec.subcommands().keySet();
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command; the command"
                + (commands.size() == 1 ? " is: " : "s are: ") + String.join(", ", commands));
    }
}
