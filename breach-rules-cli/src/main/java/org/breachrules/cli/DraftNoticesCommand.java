package org.breachrules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Determination;
import org.breachrules.cli.notices.NoticeDrafts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code draft-notices --out DIR [--templates DIR] [--as-of DATE] [--rules DIR] FILE|DIR...}: for each obligation a
 * determination names, a plain-language draft (individuals, next of kin, substitute notice, media per state,
 * business associate to covered entity, the HHS portal worksheet), in {@code DIR/ID-HASH/} (see
 * {@link NoticeDrafts#folderName}).
 */
@Command(name = "draft-notices",
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

    @Mixin
    private RulesOption rules;

    @Mixin
    private DebugOption debug;

    @Mixin
    private IncidentInputs inputs;

    private final Determiners determiners;

    DraftNoticesCommand(Determiners determiners) {
        this.determiners = determiners;
    }

    /** An unexpected failure is reported by the execution-exception handler of {@link BreachRulesCli}. */
    @Override
    public Integer call() throws Exception {
        return draft(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private int draft(PrintWriter out, PrintWriter err) throws Exception {
        LocalDate date = asOf.date();
        NoticeDrafts drafts;
        try {
            drafts = new NoticeDrafts(templates, date);
        } catch (BreachRulesException e) {
            return Lines.invalid(err, List.of(e.getMessage()));
        }
        Map<org.breachrules.api.Incident, Determination> pending = new java.util.LinkedHashMap<>();
        Problems problems = inputs.evaluate(rules, determiners, date, IncidentInputs.MAX_INCIDENTS_DRAFTED,
                pending::put);
        if (!problems.isEmpty()) {
            return Lines.invalid(err, problems); // nothing is written unless every incident was read and evaluated
        }
        // Every draft is rendered before any is written: a template that fails leaves nothing half-written.
        Map<String, Map<String, String>> byFolder = new java.util.LinkedHashMap<>();
        for (Map.Entry<org.breachrules.api.Incident, Determination> p : pending.entrySet()) {
            Map<String, String> texts;
            try {
                texts = drafts.drafts(p.getKey(), p.getValue());
            } catch (BreachRulesException e) {
                return Lines.invalid(err, List.of(e.getMessage()));
            }
            if (!texts.isEmpty()) {
                byFolder.put(NoticeDrafts.folderName(p.getKey().id()), texts);
            }
        }
        List<String> written = new ArrayList<>();
        OutputFiles.createDirectories(outDir, outDir.toString());
        for (Map.Entry<String, Map<String, String>> f : byFolder.entrySet()) {
            Path dir = outDir.resolve(f.getKey());
            // The folder name carries the incident id, free text: a failure names it by its hash suffix only.
            String shown = outDir.resolve("...-" + NoticeDrafts.folderHash(f.getKey())).toString();
            OutputFiles.createDirectories(dir, shown);
            for (Map.Entry<String, String> t : f.getValue().entrySet()) {
                OutputFiles.write(dir.resolve(t.getKey()), t.getValue(),
                        shown + dir.getFileSystem().getSeparator() + t.getKey());
                written.add(dir.resolve(t.getKey()).toString());
            }
        }
        written.forEach(out::println);
        out.flush();
        return out.checkError() ? Lines.cannotWriteStandardOutput(err) : ExitCodes.OK;
    }
}
