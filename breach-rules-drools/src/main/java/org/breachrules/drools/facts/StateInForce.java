package org.breachrules.drools.facts;

import java.time.LocalDate;

import org.kie.api.definition.rule.Rule;

/**
 * The version of a state's statute that governs this case (the one in force on the clock start), joined to the
 * state's residents. Whether the breach falls under the state's definition of personal information is settled here
 * once: true or false from {@code riskAssessment.phiTypes}, null when they are not known.
 */
public final class StateInForce extends StateConclusion {
    private final Residents residents;
    private final StateVersion version;
    private final Boolean personalInformationExposed;
    private final LocalDate clockStart;

    /** @param clockStart the clock start the version was chosen for (the duties counted from discovery use it) */
    public StateInForce(Case forCase, Rule rule, String message, Residents residents, StateVersion version,
                        LocalDate clockStart) {
        super(forCase, rule, message, residents.getJurisdiction(), version.getStatute(),
                order(residents.getJurisdiction(), 0));
        this.residents = residents;
        this.version = version;
        this.clockStart = clockStart;
        Boolean exposed = null;
        if (forCase.isPhiTypesKnown()) {
            exposed = version.getVersion().coversAny(forCase.getPhiTypes());
        } else if (version.getVersion().coversAny(HEALTH)) {
            exposed = Boolean.TRUE;
        }
        this.personalInformationExposed = exposed;
    }

    /**
     * Health information. PHI is by definition information about an individual's health or care held by a HIPAA
     * entity, so a state whose definition of personal information includes health information is reached by any
     * breach of PHI, even when the data types exposed are not given; a state whose definition has none of these
     * needs the data types (its entries stay UNDETERMINED until they are known).
     */
    private static final java.util.Set<org.breachrules.api.PhiType> HEALTH = java.util.EnumSet.of(
            org.breachrules.api.PhiType.DIAGNOSIS, org.breachrules.api.PhiType.TREATMENT,
            org.breachrules.api.PhiType.MEDICATION, org.breachrules.api.PhiType.LAB_RESULTS,
            org.breachrules.api.PhiType.MEDICAL_RECORD_NUMBER, org.breachrules.api.PhiType.HEALTH_PLAN_ID,
            org.breachrules.api.PhiType.SENSITIVE_CONDITION);

    public Residents getResidents() { return residents; }
    public int getCount() { return residents.getCount(); }
    public StateVersion getVersion() { return version; }
    /** The clock start (the day of discovery) the version in force was chosen for. */
    public LocalDate getClockStart() { return clockStart; }
    /** True or false once the exposed data types are known; null while they are not. */
    public Boolean getPersonalInformationExposed() { return personalInformationExposed; }
}
