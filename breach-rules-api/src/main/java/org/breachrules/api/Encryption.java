package org.breachrules.api;

/**
 * How the PHI was encrypted, for the safe harbor of the HHS guidance on unsecured PHI.
 *
 * @param standard                 the encryption standard; required
 * @param keyCompromised           the key or process could have reached the unauthorized person; required
 * @param decryptedWhenCompromised the data was in clear form when reached (e.g. a mounted volume); required
 */
public record Encryption(EncryptionStandard standard, Boolean keyCompromised, Boolean decryptedWhenCompromised) {
}
