package org.breachrules.api;

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
 */
public record Determination(
        String incidentId,
        boolean breach,
        Basis basis,
        LocalDate clockStartedOn,
        RiskAssessmentOutcome riskAssessment,
        List<Notification> notifications,
        List<Finding> findings,
        List<ResponseAction> actions,
        List<MissingFact> missingFacts,
        LocalDate retainDocumentationUntil,
        LocalDate evaluatedOn,
        String rulesVersion) {

    /** Copies the lists; null becomes empty. */
    public Determination {
        notifications = Copies.listOrEmpty(notifications);
        findings = Copies.listOrEmpty(findings);
        actions = Copies.listOrEmpty(actions);
        missingFacts = Copies.listOrEmpty(missingFacts);
    }

    /** A version 1 determination: no missing facts. */
    public Determination(String incidentId, boolean breach, Basis basis, LocalDate clockStartedOn,
                         RiskAssessmentOutcome riskAssessment, List<Notification> notifications,
                         List<Finding> findings, List<ResponseAction> actions, LocalDate retainDocumentationUntil,
                         LocalDate evaluatedOn, String rulesVersion) {
        this(incidentId, breach, basis, clockStartedOn, riskAssessment, notifications, findings, actions, List.of(),
                retainDocumentationUntil, evaluatedOn, rulesVersion);
    }
}
