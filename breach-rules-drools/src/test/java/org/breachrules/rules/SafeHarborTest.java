package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breachrules.api.Basis;
import org.breachrules.api.Destruction;
import org.breachrules.api.DestructionMethod;
import org.breachrules.api.Determination;
import org.breachrules.api.Encryption;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.Safeguards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** safe-harbor.drl: unsecured PHI per 164.402 and the HHS guidance (74 FR 42740), Ransomware Fact Sheet Q8. */
class SafeHarborTest {
    static final String ENCRYPTED = "Encryption per HHS guidance, key safe, not decrypted when reached: secured";
    static final String STANDARD_NOT_ACCEPTED = "Encryption standard not in the HHS guidance: no safe harbor";
    static final String KEY_COMPROMISED = "Encryption key or process compromised: no safe harbor";
    static final String DECRYPTED = "Data decrypted when reached: no safe harbor";
    static final String DESTROYED = "Destruction per HHS guidance: secured";
    static final String NOT_DESTROYED = "Redaction or other destruction method: no safe harbor";
    static final String UNSECURED = "No safe harbor applies: the PHI is unsecured";
    static final String SECURED_BY_ENCRYPTION = "Secured by encryption: not a breach of unsecured PHI";
    static final String SECURED_BY_DESTRUCTION = "Secured by destruction: not a breach of unsecured PHI";

