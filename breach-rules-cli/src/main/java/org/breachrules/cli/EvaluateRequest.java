package org.breachrules.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code evaluate} was asked for, once its options are parsed: the parts of the command read this instead of
 * the options.
 *
 * @param date         the evaluation date
 * @param format       the output format
 * @param whatIf       whether to add the changes of fact that would change the answer
 * @param ics          the calendar file to write, or null
 * @param evidence     the evidence directory to append bundles to, or null
 * @param quiet        whether to hide the stream's progress line
 * @param maxIncidents the most incidents the files may hold together
 * @param files        the input files; {@code -} is standard input
 */
record EvaluateRequest(LocalDate date, Format format, boolean whatIf, Path ics, Path evidence, boolean quiet,
                       long maxIncidents, List<String> files) {

    /** The file name that stands for standard input. */
    static final String STDIN = "-";
}
