package org.breachrules.api;

/** The three exclusions from the definition of breach, 45 CFR 164.402 paragraph (1). */
public enum ExceptionType {
    /** 164.402(1)(i): unintentional acquisition, access or use by a workforce member in good faith. */
    UNINTENTIONAL_WORKFORCE_ACCESS,
    /** 164.402(1)(ii): inadvertent disclosure between persons authorized at the same entity or OHCA. */
    INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED,
    /** 164.402(1)(iii): good-faith belief that the recipient could not have retained the information. */
    RECIPIENT_COULD_NOT_RETAIN
}
