package org.breachrules.api;

/** The level a risk factor is scored at. */
public enum RiskLevel { LOW, MEDIUM, HIGH }
