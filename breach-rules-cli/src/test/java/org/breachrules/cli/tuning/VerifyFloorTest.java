package org.breachrules.cli.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.breachrules.drools.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} you can gate on: changes the golden scenarios alone miss are caught on generated and threshold
 * incidents, and each difference is classed by what the regulation says (164.412 "shall" delay; 164.404(d)(3)
 * "may" telephone).
 */
class VerifyFloorTest {

    private static String builtIn(String file) {
        return BuiltInRules.sources().get(file);
    }

    private static Tuning.Result verify(Path dir) {
        return Tuning.run("verify", "--rules", dir.toString(), "--generated", Tuning.FEW_GENERATED);
    }

    @Test
    void whenTheLawEnforcementDelayRulesAreEmptied_thenSkippingTheRequiredDelayIsBelowTheFloor(@TempDir Path dir)
            throws IOException {
        String header = builtIn("law-enforcement-delay.drl");
        Files.writeString(dir.resolve("law-enforcement-delay.drl"), header.substring(0, header.indexOf("*/") + 2)
                + "\npackage org.breachrules.rules;\n");

        Tuning.Result result = verify(dir);

        assertEquals(3, result.exit(), result.out() + result.err());
        assertTrue(result.out().contains(".delayedUntil: built-in "), result.out());
        assertTrue(result.out().contains("[below federal floor]"), result.out());
        assertTrue(result.out().strip().endsWith("do not use these rules as they are."), result.out());
    }

    @Test
    void whenOneStatesMediaNoticeIsDropped_thenTheThresholdIncidentsCatchIt(@TempDir Path dir) throws IOException {
        String media = builtIn("notification-media.drl");
        String dropped = media.replaceFirst("\\$r : Residents\\( count >= \\$minimum \\) from \\$c.getResidents\\(\\)",
                "\\$r : Residents( count >= \\$minimum, jurisdiction != Jurisdiction.WY ) from \\$c.getResidents()");
        assertTrue(!dropped.equals(media), "the media rule's pattern is where the test expects it");
        if (!dropped.contains("import org.breachrules.api.Jurisdiction;")) {
            dropped = dropped.replace("package org.breachrules.rules;",
                    "package org.breachrules.rules;\n\nimport org.breachrules.api.Jurisdiction;");
        }
        Files.writeString(dir.resolve("notification-media.drl"), dropped);

        Tuning.Result result = verify(dir);

        assertEquals(3, result.exit(), result.out() + result.err());
        assertTrue(result.out().contains("threshold: 501 residents of WY"), result.out());
        assertTrue(result.out().contains("smallest example"), result.out());
    }

    @Test
    void whenTheOptionalTelephoneNoticeIsDropped_thenItIsChangedNotBelowTheFloor(@TempDir Path dir)
            throws IOException {
        String individuals = builtIn("notification-individuals.drl");
        int start = individuals.indexOf("rule \"Individuals: telephone as well when misuse may be imminent\"");
        int end = individuals.indexOf("\nend", start) + 4;
        Files.writeString(dir.resolve("notification-individuals.drl"),
                individuals.substring(0, start) + individuals.substring(end));

        Tuning.Result result = verify(dir);

        assertEquals(0, result.exit(), result.out() + result.err());
        assertTrue(result.out().contains("urgentTelephone"), result.out());
        assertTrue(result.out().contains("0 below federal floor"), result.out());
    }

    @Test
    void whenADaysValueIsNegative_thenTheFolderIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("policy.properties"), "# typo\nindividualNoticeDays = -60\n");

        Tuning.Result result = verify(dir);

        assertEquals(2, result.exit());
        assertEquals(dir.resolve("policy.properties") + ": line 2: individualNoticeDays: expected a whole number of"
                + " calendar days, 1 to 3650, got -60", result.err().strip());
    }
}
