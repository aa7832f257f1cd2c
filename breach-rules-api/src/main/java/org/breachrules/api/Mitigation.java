package org.breachrules.api;

/**
 * Factor (iv): what was done to mitigate the risk to the PHI. {@link #ACCESS_REVOKED}, {@link #EXPOSURE_CLOSED} and
 * {@link #RESTORED_FROM_BACKUP} (1.1) contain the incident but do not get the PHI back.
 */
public enum Mitigation {
    RETRIEVED, DESTROYED_WITH_ATTESTATION, CONFIDENTIALITY_ASSURANCE, REMOTE_WIPED,
    ACCESS_REVOKED, EXPOSURE_CLOSED, RESTORED_FROM_BACKUP,
    NONE
}
