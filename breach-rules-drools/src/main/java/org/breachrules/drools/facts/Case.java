package org.breachrules.drools.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.DataState;
import org.breachrules.api.LawEnforcementStatement;
import org.breachrules.api.Location;
import org.breachrules.api.NotificationDelegate;
import org.breachrules.api.DestructionMethod;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Mitigation;
import org.breachrules.api.NoticeSent;
import org.breachrules.api.PhiType;
import org.breachrules.api.RecipientType;
import org.breachrules.api.Role;

/**
 * One incident under evaluation, as the rules see it: the incident's facts flattened into null-safe properties, and
 * the evaluation date. Every derived fact points back to its case, so several cases can share one session without
 * seeing each other. Identity equality on purpose: two equal incidents are still two cases.
 *
 * <p>Not thread-safe; a case lives in one session on one thread.
 */
public final class Case {
    private final Incident incident;
    private final LocalDate asOf;
    private final List<Residents> residents;
    /** (1.2) The states whose law the overlay consults: those with residents listed, and the reporter's own. */
    private final List<Residents> consultedStates;
    private final int unassignedResidents;
    private final List<LawEnforcementStatement> statements;
    private int sequence;
    /** Every conclusion a rule reached about this case, in the order reached (some may since be retracted). */
    private final List<Conclusion> reached = new ArrayList<>(24);

    public Case(Incident incident, LocalDate asOf) {
        this.incident = incident;
        this.asOf = asOf;
        List<Residents> list = new ArrayList<>();
        long listed = 0;
        if (incident.affected() != null) {
            for (Map.Entry<Jurisdiction, Integer> e : incident.affected().byJurisdiction().entrySet()) {
                list.add(new Residents(e.getKey(), e.getValue()));
                listed += e.getValue();
            }
        }
        this.residents = Collections.unmodifiableList(list);
        this.consultedStates = consulted(list, reporterState(incident));
        this.unassignedResidents = (int) Math.max(0, getAffectedTotal() - listed);
        this.statements = incident.lawEnforcementDelay() == null ? List.of()
                : incident.lawEnforcementDelay().allStatements();
    }

    /** The incident as given. */
    public Incident getIncident() { return incident; }

    /** The evaluation date ("as of"); rules never read the system clock. */
    public LocalDate getAsOf() { return asOf; }

    /** The next number in this case's order of conclusions. */
    int nextSequence() { return ++sequence; }

    /** Remembers a conclusion reached about this case, so the engine finds it without scanning the session. */
    void reached(Conclusion conclusion) { reached.add(conclusion); }

    /**
     * Every conclusion reached about this case, including any that truth maintenance has since retracted: the engine
     * keeps those still in the session.
     */
    public List<Conclusion> conclusionsReached() { return Collections.unmodifiableList(reached); }

    public Role getReporterRole() { return incident.reporter().role(); }
    public Integer getContractualNotificationDays() { return incident.reporter().contractualNotificationDays(); }
    /** (1.2) The agreement's window in business days; null when not given. */
    public Integer getContractualNotificationBusinessDays() {
        return incident.reporter().contractualNotificationBusinessDays();
    }
    /** (1.2) Who performs the covered entity's notices by agreement; null when the entity itself does. */
    public NotificationDelegate getNotificationDelegatedTo() { return incident.reporter().notificationDelegatedTo(); }

    public LocalDate getDiscoveredOn() { return incident.discoveredOn(); }
    public LocalDate getWouldHaveBeenDiscoveredOn() { return incident.wouldHaveBeenDiscoveredOn(); }
    public LocalDate getBusinessAssociateDiscoveredOn() {
        return incident.businessAssociate() == null ? null : incident.businessAssociate().discoveredOn();
    }
    /** True or false when a business associate discovered it; null when no business associate is involved. */
    public Boolean getBusinessAssociateIsAgent() {
        return incident.businessAssociate() == null ? null : incident.businessAssociate().agentOfCoveredEntity();
    }

    public boolean isPhiInvolved() { return Boolean.TRUE.equals(incident.phiInvolved()); }
    public boolean isPermittedByPrivacyRule() { return Boolean.TRUE.equals(incident.permittedByPrivacyRule()); }
    public boolean isElectedToNotify() { return incident.electedToNotify(); }
    public boolean isRansomware() { return incident.ransomware(); }

    public ExceptionType getExceptionType() {
        return incident.exception() == null ? null : incident.exception().type();
    }
    public Boolean getExceptionGoodFaith() {
        return incident.exception() == null ? null : incident.exception().goodFaith();
    }
    public Boolean getExceptionWithinScopeOfAuthority() {
        return incident.exception() == null ? null : incident.exception().withinScopeOfAuthority();
    }
    public Boolean getExceptionRecipientAuthorizedAtSameEntityOrOhca() {
        return incident.exception() == null ? null : incident.exception().recipientAuthorizedAtSameEntityOrOhca();
    }
    public Boolean getExceptionFurtherImpermissibleUseOrDisclosure() {
        return incident.exception() == null ? null : incident.exception().furtherImpermissibleUseOrDisclosure();
    }

