package org.breachrules.api;

/** (1.2) The HHS portal's "safeguards in place prior to the breach". */
public enum SafeguardInPlace {
    NONE,
    PRIVACY_RULE,
    SECURITY_RULE_ADMINISTRATIVE,
    SECURITY_RULE_PHYSICAL,
    SECURITY_RULE_TECHNICAL
}
