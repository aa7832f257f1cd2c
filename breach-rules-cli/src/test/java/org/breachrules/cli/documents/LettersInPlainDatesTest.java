package org.breachrules.cli.documents;

import static org.breachrules.cli.documents.Documents.drafts;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: every letter (to individuals, to the next of kin, substitute notice in each form, media, covered entity)
 * carries the five elements of 45 CFR 164.404(c)(1) and writes its dates in plain words ("November 20, 2026"), in US
 * English whatever the machine's locale; no ISO date is left in a letter.
 */
class LettersInPlainDatesTest {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<String> LETTERS = List.of("individuals", "next-of-kin", "substitute-notice", "media-",
            "covered-entity");
    /** 164.404(c)(1)(A)-(E), as each letter heads them. */
    private static final List<Pattern> ELEMENTS = List.of(
            Pattern.compile("What happened"),
            Pattern.compile("What information was involved"),
            Pattern.compile("What (you|affected individuals) can do"),
            Pattern.compile("What we are doing"),
            Pattern.compile("(?s)For more information.*toll-free"));

    @Test
    void whenEverySampleIsDraftedInAnotherLocale_thenEveryLetterHasTheFiveElementsAndOnlyPlainDates(
            @TempDir Path out) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        Map<String, String> drafts;
        try {
            drafts = drafts(out, Path.of(System.getProperty("samples.dir", "samples")));
        } finally {
            Locale.setDefault(before);
        }

        int letters = 0;
        for (Map.Entry<String, String> d : drafts.entrySet()) {
            String name = d.getKey().substring(d.getKey().indexOf('/') + 1);
            if (LETTERS.stream().noneMatch(name::startsWith)) {
                continue;
            }
            letters++;
            String text = d.getValue().replaceAll("incident \\S+ \\(", "incident (");
            assertFalse(ISO_DATE.matcher(text).find(), d.getKey() + " has an ISO date:\n" + text);
            for (Pattern element : ELEMENTS) {
                assertTrue(element.matcher(text).find(), d.getKey() + " lacks " + element + ":\n" + text);
            }
            assertTrue(text.contains("November 20, 2026"), d.getKey() + " is dated in plain words:\n" + text);
        }
        assertTrue(drafts.keySet().stream().anyMatch(k -> k.endsWith("/next-of-kin.txt")), drafts.keySet()
                .toString());
        assertTrue(letters >= 30, "letters of every kind across the samples: " + letters);
    }
}
