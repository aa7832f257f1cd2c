package org.breachrules.api;

/** (1.2) How a notice was given. Telephone alone is not written notice (45 CFR 164.404(d)(1)). */
public enum NoticeMethod {
    FIRST_CLASS_MAIL,
    EMAIL,
    TELEPHONE,
    WEB_POSTING,
    MAJOR_MEDIA,
    PRESS_RELEASE,
    PORTAL
}
