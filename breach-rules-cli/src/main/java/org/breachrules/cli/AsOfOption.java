package org.breachrules.cli;

import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --as-of DATE} option, shared by every command that evaluates or generates incidents. */
final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "DATE", converter = Converter.class,
            description = "The evaluation date, YYYY-MM-DD (default: today in this machine's time zone).")
    private LocalDate asOf;

    /** The date given, or today. */
    LocalDate date() {
        return asOf != null ? asOf : LocalDate.now();
    }

    /** A typed date: YYYY-MM-DD within the supported range, or a one-line error (exit 2). */
    static final class Converter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return AsOf.parse(value, null);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage().replaceFirst("^--as-of: ", ""));
            }
        }
    }
}
