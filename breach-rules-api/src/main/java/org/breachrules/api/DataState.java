package org.breachrules.api;

/** (1.2) The state the PHI was in when it was reached: NIST SP 800-111 covers data at rest; SP 800-52, 800-77 and 800-113 cover data in motion; FIPS 140 validated modules cover either. */
public enum DataState {
    AT_REST,
    IN_MOTION
}
