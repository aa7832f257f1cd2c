package org.breachrules.drools.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.breachrules.states.StateLaw;
import org.breachrules.states.StateLaws;

/**
 * The state-law data as facts for state-law.drl: one {@link StateVersion} per version of each jurisdiction's file and
 * one {@link StateDutyData} per duty of that version. Made once per determiner and inserted once per session (again
 * after a session reset), never per case: about 130 small immutable facts that every case in the session shares.
 *
 * @param facts     the facts, in jurisdiction and version order
 * @param checkedOn the latest {@code checkedOn} of the data: the determination's {@code stateLawsAsOf}
 */
public record StateLawFacts(List<Object> facts, LocalDate checkedOn) {
    public StateLawFacts {
        facts = List.copyOf(facts);
    }

    public static StateLawFacts of(StateLaws laws) {
        List<Object> facts = new ArrayList<>();
        for (var jurisdiction : laws.jurisdictions()) {
            StateLaw law = laws.law(jurisdiction).orElseThrow();
            var versions = law.versions();
            for (int i = 0; i < versions.size(); i++) {
                LocalDate until = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom() : null;
                StateVersion v = new StateVersion(jurisdiction, versions.get(i), until, i == 0);
                facts.add(v);
                var duties = versions.get(i).duties();
                for (int d = 0; d < duties.size(); d++) {
                    facts.add(new StateDutyData(v, duties.get(d), d));
                }
            }
        }
        return new StateLawFacts(facts, laws.checkedOn());
    }
}
