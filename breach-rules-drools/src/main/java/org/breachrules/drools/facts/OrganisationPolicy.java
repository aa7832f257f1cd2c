package org.breachrules.drools.facts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The values an organisation changed ({@code policy.properties} beside its tuned rules), applied over the federal
 * defaults of {@code policy.drl}. Every session holds exactly one; {@link #NONE} when nothing was changed. Immutable.
 */
public final class OrganisationPolicy {
    /** No value changed: the federal defaults apply. */
    public static final OrganisationPolicy NONE = new OrganisationPolicy(Map.of(), "");

    private final Map<PolicyName, Object> values;
    private final String source;

    /**
     * @param values the changed values, already checked ({@link PolicyName#parse})
     * @param source the text they were read from (part of the rules version)
     */
    public OrganisationPolicy(Map<PolicyName, Object> values, String source) {
        this.values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(values));
        this.source = source;
    }

    public Map<PolicyName, Object> values() {
        return values;
    }

    /** The text read, for the rules version digest. */
    public String source() {
        return source;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
