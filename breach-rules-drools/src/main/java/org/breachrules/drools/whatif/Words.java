package org.breachrules.drools.whatif;

import java.util.Collection;
import java.util.stream.Collectors;

import org.breachrules.api.DestructionMethod;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.Mitigation;
import org.breachrules.api.RecipientType;

/** Plain words for the enum values a what-if names. Codes and counts only: never a value that could be PHI. */
final class Words {
    private Words() {
    }

    static String standard(EncryptionStandard s) {
        return switch (s) {
            case NIST_SP_800_111 -> "NIST SP 800-111";
            case NIST_SP_800_52 -> "NIST SP 800-52";
            case NIST_SP_800_77 -> "NIST SP 800-77";
            case NIST_SP_800_113 -> "NIST SP 800-113";
            case FIPS_140_VALIDATED -> "a FIPS 140 validated module";
            case OTHER -> "a standard the HHS guidance does not name";
            case NONE -> "no standard";
        };
    }

    static String destruction(DestructionMethod m) {
        return switch (m) {
            case PAPER_SHREDDED_UNRECONSTRUCTABLE -> "shredded so that it cannot be read or reconstructed";
            case NIST_SP_800_88_CLEAR -> "cleared per NIST SP 800-88";
            case NIST_SP_800_88_PURGE -> "purged per NIST SP 800-88";
            case NIST_SP_800_88_DESTROY -> "destroyed per NIST SP 800-88";
            case REDACTED -> "redacted";
            case OTHER -> "destroyed by a method the HHS guidance does not name";
        };
    }

    static String recipient(RecipientType r) {
        return switch (r) {
            case HIPAA_COVERED_ENTITY -> "a HIPAA covered entity";
            case BUSINESS_ASSOCIATE -> "a business associate";
            case WORKFORCE_SAME_ENTITY -> "a member of the entity's own workforce";
            case GOVERNMENT_AGENCY -> "a government agency";
            case KNOWN_INDIVIDUAL -> "a known individual";
            case UNKNOWN -> "unknown";
            case MALICIOUS_ACTOR -> "a malicious actor";
            case PUBLIC -> "the public";
        };
    }

    static String mitigation(Mitigation m) {
        return switch (m) {
            case RETRIEVED -> "the PHI was retrieved";
            case DESTROYED_WITH_ATTESTATION -> "the recipient attested in writing that the PHI was destroyed";
            case CONFIDENTIALITY_ASSURANCE -> "the recipient gave satisfactory assurance of confidentiality";
            case REMOTE_WIPED -> "the device was wiped remotely";
            case ACCESS_REVOKED -> "access was revoked";
            case EXPOSURE_CLOSED -> "the exposure was closed";
            case RESTORED_FROM_BACKUP -> "the data were restored from backup";
            case NONE -> "nothing was done";
        };
    }

    static String codes(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
