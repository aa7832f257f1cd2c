package org.breachrules.states;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.breachrules.api.Jurisdiction;

/**
 * One jurisdiction's file: its versions in effective-date order and the date the file was last checked against its
 * sources.
 *
 * @param jurisdiction the state or territory
 * @param name its name as written in the file
 * @param checkedOn the date the file was last checked against its sources
 * @param versions at least one, strictly increasing by {@link StateLawVersion#effectiveFrom()}
 */
public record StateLaw(Jurisdiction jurisdiction, String name, LocalDate checkedOn, List<StateLawVersion> versions) {
    public StateLaw {
        if (jurisdiction == null || checkedOn == null) {
            throw new IllegalArgumentException("jurisdiction and checkedOn are required");
        }
        StateDuty.requireText(name, "name");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one version is required");
        }
        for (int i = 1; i < versions.size(); i++) {
            if (!versions.get(i).effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("versions must be in strictly increasing effectiveFrom order");
            }
        }
    }

    /**
     * The version governing a breach whose clock started on {@code clockStart}: the last one that took effect on or
     * before that date; empty when the clock started before the first version.
     */
    public Optional<StateLawVersion> versionOn(LocalDate clockStart) {
        StateLawVersion found = null;
        for (StateLawVersion v : versions) {
            if (!v.effectiveFrom().isAfter(clockStart)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }
}
