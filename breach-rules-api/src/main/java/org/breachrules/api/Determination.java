package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer for one incident: whether it is a breach of unsecured PHI, why, who must be told by when, and what to
 * do. It mirrors the {@code determination} object of the interchange format field for field. Immutable.
 *
 * @param incidentId               the incident's id
 * @param breach                   true: a breach of unsecured PHI, notification owed
 * @param basis                    the one reason the outcome rests on
 * @param clockStartedOn           the discovery date every deadline runs from
 * @param riskAssessment           how the four factors were scored; null when no assessment was needed or given
 * @param notifications            one entry per obligation; empty when there is no breach
 * @param findings                 the reasoning, in order
 * @param actions                  the response checklist
 * @param missingFacts             (1.1) facts absent, provisional or contradicted that could change the answer
 * @param retainDocumentationUntil the evaluation date plus six years (45 CFR 164.530(j)(2))
 * @param evaluatedOn              the evaluation date
 * @param rulesVersion             identifies the exact rule set that produced this determination
 * @param whatIf                   (1.1) the single changes of fact that would change the answer, most consequential
 *                                 first; null when no what-if was asked for (empty when asked and none would)
 * @param stateObligations         (1.2) duties under state breach statutes that remain after federal compliance
 * @param stateLawsAsOf            (1.2) the day the state-law data was last checked against its sources; null when
 *                                 no state law was consulted
 */
public record Determination(
        String incidentId,
        boolean breach,
        Basis basis,
        LocalDate clockStartedOn,
        @Nullable RiskAssessmentOutcome riskAssessment,
        List<Notification> notifications,
        List<Finding> findings,
        List<ResponseAction> actions,
        List<MissingFact> missingFacts,
        LocalDate retainDocumentationUntil,
        LocalDate evaluatedOn,
        String rulesVersion,
        @Nullable List<WhatIf> whatIf,
        List<StateObligation> stateObligations,
        @Nullable LocalDate stateLawsAsOf) {

    /** Copies the lists; null becomes empty, except {@code whatIf}, where null means "not asked for". */
    public Determination {
        stateObligations = Copies.listOrEmpty(stateObligations);
        notifications = Copies.listOrEmpty(notifications);
        findings = Copies.listOrEmpty(findings);
        actions = Copies.listOrEmpty(actions);
        missingFacts = Copies.listOrEmpty(missingFacts);
        whatIf = Copies.listOrNull(whatIf);
    }

    /** A determination without state-law entries. */
    public Determination(String incidentId, boolean breach, Basis basis, LocalDate clockStartedOn,
                         @Nullable RiskAssessmentOutcome riskAssessment, List<Notification> notifications,
                         List<Finding> findings, List<ResponseAction> actions, List<MissingFact> missingFacts,
                         LocalDate retainDocumentationUntil, LocalDate evaluatedOn, String rulesVersion,
                         @Nullable List<WhatIf> whatIf) {
        this(incidentId, breach, basis, clockStartedOn, riskAssessment, notifications, findings, actions, missingFacts,
                retainDocumentationUntil, evaluatedOn, rulesVersion, whatIf, List.of(), null);
    }

    /** A determination without what-ifs (none asked for). */
    public Determination(String incidentId, boolean breach, Basis basis, LocalDate clockStartedOn,
                         @Nullable RiskAssessmentOutcome riskAssessment, List<Notification> notifications,
                         List<Finding> findings, List<ResponseAction> actions, List<MissingFact> missingFacts,
                         LocalDate retainDocumentationUntil, LocalDate evaluatedOn, String rulesVersion) {
        this(incidentId, breach, basis, clockStartedOn, riskAssessment, notifications, findings, actions, missingFacts,
                retainDocumentationUntil, evaluatedOn, rulesVersion, null);
    }

    /** This determination with the what-ifs attached; everything else is unchanged. */
    public Determination withWhatIf(List<WhatIf> whatIfs) {
        return new Determination(incidentId, breach, basis, clockStartedOn, riskAssessment, notifications, findings,
                actions, missingFacts, retainDocumentationUntil, evaluatedOn, rulesVersion,
                java.util.Objects.requireNonNull(whatIfs, "whatIfs"), stateObligations, stateLawsAsOf);
    }

    /** A version 1 determination: no missing facts. */
    public Determination(String incidentId, boolean breach, Basis basis, LocalDate clockStartedOn,
                         @Nullable RiskAssessmentOutcome riskAssessment, List<Notification> notifications,
                         List<Finding> findings, List<ResponseAction> actions, LocalDate retainDocumentationUntil,
                         LocalDate evaluatedOn, String rulesVersion) {
        this(incidentId, breach, basis, clockStartedOn, riskAssessment, notifications, findings, actions, List.of(),
                retainDocumentationUntil, evaluatedOn, rulesVersion);
    }
}
