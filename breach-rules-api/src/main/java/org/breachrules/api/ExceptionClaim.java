package org.breachrules.api;

import org.jspecify.annotations.Nullable;

/**
 * An exception to the definition of breach that the entity asserts (45 CFR 164.402(1)). Every condition of the
 * asserted type must be established; a condition left null is not established, so the exception fails.
 *
 * @param type                                  the exception asserted; required
 * @param goodFaith                             (i) the access was in good faith; (iii) the belief is in good faith
 * @param withinScopeOfAuthority                (i) the access was within the person's scope of authority
 * @param recipientAuthorizedAtSameEntityOrOhca (ii) the recipient is authorized at the same entity or OHCA
 * @param furtherImpermissibleUseOrDisclosure   (i), (ii) whether the PHI was further used or disclosed
 *                                              impermissibly (must be false)
 */
public record ExceptionClaim(
        ExceptionType type,
        @Nullable Boolean goodFaith,
        @Nullable Boolean withinScopeOfAuthority,
        @Nullable Boolean recipientAuthorizedAtSameEntityOrOhca,
        @Nullable Boolean furtherImpermissibleUseOrDisclosure) {

    /**
     * A claim of the given type with no conditions established yet.
     *
     * @param type the exception asserted
     * @return the claim
     */
    public static ExceptionClaim of(ExceptionType type) {
        return new ExceptionClaim(type, null, null, null, null);
    }

    /**
     * Exception (i), 164.402(1)(i): an unintentional acquisition, access or use by a workforce member or person
     * acting under the entity's authority. Null for a condition not (yet) established.
     *
     * @param goodFaith                  the access was made in good faith
     * @param withinScopeOfAuthority     it was within the person's scope of authority
     * @param furtherUseOrDisclosure     the PHI was further used or disclosed impermissibly (must be false)
     * @return the claim
     */
    public static ExceptionClaim unintentionalWorkforceAccess(@Nullable Boolean goodFaith,
                                                              @Nullable Boolean withinScopeOfAuthority,
                                                              @Nullable Boolean furtherUseOrDisclosure) {
        return new ExceptionClaim(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS, goodFaith, withinScopeOfAuthority,
                null, furtherUseOrDisclosure);
    }

    /**
     * Exception (ii), 164.402(1)(ii): an inadvertent disclosure by a person authorized to access PHI to another
     * person authorized at the same covered entity, business associate or organized health care arrangement.
     *
     * @param recipientAuthorizedAtSameEntityOrOhca the recipient is so authorized
     * @param furtherUseOrDisclosure                the PHI was further used or disclosed impermissibly (must be false)
     * @return the claim
     */
    public static ExceptionClaim inadvertentDisclosureAmongAuthorized(
            @Nullable Boolean recipientAuthorizedAtSameEntityOrOhca, @Nullable Boolean furtherUseOrDisclosure) {
        return new ExceptionClaim(ExceptionType.INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED, null, null,
                recipientAuthorizedAtSameEntityOrOhca, furtherUseOrDisclosure);
    }

    /**
     * Exception (iii), 164.402(1)(iii): a disclosure where the entity has a good-faith belief that the unauthorized
     * recipient would not reasonably have been able to retain the information.
     *
     * @param goodFaith the belief is in good faith
     * @return the claim
     */
    public static ExceptionClaim recipientCouldNotRetain(@Nullable Boolean goodFaith) {
        return new ExceptionClaim(ExceptionType.RECIPIENT_COULD_NOT_RETAIN, goodFaith, null, null, null);
    }
}
