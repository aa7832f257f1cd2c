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

    /** A source's date as the files write it: "(read 2026-12-02)". */
    private static final java.util.regex.Pattern READ_ON =
            java.util.regex.Pattern.compile("\\bread (\\d{4}-\\d{2}-\\d{2})");

    /**
     * The latest date any of the file's sources was read ("read YYYY-MM-DD" in a version's or a duty's source);
     * empty when no source gives one.
     */
    public Optional<LocalDate> newestSourceRead() {
        LocalDate newest = null;
        for (StateLawVersion v : versions) {
            List<String> sources = new java.util.ArrayList<>();
            sources.add(v.source());
            v.duties().forEach(d -> sources.add(d.source()));
            for (String source : sources) {
                java.util.regex.Matcher m = READ_ON.matcher(source);
                while (m.find()) {
                    try {
                        LocalDate read = LocalDate.parse(m.group(1));
                        newest = newest == null || read.isAfter(newest) ? read : newest;
                    } catch (java.time.format.DateTimeParseException e) {
                        // not a date: the schema check reports the source as written
                    }
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    /**
     * Whether the file was last checked before a source it cites was read: its values may not reflect that source
     * ({@code verify} flags it).
     */
    public boolean isOlderThanItsSources() {
        return newestSourceRead().map(checkedOn::isBefore).orElse(false);
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
