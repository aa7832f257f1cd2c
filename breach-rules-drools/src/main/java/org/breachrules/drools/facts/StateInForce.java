package org.breachrules.drools.facts;

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

    public StateInForce(Case forCase, Rule rule, String message, Residents residents, StateVersion version) {
        super(forCase, rule, message, residents.getJurisdiction(), version.getStatute(),
                order(residents.getJurisdiction(), 0));
        this.residents = residents;
        this.version = version;
        this.personalInformationExposed = forCase.isPhiTypesKnown()
                ? version.getVersion().coversAny(java.util.EnumSet.copyOf(forCase.getPhiTypes())) : null;
    }

    public Residents getResidents() { return residents; }
    public int getCount() { return residents.getCount(); }
    public StateVersion getVersion() { return version; }
    /** True or false once the exposed data types are known; null while they are not. */
    public Boolean getPersonalInformationExposed() { return personalInformationExposed; }
}
