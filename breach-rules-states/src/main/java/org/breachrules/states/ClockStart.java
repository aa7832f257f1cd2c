package org.breachrules.states;

/**
 * The event a state deadline runs from. Statutes that count from "determination" or "detection" of the breach are
 * recorded as {@link #DISCOVERY}: discovery is never later than determination, so the date computed is the same or
 * earlier (the conservative reading), and the file's notes say so.
 */
public enum ClockStart {
    /** Discovery of the breach (also used for determination and detection, see the class comment). */
    DISCOVERY,
    /** The date the entity notified the Secretary of HHS (NY GBL 899-aa(9), 815 ILCS 530/50). */
    HHS_NOTICE,
    /** The date notice was given to the affected individuals. */
    INDIVIDUAL_NOTICE
}
