package org.breachrules.api;

/** Factor (iv): what was done to mitigate the risk to the PHI. */
public enum Mitigation { RETRIEVED, DESTROYED_WITH_ATTESTATION, CONFIDENTIALITY_ASSURANCE, REMOTE_WIPED, NONE }
