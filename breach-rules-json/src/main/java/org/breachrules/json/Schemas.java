package org.breachrules.json;

import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON Schemas (draft 2020-12) of the interchange format, for integrators in any language: the same files as
 * {@code docs/schema/} in the repository. They check structure (fields, types, enum values, required fields); the
 * checks that relate fields to each other or to the evaluation date are the reader's ({@link IncidentReader}).
 */
public final class Schemas {
    /** The classpath resource of the incident schema (one incident, or an array of them). */
    public static final String INCIDENT = "/org/breachrules/json/schema/incident.schema.json";
    /** The classpath resource of the determination schema (one determination, or an array of them). */
    public static final String DETERMINATION = "/org/breachrules/json/schema/determination.schema.json";

    private Schemas() {
    }

    /**
     * Opens a schema; the caller closes the stream.
     *
     * @param resource {@link #INCIDENT} or {@link #DETERMINATION}
     * @return the schema's JSON text, UTF-8
     */
    public static InputStream open(String resource) {
        InputStream in = Schemas.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(resource + " is not in the jar"));
        }
        return in;
    }
}
