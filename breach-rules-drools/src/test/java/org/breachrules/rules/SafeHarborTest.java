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
    static final String ENCRYPTED_FIPS =
            "Encryption validated under FIPS 140, key safe, not decrypted when reached: secured";
    static final String ENCRYPTED_AT_REST =
            "Data at rest encrypted per NIST SP 800-111, key safe, not decrypted when reached: secured";
    static final String ENCRYPTED_IN_MOTION =
            "Data in motion encrypted per NIST SP 800-52, 800-77 or 800-113, key safe: secured";
    static final String WRONG_STATE = "Encryption standard does not cover the data's state: no safe harbor";
    static final String UNKNOWN_STATE = "Data state unknown for a standard that covers one state only: no safe harbor";
    static final String INFERRED_AT_REST = "Data state: at rest, inferred from where the PHI was";
    static final String[] ENCRYPTED = {ENCRYPTED_FIPS, ENCRYPTED_AT_REST, ENCRYPTED_IN_MOTION};
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
        assertFired(d, standard == EncryptionStandard.FIPS_140_VALIDATED ? ENCRYPTED_FIPS
                : standard == EncryptionStandard.NIST_SP_800_111 ? ENCRYPTED_AT_REST : ENCRYPTED_IN_MOTION);
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
        for (String rule : ENCRYPTED) {
            assertNotFired(d, rule);
        }
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
        for (String rule : ENCRYPTED) {
            assertNotFired(d, rule);
        }
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
        for (String rule : ENCRYPTED) {
            assertNotFired(d, rule);
        }
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
        for (String rule : ENCRYPTED) {
            assertNotFired(d, rule);
        }
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
                new Encryption(EncryptionStandard.NIST_SP_800_111, false, false,
                        org.breachrules.api.DataState.AT_REST),
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

    // ---- (1.2) the standard must cover the data's state --------------------------------------------------------

    private static Safeguards encrypted(EncryptionStandard standard, org.breachrules.api.DataState state) {
        return new Safeguards(new Encryption(standard, false, false, state), null);
    }

    @Test
    void whenRansomwareReachedAServerEncryptedForDataInMotion_thenNoSafeHarbor() {
        // Given a server hit by ransomware, "encrypted" with NIST SP 800-52 (TLS), no data state recorded: the
        // location (a network server) makes it data at rest, which TLS does not cover (1.1 answered: secured)
        // When
        Determination d = determine(given().ransomware(true).locations(java.util.List.of(
                org.breachrules.api.Location.NETWORK_SERVER)).safeguards(encrypted(EncryptionStandard.NIST_SP_800_52,
                null)));
        // Then
        assertFired(d, INFERRED_AT_REST);
        assertFired(d, WRONG_STATE);
        assertNotFired(d, ENCRYPTED_IN_MOTION);
        assertFired(d, UNSECURED);
        assertTrue(d.breach());
    }

    @Test
    void whenDataAtRestOnALaptopIsEncryptedPerSp800111_thenTheStateIsInferredAndSecured() {
        // When
        Determination d = determine(given().locations(java.util.List.of(org.breachrules.api.Location.LAPTOP))
                .safeguards(encrypted(EncryptionStandard.NIST_SP_800_111, null)));
        // Then
        assertFired(d, INFERRED_AT_REST);
        assertFired(d, ENCRYPTED_AT_REST);
        assertBasis(d, Basis.SECURED_BY_ENCRYPTION);
    }

    @Test
    void whenDataInMotionIsRecordedButTheStandardIsForDataAtRest_thenNoSafeHarbor() {
        // When
        Determination d = determine(given().safeguards(encrypted(EncryptionStandard.NIST_SP_800_111,
                org.breachrules.api.DataState.IN_MOTION)));
        // Then
        assertFired(d, WRONG_STATE);
        assertTrue(d.breach());
    }

    @Test
    void whenTheStateCannotBeInferred_thenNoSafeHarborAndTheStateIsAskedFor() {
        // Given e-mail among the locations: the state is unknown
        // When
        Determination d = determine(given().locations(java.util.List.of(org.breachrules.api.Location.EMAIL,
                org.breachrules.api.Location.LAPTOP)).safeguards(encrypted(EncryptionStandard.NIST_SP_800_111, null)));
        // Then
        assertFired(d, UNKNOWN_STATE);
        assertNotFired(d, INFERRED_AT_REST);
        assertMissing(d, "safeguards.encryption.dataState", org.breachrules.api.Impact.OUTCOME);
        assertTrue(d.breach());
    }

    @Test
    void whenAFipsValidatedModuleIsUsed_thenEitherStateIsCovered() {
        // When
        Determination d = determine(given().locations(java.util.List.of(org.breachrules.api.Location.EMAIL))
                .safeguards(encrypted(EncryptionStandard.FIPS_140_VALIDATED, null)));
        // Then
        assertFired(d, ENCRYPTED_FIPS);
        assertNotMissing(d, "safeguards.encryption.dataState");
        assertBasis(d, Basis.SECURED_BY_ENCRYPTION);
    }
}
