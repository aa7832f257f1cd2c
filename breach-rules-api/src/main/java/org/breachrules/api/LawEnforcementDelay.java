package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * A law-enforcement request to delay notification (45 CFR 164.412). Either the list of statements (1.2) or the 1.1
 * objects {@code oral} and {@code written}, which mean a list of those two statements; giving both is invalid.
 *
 * @param oral       (1.1) an oral statement; may be null
 * @param written    (1.1) a written statement; may be null
 * @param statements (1.2) every statement, in any order; never null
 */
public record LawEnforcementDelay(@Nullable OralStatement oral, @Nullable WrittenStatement written,
                                  List<LawEnforcementStatement> statements) {

    /** Copies the list; null becomes empty. */
    public LawEnforcementDelay {
        statements = Copies.listOrEmpty(statements);
    }

    /** The 1.1 form: an oral and a written statement, either may be null. */
    public LawEnforcementDelay(@Nullable OralStatement oral, @Nullable WrittenStatement written) {
        this(oral, written, List.of());
    }

    /** The 1.2 form: a list of statements. */
    public static LawEnforcementDelay of(List<LawEnforcementStatement> statements) {
        return new LawEnforcementDelay(null, null, statements);
    }

    /** Every statement, whichever form the incident used: the list, or the oral and written objects in that order. */
    public List<LawEnforcementStatement> allStatements() {
        if (!statements.isEmpty()) {
            return statements;
        }
        List<LawEnforcementStatement> out = new ArrayList<>(2);
        if (oral != null) {
            out.add(new LawEnforcementStatement(StatementForm.ORAL, oral.statedOn(), oral.official(), null));
        }
        if (written != null) {
            out.add(new LawEnforcementStatement(StatementForm.WRITTEN, written.statedOn(), null,
                    written.delayUntil()));
        }
        return List.copyOf(out);
    }
}