    public EncryptionStandard getEncryptionStandard() {
        return encryption() ? incident.safeguards().encryption().standard() : null;
    }
    public Boolean getEncryptionKeyCompromised() {
        return encryption() ? incident.safeguards().encryption().keyCompromised() : null;
    }
    public Boolean getEncryptionDecryptedWhenCompromised() {
        return encryption() ? incident.safeguards().encryption().decryptedWhenCompromised() : null;
    }
    /** (1.2) The data's state when reached, as recorded; null when not given. */
    public DataState getDataState() {
        return encryption() ? incident.safeguards().encryption().dataState() : null;
    }
    /** The HHS portal locations of the PHI. */
    public List<Location> getLocations() { return incident.locations(); }
    public DestructionMethod getDestructionMethod() {
        return incident.safeguards() == null || incident.safeguards().destruction() == null
                ? null : incident.safeguards().destruction().method();
    }

    public boolean isRiskAssessmentGiven() { return incident.riskAssessment() != null; }
    public List<PhiType> getPhiTypes() {
        return incident.riskAssessment() == null ? List.of() : incident.riskAssessment().phiTypes();
    }
    /** (1.2) Whether the exposed data types are known: a risk assessment listing at least one. */
    public boolean isPhiTypesKnown() { return !getPhiTypes().isEmpty(); }
    public RecipientType getRecipient() {
        return incident.riskAssessment() == null ? null : incident.riskAssessment().recipient();
    }
    public AcquiredOrViewed getAcquiredOrViewed() {
        return incident.riskAssessment() == null ? null : incident.riskAssessment().acquiredOrViewed();
    }
    public List<Mitigation> getMitigations() {
        return incident.riskAssessment() == null ? List.of() : incident.riskAssessment().mitigations();
    }
    /**
     * Whether any PHI type of the assessment is in {@code set} (a set from the policy); false without an assessment.
     * A plain loop instead of a {@code from} pattern: the same question, without a subnetwork per rule.
     */
    public boolean anyPhiTypeIn(java.util.Set<PhiType> set) {
        for (PhiType t : getPhiTypes()) {
            if (set.contains(t)) {
                return true;
            }
        }
        return false;
    }
    /** Whether any mitigation given, other than {@code except}, is in {@code set}. */
    public boolean anyMitigationInExcept(java.util.Set<Mitigation> set, Mitigation except) {
        for (Mitigation m : getMitigations()) {
            if (m != except && set.contains(m)) {
                return true;
            }
        }
        return false;
    }
    /** Whether any mitigation given is in {@code set} (a set from the policy); false without an assessment. */
    public boolean anyMitigationIn(java.util.Set<Mitigation> set) {
        return anyMitigationInExcept(set, null);
    }
    /** The assessment says the person misused the PHI on purpose (snooping, insider theft). */
    public boolean isDeliberateMisuse() {
        return incident.riskAssessment() != null && incident.riskAssessment().deliberateMisuseRecorded();
    }
    /**
     * (1.2) The deliberate-misuse answer as given: true, false, or null when the assessment does not say (or there is
     * none).
     */
    public Boolean getDeliberateMisuseAnswer() {
        return incident.riskAssessment() == null ? null : incident.riskAssessment().deliberateMisuse();
    }
    /** (1.2) The reference to the forensic report behind {@code acquiredOrViewed: NO}; null when none. */
    public String getForensicEvidence() {
        return incident.riskAssessment() == null ? null : incident.riskAssessment().forensicEvidence();
    }
    public LocalDate getRiskAssessmentCompletedOn() {
        return incident.riskAssessment() == null ? null : incident.riskAssessment().completedOn();
    }

    /** Individuals affected; 0 when not given (only possible when no PHI is involved). */
    public int getAffectedTotal() {
        return incident.affected() == null || incident.affected().total() == null ? 0 : incident.affected().total();
    }
    /** Residents per state or territory, in the order given. */
    public List<Residents> getResidents() { return residents; }
    /**
     * (1.2) The states and territories whose breach statutes the overlay consults: every one in
     * {@code affected.byJurisdiction} with its residents, and the reporter's own state ({@code reporter.address.state},
     * when it is a valid code) with its listed residents, or 0 when none are listed. Empty for most incidents that
     * give no breakdown: state-law.drl asks this first, so those never enter its joins.
     */
    public List<Residents> getConsultedStates() { return consultedStates; }
    /** (1.2) Whether any state's law is consulted at all. */
    public boolean isStateLawConsulted() { return !consultedStates.isEmpty(); }

