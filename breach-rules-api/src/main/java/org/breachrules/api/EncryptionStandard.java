package org.breachrules.api;

/**
 * How the PHI was encrypted. Only the NIST publications and FIPS 140 validation named in the HHS guidance on
 * unsecured PHI can secure it; {@link #OTHER} (for example a password-protected file) and {@link #NONE} never do.
 */
public enum EncryptionStandard {
    /** Data at rest: NIST SP 800-111. */
    NIST_SP_800_111,
    /** Data in motion: NIST SP 800-52 (TLS). */
    NIST_SP_800_52,
    /** Data in motion: NIST SP 800-77 (IPsec VPN). */
    NIST_SP_800_77,
    /** Data in motion: NIST SP 800-113 (SSL VPN). */
    NIST_SP_800_113,
    /** FIPS 140 validated encryption. */
    FIPS_140_VALIDATED,
    /** Any other protection; not a safe harbor. */
    OTHER,
    /** Not encrypted. */
    NONE
}
