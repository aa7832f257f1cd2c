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
 * business associate to covered entity, the HHS portal worksheet), in {@code DIR/INCIDENT-ID/}.
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
    private DebugOption debug;

    @Mixin
    private IncidentInputs inputs;

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
            return Lines.invalid(err, problems);
        }
        Map<org.breachrules.api.Incident, Determination> pending = new java.util.LinkedHashMap<>();
        problems.addAll(inputs.evaluate(determiners, date, pending::put));
        if (!problems.isEmpty()) {
            return Lines.invalid(err, problems); // nothing is written unless every incident was read and evaluated
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<org.breachrules.api.Incident, Determination> p : pending.entrySet()) {
            org.breachrules.api.Incident incident = p.getKey();
            Map<String, String> texts = drafts.drafts(incident, p.getValue());
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
}
