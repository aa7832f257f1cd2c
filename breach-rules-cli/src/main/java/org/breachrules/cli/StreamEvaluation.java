package org.breachrules.cli;

import static org.breachrules.cli.IncidentFiles.WHOLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.drools.whatif.WhatIfAnalysis;

/**
 * {@code evaluate --ndjson}: streams each FILE in turn, line by line (see {@link NdjsonEvaluator}). Bad lines do not
 * stop the stream; they make the exit status 2 at the end.
 */
final class StreamEvaluation {
    private final Determiners determiners;
    private final RulesOption rules;
    private final InputStream stdin;

    StreamEvaluation(Determiners determiners, RulesOption rules, InputStream stdin) {
        this.determiners = determiners;
        this.rules = rules;
        this.stdin = stdin;
    }

    int run(EvaluateRequest request, PrintWriter out, PrintWriter err) throws Exception {
        List<String> problems = new ArrayList<>();
        if (request.format() != Format.JSON) {
            problems.add("--format: " + request.format() + " cannot be combined with --ndjson (the stream is JSON,"
                    + " one line each)");
        }
        if (request.evidence() != null || request.ics() != null) {
            problems.add((request.evidence() != null ? "--evidence" : "--ics") + ": cannot be combined with --ndjson"
                    + " (use register --ics, or evaluate the files without --ndjson)");
        }
        if (request.files().stream().filter(EvaluateRequest.STDIN::equals).count() > 1) {
            problems.add(EvaluateRequest.STDIN + ": " + WHOLE + ": standard input can be read only once");
        }
        BreachDeterminer tuned = problems.isEmpty() ? rules.tuned(determiners, problems) : null;
        if (!problems.isEmpty()) {
            return Lines.invalid(err, problems);
        }
        BreachDeterminer determiner = tuned != null ? tuned : determiners.builtIn();
        if (request.whatIf()) {
            determiner = WhatIfAnalysis.of(DroolsEngine.of(determiner)).asDeterminer();
        }
        List<NdjsonEvaluator.Source> sources = new ArrayList<>();
        for (String file : request.files()) {
            sources.add(source(file));
        }
        boolean progress = !request.quiet() && StandardError.isTerminal();
        NdjsonEvaluator stream = new NdjsonEvaluator(determiner, request.date(), out, err, progress);
        long bad;
        try {
            bad = stream.run(sources, (source, e) -> {
                err.println(Lines.oneLine(source.name() + ": " + WHOLE + ": cannot read file (" + why(e) + ")"));
                err.flush();
            });
        } catch (NdjsonEvaluator.OutputClosed e) {
            return Lines.cannotWriteStandardOutput(err);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
        return bad > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }

    private NdjsonEvaluator.Source source(String file) {
        return new NdjsonEvaluator.Source() {
            @Override
            public String name() {
                return file;
            }

            @Override
            public Reader open() throws IOException {
                if (EvaluateRequest.STDIN.equals(file)) {
                    return NdjsonEvaluator.utf8(stdin);
                }
                Path path;
                try {
                    path = Path.of(file);
                } catch (InvalidPathException e) {
                    throw new NoSuchFileException(file, null, "not a valid path");
                }
                if (Files.isDirectory(path)) {
                    throw new IOException("it is a directory");
                }
                return NdjsonEvaluator.utf8(Files.newInputStream(path));
            }
        };
    }

    private static String why(IOException e) {
        if (e instanceof NoSuchFileException) {
            return e.getMessage() != null && e.getMessage().endsWith("not a valid path") ? "not a valid path"
                    : "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
