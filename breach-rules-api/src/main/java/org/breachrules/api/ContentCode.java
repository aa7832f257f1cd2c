package org.breachrules.api;

/** An element a notice must contain (45 CFR 164.404(c), 164.406(c), 164.410(c)). */
public enum ContentCode {
    /** 164.404(c)(1)(A): what happened, with the date of the breach and of its discovery. */
    WHAT_HAPPENED_WITH_DATES,
    /** 164.404(c)(1)(B): the types of unsecured PHI involved. */
    PHI_TYPES_INVOLVED,
    /** 164.404(c)(1)(C): steps individuals should take to protect themselves. */
    STEPS_INDIVIDUALS_SHOULD_TAKE,
    /** 164.404(c)(1)(D): what the entity is doing to investigate, mitigate and protect. */
    WHAT_ENTITY_IS_DOING,
    /** 164.404(c)(1)(E): contact procedures, including a toll-free number, e-mail, web site or postal address. */
    CONTACT_PROCEDURES,
    /** 164.410(c)(1): the identification of each individual affected. */
    IDENTIFICATION_OF_EACH_INDIVIDUAL,
    /** 164.410(c)(2): any other available information the covered entity must include in its notice. */
    AVAILABLE_NOTICE_CONTENT
}
