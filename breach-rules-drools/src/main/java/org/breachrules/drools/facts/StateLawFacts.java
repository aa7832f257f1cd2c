package org.breachrules.drools.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.breachrules.api.Jurisdiction;
import org.breachrules.states.StateLaw;
import org.breachrules.states.StateLaws;

/**
 * The state-law data as state-law.drl reads it: each jurisdiction's {@link StateVersion}s, each with its
 * {@link StateDutyData}. Made once per determiner and set as the sessions' {@code stateLaw} global; the rules reach a
 * state's versions from the case's residents ({@code from stateLaw.versionsOf(...)}), so nothing is inserted and a
 * case pays only for the states it names. Immutable and thread-safe once made.
 */
public final class StateLawFacts {
    private final Map<Jurisdiction, List<StateVersion>> versions;
    private final LocalDate checkedOn;

    private StateLawFacts(Map<Jurisdiction, List<StateVersion>> versions, LocalDate checkedOn) {
        this.versions = versions;
        this.checkedOn = checkedOn;
    }

    public static StateLawFacts of(StateLaws laws) {
        Map<Jurisdiction, List<StateVersion>> byState = new EnumMap<>(Jurisdiction.class);
        for (var jurisdiction : laws.jurisdictions()) {
            StateLaw law = laws.law(jurisdiction).orElseThrow();
            var all = law.versions();
            List<StateVersion> list = new ArrayList<>(all.size());
            for (int i = 0; i < all.size(); i++) {
                LocalDate until = i + 1 < all.size() ? all.get(i + 1).effectiveFrom() : null;
                StateVersion v = new StateVersion(jurisdiction, all.get(i), until, i == 0);
                var duties = all.get(i).duties();
                for (int d = 0; d < duties.size(); d++) {
                    v.addDuty(new StateDutyData(v, duties.get(d), d));
                }
                list.add(v);
            }
            byState.put(jurisdiction, List.copyOf(list));
        }
        return new StateLawFacts(byState, laws.checkedOn());
    }

    /** The versions of a jurisdiction's statute, oldest first; empty when the data has no file for it. */
    public List<StateVersion> versionsOf(Jurisdiction jurisdiction) {
        return versions.getOrDefault(jurisdiction, List.of());
    }

    /** Whether the data has a file for the jurisdiction (false: its law was not checked). */
    public boolean hasData(Jurisdiction jurisdiction) {
        return versions.containsKey(jurisdiction);
    }

    /** Every version of every jurisdiction, for tools (what-if thresholds). */
    public List<StateVersion> allVersions() {
        List<StateVersion> out = new ArrayList<>();
        versions.values().forEach(out::addAll);
        return out;
    }

    /** The latest {@code checkedOn} of the data: the determination's {@code stateLawsAsOf}. */
    public LocalDate checkedOn() {
        return checkedOn;
    }
}
