package org.breachrules.api;

/** The HHS breach portal's "location of breached information" category. */
public enum Location {
    EMAIL, NETWORK_SERVER, LAPTOP, DESKTOP_COMPUTER, PAPER_FILMS, ELECTRONIC_MEDICAL_RECORD,
    OTHER_PORTABLE_ELECTRONIC_DEVICE, OTHER
}
