package org.breachrules.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.breachrules.api.Determination;
import org.breachrules.cli.IncidentFiles.Input;
import org.breachrules.cli.evidence.EvidenceWriter;
import org.breachrules.cli.register.DeadlineCalendar;
import org.breachrules.cli.register.Register;
import org.breachrules.cli.report.HtmlReport;
import org.breachrules.drools.whatif.WhatIfAnalysis;
import org.breachrules.json.DeterminationWriter;

/**
 * What {@code evaluate} writes for a batch: the report on standard output (JSON, text or HTML), held in a buffer so
 * that a failure half-way prints no partial result, and beside it the evidence bundles and the deadline calendar.
 */
final class BatchOutput {
    private final EvaluateRequest request;
    private final EvidenceWriter bundles;
    private final WhatIfAnalysis analysis;
    private final StringBuilder buffer = new StringBuilder();
    private final DeterminationWriter json = DeterminationWriter.pretty();
    // Only kept when a calendar is asked for: otherwise no row of the evaluation is held.
    private final Register deadlines;
    private final List<HtmlReport.Entry> htmlEntries = new ArrayList<>();

    /**
     * @param bundles  where evidence bundles go, or null for none
     * @param analysis the what-if analysis whose "why not" the text report shows, or null
     */
    BatchOutput(EvaluateRequest request, EvidenceWriter bundles, WhatIfAnalysis analysis) {
        this.request = request;
        this.bundles = bundles;
        this.analysis = analysis;
        this.deadlines = request.ics() == null ? null : new Register(request.date());
    }

    /** Adds one input file's determinations, in the order of its incidents; writes their evidence bundles. */
    void add(Input input, List<Determination> determinations) throws IOException {
        if (deadlines != null) {
            determinations.forEach(deadlines::add);
        }
        if (bundles != null) {
            for (int i = 0; i < determinations.size(); i++) {
                bundles.write(input.incidents().get(i), determinations.get(i));
            }
        }
        Format format = request.format();
        if (format == Format.HTML) {
            for (int i = 0; i < determinations.size(); i++) {
                String source = input.array() ? input.file() + " [" + i + "]" : input.file();
                htmlEntries.add(new HtmlReport.Entry(source, input.incidents().get(i), determinations.get(i)));
            }
        } else if (format == Format.TEXT) {
            buffer.append(TextReport.render(input.file(), input.array(), input.incidents(), determinations,
                    analysis == null ? null : analysis::whyNot));
        } else if (input.array()) {
            buffer.append(json.write(determinations)).append('\n');
        } else {
            buffer.append(json.write(determinations.get(0))).append('\n');
        }
    }

    /** Writes the calendar file, if asked for, and returns the report for standard output. */
    String finish() {
        if (request.format() == Format.HTML) {
            buffer.append(HtmlReport.render(htmlEntries, request.date(), VersionProvider.libraryVersion()));
        }
        if (request.ics() != null) {
            DeadlineCalendar calendar = new DeadlineCalendar(request.date());
            deadlines.rows().forEach(calendar::add);
            OutputFiles.write(request.ics(), calendar.write());
        }
        return buffer.toString();
    }
}
