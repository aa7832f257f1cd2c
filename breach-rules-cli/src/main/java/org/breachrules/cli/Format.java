package org.breachrules.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code --format} asks for. Each command takes only the formats it writes, through its own {@link Choice}: a
 * value it does not write, {@code verify --format html} say, is bad usage (exit 2, one line naming the values it
 * takes). Values are named in lower case and read in any case.
 */
enum Format {
    JSON, TEXT, HTML;

    /** The value as it is typed: {@code json}, {@code text}, {@code html}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The formats one command writes, in the order its help names them: the option's converter and its completion
     * candidates. The message keeps picocli's words for an enum, which the tool printed before there was one Format.
     */
    abstract static class Choice implements ITypeConverter<Format>, Iterable<String> {
        private final List<Format> formats;

        Choice(Format... formats) {
            this.formats = List.of(formats);
        }

        @Override
        public Format convert(String value) {
            for (Format format : formats) {
                if (format.name().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new TypeConversionException("expected one of " + formats + " (case-insensitive) but was '"
                    + value + "'");
        }

        @Override
        public Iterator<String> iterator() {
            return formats.stream().map(Format::toString).iterator();
        }
    }

    /** {@code evaluate}: json, text, html. */
    static final class JsonTextHtml extends Choice {
        JsonTextHtml() {
            super(JSON, TEXT, HTML);
        }
    }

    /** {@code register}: text, json, html. */
    static final class TextJsonHtml extends Choice {
        TextJsonHtml() {
            super(TEXT, JSON, HTML);
        }
    }

    /** {@code verify}: text, json (no HTML report of a verification). */
    static final class TextJson extends Choice {
        TextJson() {
            super(TEXT, JSON);
        }
    }
}