    // ---- encryption --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = EncryptionStandard.class, names = {"NIST_SP_800_111", "NIST_SP_800_52", "NIST_SP_800_77",
            "NIST_SP_800_113", "FIPS_140_VALIDATED"})
    void whenEncryptedPerAcceptedStandardKeySafeNotDecrypted_thenSecuredAndNotABreach(EncryptionStandard standard) {
        // Given
        // When
        Determination d = determine(given().safeguards(encryption(standard, false, false)));
        // Then
        assertFired(d, ENCRYPTED);
        assertFired(d, SECURED_BY_ENCRYPTION);
        assertNotFired(d, UNSECURED);
        assertNotFired(d, STANDARD_NOT_ACCEPTED);
        assertBasis(d, Basis.SECURED_BY_ENCRYPTION);
        assertTrue(d.notifications().isEmpty());
        assertNull(d.riskAssessment());
    }

    @ParameterizedTest
    @EnumSource(value = EncryptionStandard.class, names = {"OTHER", "NONE"})
    void whenEncryptionStandardNotInGuidance_thenNoSafeHarbor(EncryptionStandard standard) {
        // Given e.g. a password-protected file
        // When
        Determination d = determine(given().safeguards(encryption(standard, false, false)));
        // Then
        assertFired(d, STANDARD_NOT_ACCEPTED);
        assertNotFired(d, ENCRYPTED);
        assertFired(d, UNSECURED);
        assertTrue(d.breach());
    }

    @Test
    void whenKeyCompromised_thenNoSafeHarbor() {
        // Given a lost SP 800-111 laptop with the password taped to it (regulation.md T20)
        // When
        Determination d = determine(given().safeguards(encryption(EncryptionStandard.NIST_SP_800_111, true, false)));
        // Then
        assertFired(d, KEY_COMPROMISED);
        assertNotFired(d, ENCRYPTED);
        assertNotFired(d, DECRYPTED);
        assertFired(d, UNSECURED);
        assertBasis(d, Basis.PRESUMED_BREACH_NO_ASSESSMENT);
    }

    @Test
    void whenKeyNotCompromised_thenKeyRuleDoesNotFire() {
        // Given
        // When
        Determination d = determine(given().safeguards(encryption(EncryptionStandard.NIST_SP_800_111, false, false)));
        // Then
        assertNotFired(d, KEY_COMPROMISED);
        assertNotFired(d, DECRYPTED);
    }

    @Test
    void whenDecryptedWhenReached_thenNoSafeHarbor() {
        // Given full-volume encryption on a mounted server volume hit by ransomware (Fact Sheet Q8, T18)
        // When
        Determination d = determine(given().ransomware(true)
                .safeguards(encryption(EncryptionStandard.NIST_SP_800_111, false, true)));
        // Then
        assertFired(d, DECRYPTED);
        assertNotFired(d, ENCRYPTED);
        assertNotFired(d, KEY_COMPROMISED);
        assertFired(d, UNSECURED);
        assertTrue(d.breach());
    }

    @Test
    void whenKeyCompromisedAndDecrypted_thenBothReasonsAreGiven() {
        // Given
        // When
        Determination d = determine(given().safeguards(encryption(EncryptionStandard.FIPS_140_VALIDATED, true, true)));
        // Then
        assertFired(d, KEY_COMPROMISED);
        assertFired(d, DECRYPTED);
        assertTrue(d.breach());
    }

    @Test
    void whenNoSafeguardsGiven_thenPhiIsUnsecured() {
        // Given no safeguards at all (missing facts)
        // When
        Determination d = determine(baseline());
        // Then
        assertFired(d, UNSECURED);
        assertNotFired(d, STANDARD_NOT_ACCEPTED);
        assertNotFired(d, KEY_COMPROMISED);
        assertNotFired(d, DECRYPTED);
        assertNotFired(d, NOT_DESTROYED);
        assertTrue(d.breach());
    }

    @Test
    void whenEncryptedButUsePermitted_thenSafeHarborIsNotReached() {
        // Given a permitted disclosure: the scope gate decides first
        // When
        Determination d = determine(given().permittedByPrivacyRule(true)
                .safeguards(encryption(EncryptionStandard.NIST_SP_800_111, false, false)));
        // Then
        assertNotFired(d, ENCRYPTED);
        assertNotFired(d, SECURED_BY_ENCRYPTION);
        assertBasis(d, Basis.PERMITTED_BY_PRIVACY_RULE);
    }

    // ---- destruction -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = DestructionMethod.class, names = {"PAPER_SHREDDED_UNRECONSTRUCTABLE", "NIST_SP_800_88_CLEAR",
            "NIST_SP_800_88_PURGE", "NIST_SP_800_88_DESTROY"})
    void whenDestroyedPerGuidance_thenSecuredAndNotABreach(DestructionMethod method) {
        // Given (regulation.md T25(b) for shredding)
        // When
        Determination d = determine(given().safeguards(destruction(method)));
        // Then
        assertFired(d, DESTROYED);
        assertFired(d, SECURED_BY_DESTRUCTION);
        assertNotFired(d, NOT_DESTROYED);
        assertNotFired(d, UNSECURED);
        assertBasis(d, Basis.SECURED_BY_DESTRUCTION);
        assertTrue(d.notifications().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = DestructionMethod.class, names = {"REDACTED", "OTHER"})
    void whenRedactedOrOtherMethod_thenNoSafeHarbor(DestructionMethod method) {
        // Given
        // When
        Determination d = determine(given().safeguards(destruction(method)));
        // Then
        assertFired(d, NOT_DESTROYED);
        assertNotFired(d, DESTROYED);
        assertNotFired(d, SECURED_BY_DESTRUCTION);
        assertFired(d, UNSECURED);
        assertTrue(d.breach());
    }

    @Test
    void whenBothEncryptedAndDestroyed_thenEncryptionIsTheOneBasis() {
        // Given
        // When
        Determination d = determine(given().safeguards(new Safeguards(
                new Encryption(EncryptionStandard.NIST_SP_800_111, false, false),
                new Destruction(DestructionMethod.NIST_SP_800_88_PURGE))));
        // Then
        assertFired(d, SECURED_BY_ENCRYPTION);
        assertNotFired(d, SECURED_BY_DESTRUCTION);
        assertBasis(d, Basis.SECURED_BY_ENCRYPTION);
    }

    @Test
    void whenEncryptionFailsButMediaDestroyed_thenSecuredByDestruction() {
        // Given
        // When
        Determination d = determine(given().safeguards(new Safeguards(
                new Encryption(EncryptionStandard.OTHER, false, false),
                new Destruction(DestructionMethod.PAPER_SHREDDED_UNRECONSTRUCTABLE))));
        // Then
        assertFired(d, STANDARD_NOT_ACCEPTED);
        assertFired(d, SECURED_BY_DESTRUCTION);
        assertNotFired(d, UNSECURED);
        assertBasis(d, Basis.SECURED_BY_DESTRUCTION);
    }
}
