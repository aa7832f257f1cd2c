package org.breachrules.api;

import java.time.LocalDate;

/**
 * A covered entity reporting a breach that happened at its business associate.
 *
 * @param discoveredOn          the day the business associate discovered the breach; required
 * @param agentOfCoveredEntity  whether the business associate is the covered entity's agent under the federal
 *                              common law of agency (its knowledge is then imputed, 45 CFR 164.404(a)(2)); required
 */
public record BusinessAssociateDiscovery(LocalDate discoveredOn, Boolean agentOfCoveredEntity) {
}
