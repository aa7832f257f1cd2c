package org.breachrules.api;

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
        Boolean goodFaith,
        Boolean withinScopeOfAuthority,
        Boolean recipientAuthorizedAtSameEntityOrOhca,
        Boolean furtherImpermissibleUseOrDisclosure) {

    /** A claim of the given type with no conditions established yet. */
    public static ExceptionClaim of(ExceptionType type) {
        return new ExceptionClaim(type, null, null, null, null);
    }
}
