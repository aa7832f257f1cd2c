package org.breachrules.api;

/** How the media holding the PHI was destroyed. {@link #REDACTED} and {@link #OTHER} are not a safe harbor. */
public enum DestructionMethod {
    /** Paper, film or hard copy shredded or destroyed so that it cannot be read or reconstructed. */
    PAPER_SHREDDED_UNRECONSTRUCTABLE,
    /** Electronic media cleared per NIST SP 800-88. */
    NIST_SP_800_88_CLEAR,
    /** Electronic media purged per NIST SP 800-88. */
    NIST_SP_800_88_PURGE,
    /** Electronic media destroyed per NIST SP 800-88. */
    NIST_SP_800_88_DESTROY,
    /** Redaction; specifically excluded by the HHS guidance. */
    REDACTED,
    /** Any other method; not a safe harbor. */
    OTHER
}
