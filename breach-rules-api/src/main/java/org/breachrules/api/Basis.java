package org.breachrules.api;

/** The one reason a determination rests on. {@link #breach()} tells which side of the line it falls. */
public enum Basis {
    /** No PHI was involved, or it was de-identified per 45 CFR 164.514(b). */
    NO_PHI(false),
    /** The use or disclosure was permitted by the Privacy Rule (subpart E). */
    PERMITTED_BY_PRIVACY_RULE(false),
    /** Exception 164.402(1)(i). */
    EXCEPTION_UNINTENTIONAL_WORKFORCE_ACCESS(false),
    /** Exception 164.402(1)(ii). */
    EXCEPTION_INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED(false),
    /** Exception 164.402(1)(iii). */
    EXCEPTION_RECIPIENT_COULD_NOT_RETAIN(false),
    /** Encrypted per the HHS guidance, key not compromised, not decrypted when reached. */
    SECURED_BY_ENCRYPTION(false),
    /** Destroyed per the HHS guidance. */
    SECURED_BY_DESTRUCTION(false),
    /** The four-factor risk assessment demonstrates a low probability of compromise. */
    LOW_PROBABILITY_OF_COMPROMISE(false),
    /** The entity chose to notify without a risk assessment. */
    ELECTED_TO_NOTIFY(true),
    /** No risk assessment was given: a breach is presumed (164.402(2)). */
    PRESUMED_BREACH_NO_ASSESSMENT(true),
    /** The risk assessment does not demonstrate a low probability of compromise. */
    RISK_ASSESSMENT_NOT_LOW(true);

    private final boolean breach;

    Basis(boolean breach) {
        this.breach = breach;
    }

    /** Whether an outcome on this basis is a breach of unsecured PHI. */
    public boolean breach() {
        return breach;
    }
}
