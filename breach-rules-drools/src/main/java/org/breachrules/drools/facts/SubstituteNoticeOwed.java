package org.breachrules.drools.facts;

import org.breachrules.api.SubstituteNoticeForm;
import org.kie.api.definition.rule.Rule;

/** Substitute notice owed to individuals whose contact information is insufficient (45 CFR 164.404(d)(2)). */
public final class SubstituteNoticeOwed extends Conclusion {
    private final SubstituteNoticeForm form;
    private final int individuals;
    private final Integer postingDays;
    private final Integer tollFreeNumberDays;

    public SubstituteNoticeOwed(Case forCase, Rule rule, String message, SubstituteNoticeForm form, int individuals,
                                Integer postingDays, Integer tollFreeNumberDays) {
        super(forCase, rule, message);
        this.form = form;
        this.individuals = individuals;
        this.postingDays = postingDays;
        this.tollFreeNumberDays = tollFreeNumberDays;
    }

    public SubstituteNoticeForm getForm() { return form; }
    public int getIndividuals() { return individuals; }
    public Integer getPostingDays() { return postingDays; }
    public Integer getTollFreeNumberDays() { return tollFreeNumberDays; }
}
