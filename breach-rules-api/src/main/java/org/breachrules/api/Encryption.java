package org.breachrules.api;

import org.jspecify.annotations.Nullable;

/**
 * How the PHI was encrypted, for the safe harbor of the HHS guidance on unsecured PHI.
 *
 * @param standard                 the encryption standard; required
 * @param keyCompromised           the key or process could have reached the unauthorized person; required
 * @param decryptedWhenCompromised the data was in clear form when reached (e.g. a mounted volume); required
 * @param dataState                (1.2) at rest or in motion when reached; optional (inferred from the locations)
 */
public record Encryption(EncryptionStandard standard, Boolean keyCompromised, Boolean decryptedWhenCompromised,
                         @Nullable DataState dataState) {

    /** The 1.1 form, without the data's state. */
    public Encryption(EncryptionStandard standard, Boolean keyCompromised, Boolean decryptedWhenCompromised) {
        this(standard, keyCompromised, decryptedWhenCompromised, null);
    }
}
