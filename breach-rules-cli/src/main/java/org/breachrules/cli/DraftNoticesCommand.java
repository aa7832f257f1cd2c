package org.breachrules.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Determination;
import org.breachrules.cli.notices.NoticeDrafts;
import org.breachrules.cli.register.IncidentFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code draft-notices --out DIR [--templates DIR] [--as-of DATE] [--rules DIR] FILE|DIR...}: for each obligation a
 * determination names, a plain-language draft (individuals, next of kin, substitute notice, media per state,
 * business associate to covered entity, the HHS portal worksheet), in {@code DIR/INCIDENT-ID/}.
 */
@Command(name = "draft-notices",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LINE_OK, ExitCodes.LINE_FAILURE, ExitCodes.LINE_INVALID, ExitCodes.LINE_BELOW_FLOOR,
            ExitCodes.LINE_EVIDENCE},
        description = {
            "Writes a draft for each notice the determinations require, from editable templates. What the",
            "incident does not say is a visible placeholder such as [[toll-free number]], never invented."},
        sortOptions = false)
final class DraftNoticesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where the drafts go (created).")
    private Path outDir;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates replacing the built-in ones of the same name: " + "individuals.mustache,"
                    + " substitute-notice.mustache, media.mustache, covered-entity.mustache,"
                    + " hhs-portal-worksheet.mustache.")
    private Path templates;

    @Mixin
    private AsOfOption asOf;

    @Option(names = "--rules", paramLabel = "DIR", description = "Tuned rules, as for evaluate.")
    private Path rules;

    @Mixin
    private DebugOption debug;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Incident files or folders of them.")
    private List<String> inputs;

    private final Determiners determiners;

    DraftNoticesCommand(Determiners determiners) {
        this.determiners = determiners;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return draft(out, err);
        } catch (Throwable e) { // NOPMD: one line and exit 1, whatever went wrong
            return Lines.failure(err, e, debug.on());
        }
    }

    private int draft(PrintWriter out, PrintWriter err) throws Exception {
        LocalDate date = asOf.date();
        List<String> problems = new ArrayList<>();
        NoticeDrafts drafts;
        try {
            drafts = new NoticeDrafts(templates, date);
        } catch (BreachRulesException e) {
            problems.add(e.getMessage());
            return invalid(err, problems);
        }
        BreachDeterminer determiner = rules == null ? determiners.builtIn()
                : RulesDirectory.load(determiners, rules, problems);
        if (determiner == null) {
            return invalid(err, problems);
        }
        List<String> written = new ArrayList<>();
        IncidentFiles files = new IncidentFiles(date);
        List<Object[]> pending = new ArrayList<>();
        files.read(inputs, batch -> {
            List<Determination> ds = determiner.determineAll(batch, date);
            for (int i = 0; i < batch.size(); i++) {
                pending.add(new Object[] {batch.get(i), ds.get(i)});
            }
        });
        if (!files.problems().isEmpty()) {
            return invalid(err, files.problems());
        }
        for (Object[] p : pending) {
            org.breachrules.api.Incident incident = (org.breachrules.api.Incident) p[0];
            Map<String, String> texts = drafts.drafts(incident, (Determination) p[1]);
            if (texts.isEmpty()) {
                continue;
            }
            Path dir = outDir.resolve(incident.id().replaceAll("[^A-Za-z0-9._-]", "_"));
            Files.createDirectories(dir);
            for (Map.Entry<String, String> t : texts.entrySet()) {
                Files.writeString(dir.resolve(t.getKey()), t.getValue(), StandardCharsets.UTF_8);
                written.add(dir.resolve(t.getKey()).toString());
            }
        }
        written.forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }

    private static int invalid(PrintWriter err, List<String> problems) {
        problems.forEach(p -> err.println(Lines.oneLine(p)));
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
