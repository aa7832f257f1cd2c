package org.breachrules.api;

/** Factor (iii): whether the PHI was actually acquired or viewed. {@link #NO} means evidence shows it was not. */
public enum AcquiredOrViewed { YES, NO, UNKNOWN }
