package org.breachrules.api;

/** Who a notification obligation is owed to. */
public enum Recipient {
    /** Affected individuals, 45 CFR 164.404. */
    INDIVIDUALS,
    /** The Secretary of HHS, 45 CFR 164.408. */
    HHS,
    /** Prominent media outlets serving a State or jurisdiction, 45 CFR 164.406. */
    MEDIA,
    /** The covered entity, told by its business associate, 45 CFR 164.410. */
    COVERED_ENTITY
}
