package org.breachrules.json;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.breachrules.api.Incident;

/**
 * A golden scenario: an incident, the date it is evaluated on, and the determination expected (as JSON; only the
 * fields given are meant to be compared).
 *
 * @param file     the scenario's file name
 * @param name     a one-line description
 * @param source   where the expectation comes from, e.g. {@code regulation.md §13 T01}
 * @param asOf     the evaluation date
 * @param incident the incident
 * @param expected the expected determination fields
 */
public record Scenario(String file, String name, String source, LocalDate asOf, Incident incident,
                       JsonNode expected) {

    @Override
    public String toString() {
        return file;
    }
}
