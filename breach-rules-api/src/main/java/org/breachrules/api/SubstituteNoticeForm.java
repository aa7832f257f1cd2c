package org.breachrules.api;

/** The form of substitute notice, 45 CFR 164.404(d)(2). */
public enum SubstituteNoticeForm {
    /** 10 or more: 90-day home-page posting or major print or broadcast media, plus a 90-day toll-free number. */
    CONSPICUOUS_WEB_POSTING_OR_MAJOR_MEDIA,
    /** Fewer than 10: an alternative form of written notice, telephone, or other means. */
    ALTERNATIVE_WRITTEN_OR_TELEPHONE
}
