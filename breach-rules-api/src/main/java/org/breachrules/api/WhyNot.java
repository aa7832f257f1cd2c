package org.breachrules.api;

import java.util.List;

/**
 * One path to "not a breach" and why the determination did not take it. For a breach, every such path is listed with
 * the findings that block it and the single changes of fact that would open it; for "not a breach", the path taken is
 * listed with the single changes that would close it (the facts the conclusion rests on).
 *
 * @param path      the basis this path would give
 * @param taken     true when the determination rests on this path
 * @param blockedBy the determination's own findings about this path (empty when the path was taken)
 * @param changes   for a path not taken, the changes that would open it; for the path taken, those that would make
 *                  the incident a breach
 */
public record WhyNot(Basis path, boolean taken, List<Finding> blockedBy, List<WhatIf> changes) {

    /** Copies the lists; null becomes empty. */
    public WhyNot {
        blockedBy = Copies.listOrEmpty(blockedBy);
        changes = Copies.listOrEmpty(changes);
    }
}
