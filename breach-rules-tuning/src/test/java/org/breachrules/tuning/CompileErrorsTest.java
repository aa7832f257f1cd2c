package org.breachrules.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.breachrules.api.InvalidRulesException;
import org.breachrules.api.RuleProblem;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors a compliance officer can act on: the typo's own line and column, and the names that are allowed. */
class CompileErrorsTest {
    private static final String RULE = """
            package org.breachrules.rules;

            import org.breachrules.api.PhiType;
            import org.breachrules.drools.facts.BreachPresumed;
            import org.breachrules.drools.facts.Case;
            import org.breachrules.drools.facts.ElectionToNotify;

            rule "Organisation policy: always notify when Social Security numbers are involved"
                @citation("organisation policy")
            when
                BreachPresumed( $c : forCase )
                Case( this == $c, phiTypes contains PhiType.SSN )
            then
                insertLogical(new ElectionToNotify($c, drools.getRule(), "SSNs are involved: notify."));
            end
            """;

    private static RuleProblem only(String drl) {
        List<RuleProblem> p = assertThrows(InvalidRulesException.class,
                () -> DroolsBreachDeterminer.builder().rules("mine.drl", drl).build()).problems();
        assertEquals(1, p.size(), p.toString());
        return p.get(0);
    }

    @Test
    void whenAnEnumValueIsMisspelt_thenItsLineAndColumnAndTheAllowedValuesAreGiven() {
        RuleProblem p = only(RULE.replace("PhiType.SSN", "PhiType.SNN"));
        assertEquals(12, p.line());
        assertTrue(p.message().startsWith("column 41: PhiType.SNN is not a PhiType value; allowed: NAME, ADDRESS,"),
                p.message());
    }

    @Test
    void whenAFieldIsMisspelt_thenItsLineAndColumnAndTheFactsFieldsAreGiven() {
        RuleProblem p = only(RULE.replace("phiTypes contains", "phiTypez contains"));
        assertEquals(12, p.line());
        assertTrue(p.message().startsWith("column 23: Case has no field \"phiTypez\"; its fields are:"), p.message());
        assertTrue(p.message().contains("phiTypes"), p.message());
    }

    @Test
    void whenTheFileStartsWithAByteOrderMark_thenItCompiles(@TempDir Path dir) throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = RULE.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        Files.write(dir.resolve("always-notify-ssn.drl"), all);
        assertTrue(DroolsBreachDeterminer.builder().rulesDirectory(dir).build().rulesVersion().startsWith("tuned:"));
    }
}