    private static List<Residents> consulted(List<Residents> listed, Jurisdiction own) {
        if (own == null) {
            return listed;
        }
        List<Residents> out = new ArrayList<>(listed.size() + 1);
        boolean found = false;
        for (Residents r : listed) {
            boolean mine = r.getJurisdiction() == own;
            found |= mine;
            out.add(mine ? new Residents(own, r.getCount(), true) : r);
        }
        if (!found) {
            out.add(new Residents(own, 0, true));
        }
        return Collections.unmodifiableList(out);
    }

    /** The reporter's own state when its address gives a valid code (case and spaces ignored), else null. */
    private static Jurisdiction reporterState(Incident incident) {
        if (incident.reporter() == null || incident.reporter().address() == null
                || incident.reporter().address().state() == null) {
            return null;
        }
        String code = incident.reporter().address().state().strip().toUpperCase(java.util.Locale.ROOT);
        for (Jurisdiction j : Jurisdiction.values()) {
            if (j.name().equals(code)) {
                return j;
            }
        }
        return null;
    }

    /** Affected individuals not assigned to any listed state or territory: the total less the listed residents. */
    public int getUnassignedResidents() { return unassignedResidents; }
    public int getInsufficientContactInfo() {
        Integer n = incident.affected() == null ? null : incident.affected().insufficientContactInfo();
        return n == null ? 0 : n;
    }
    /** Whether the incident says how many individuals have insufficient contact information (0 counts as known). */
    public boolean isInsufficientContactInfoKnown() {
        return incident.affected() != null && incident.affected().insufficientContactInfo() != null;
    }
    public boolean isTotalIsEstimate() { return incident.affected() != null && incident.affected().totalIsEstimate(); }
    /** Deceased individuals; 0 when not given. */
    public int getDeceased() {
        Integer n = incident.affected() == null ? null : incident.affected().deceased();
        return n == null ? 0 : n;
    }
    /** Deceased individuals with no next of kin or personal representative to write to; 0 when not given. */
    public int getDeceasedWithoutNextOfKinContact() {
        Integer n = incident.affected() == null ? null : incident.affected().deceasedWithoutNextOfKinContact();
        return n == null ? 0 : n;
    }
    /** (1.2) Individuals owed notice: the total less the deceased with no next of kin or representative to write to. */
    public int getIndividualsOwedNotice() { return Math.max(0, getAffectedTotal() - getDeceasedWithoutNextOfKinContact()); }
    /** Notices the entity has already given. */
    public List<NoticeSent> getNoticesSent() { return incident.noticesSent(); }
    /**
     * (1.2) The day the incident records a notice to {@code recipient} (no jurisdiction) as sent: the entry without a
     * count, else the latest wave; null when none is recorded.
     */
    public LocalDate noticeSentOn(org.breachrules.api.Recipient recipient) {
        LocalDate latest = null;
        for (NoticeSent sent : getNoticesSent()) {
            if (sent.recipient() == recipient && sent.jurisdiction() == null) {
                if (sent.count() == null) {
                    return sent.sentOn();
                }
                latest = latest == null || sent.sentOn().isAfter(latest) ? sent.sentOn() : latest;
            }
        }
        return latest;
    }
    public boolean isImminentMisuse() { return incident.affected() != null && incident.affected().imminentMisuse(); }

    /** Whether law enforcement made any statement, oral or written. */
    public boolean isLawEnforcementStatementGiven() { return !statements.isEmpty(); }
    /**
     * (1.2) Every law-enforcement statement, whichever form the incident used (the list, or the 1.1 oral and written
     * objects); empty when none.
     */
    public List<LawEnforcementStatement> getStatements() { return statements; }
    /**
     * The field path of one statement in the incident as given: {@code lawEnforcementDelay.statements[i]}, or the 1.1
     * {@code lawEnforcementDelay.oral} / {@code .written} object.
     */
    public String statementPath(LawEnforcementStatement statement) {
        List<LawEnforcementStatement> listed = incident.lawEnforcementDelay().statements();
        if (!listed.isEmpty()) {
            return "lawEnforcementDelay.statements[" + listed.indexOf(statement) + "]";
        }
        return statement.form() == org.breachrules.api.StatementForm.ORAL
                ? "lawEnforcementDelay.oral" : "lawEnforcementDelay.written";
    }

    private boolean encryption() {
        return incident.safeguards() != null && incident.safeguards().encryption() != null;
    }

    /** The incident id only: never the incident's content. */
    @Override
    public String toString() {
        return "Case[" + incident.id() + "]";
    }
}
