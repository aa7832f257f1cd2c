package org.breachrules.states;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.breachrules.api.PhiType;

/**
 * A state's law as in force from one date until the next version's date. Versions are never edited once published:
 * an amendment adds a version, so that an old incident is still judged by the law of its clock start.
 *
 * @param effectiveFrom the first clock-start date this version governs
 * @param statute the statute cited as a whole
 * @param hipaaClause what the statute says about HIPAA-compliant entities
 * @param hipaaClauseCitation where the clause is, or "none found"
 * @param personalInformation the kinds of information ({@code riskAssessment.phiTypes}) that bring a breach under the
 *     state's definition of personal information; a breach exposing none of them owes the state nothing
 * @param duties the duties that survive HIPAA compliance; empty when none does
 * @param source where the version's values were read, with the date read
 * @param confidence whether the clause and the definition were confirmed against the statute's text
 * @param notes open points and conflicts between sources, or empty
 */
public record StateLawVersion(LocalDate effectiveFrom, String statute, HipaaClause hipaaClause,
        String hipaaClauseCitation, Set<PhiType> personalInformation, List<StateDuty> duties, String source,
        org.breachrules.api.Confidence confidence, Optional<String> notes) {
    public StateLawVersion {
        if (effectiveFrom == null || hipaaClause == null || confidence == null || notes == null) {
            throw new IllegalArgumentException("effectiveFrom, hipaaClause and confidence are required");
        }
        StateDuty.requireText(statute, "statute");
        StateDuty.requireText(hipaaClauseCitation, "hipaaClauseCitation");
        StateDuty.requireText(source, "source");
        personalInformation = Set.copyOf(personalInformation);
        duties = List.copyOf(duties);
        if (hipaaClause.leavesNoDuty() && !duties.isEmpty()) {
            throw new IllegalArgumentException("a " + hipaaClause + " clause leaves no duty, but duties are listed");
        }
    }

    /** True when a breach exposing {@code exposed} falls under the state's definition of personal information. */
    public boolean coversAny(java.util.Collection<PhiType> exposed) {
        for (PhiType t : exposed) {
            if (personalInformation.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
