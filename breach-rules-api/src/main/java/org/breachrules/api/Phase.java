package org.breachrules.api;

/** The phase of incident response a checklist action belongs to. */
public enum Phase { CONTAINMENT, INVESTIGATION, RISK_ASSESSMENT, NOTIFICATION, DOCUMENTATION, POST_INCIDENT_REVIEW }
