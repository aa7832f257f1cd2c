package org.breachrules.drools;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.breachrules.api.Basis;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Determination;
import org.breachrules.api.Finding;
import org.breachrules.api.MissingFact;
import org.breachrules.api.NoticeSender;
import org.breachrules.api.NoticeSent;
import org.breachrules.api.NotificationDelegate;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.Notification;
import org.breachrules.api.Recipient;
import org.breachrules.api.ResponseAction;
import org.breachrules.api.RiskAssessmentOutcome;
import org.breachrules.api.RiskLevel;
import org.breachrules.api.SubstituteNotice;
import org.breachrules.drools.facts.Action;
import org.breachrules.drools.facts.Case;
import org.breachrules.drools.facts.ClockStart;
import org.breachrules.drools.facts.Conclusion;
import org.breachrules.drools.facts.DelayedDeadline;
import org.breachrules.drools.facts.FactMissing;
import org.breachrules.drools.facts.LowProbabilityOfCompromise;
import org.breachrules.drools.facts.NoticeStatus;
import org.breachrules.drools.facts.Obligation;
import org.breachrules.drools.facts.Outcome;
import org.breachrules.drools.facts.RetainDocumentation;
import org.breachrules.drools.facts.RiskFactor;
import org.breachrules.drools.facts.SubstituteNoticeOwed;
import org.breachrules.drools.facts.UrgentTelephone;
import org.breachrules.drools.facts.StateConclusion;
import org.breachrules.drools.facts.StateDutyOwed;
import org.breachrules.drools.facts.StateDutyStatus;
import org.breachrules.api.StateObligation;
import org.breachrules.api.StateThreshold;
import org.breachrules.states.StateDuty;

/**
 * Turns the conclusions that survived an evaluation into a {@link Determination}. It decides nothing: it copies what
 * the rules concluded, orders it, and refuses a rule set that reached no outcome or two (never guessing one).
 */
final class DeterminationAssembler {

    /** INDIVIDUALS, HHS, MEDIA by jurisdiction code, COVERED_ENTITY. */
    private static final Comparator<Notification> NOTIFICATION_ORDER = Comparator
            .comparing(Notification::recipient)
            .thenComparing(n -> n.jurisdiction() == null ? "" : n.jurisdiction().name());

    private DeterminationAssembler() {
    }

    /**
     * @param stateLawsAsOf the state-law data's checkedOn: the determination's {@code stateLawsAsOf} when the overlay
     *                      consulted any state for this case (null otherwise: no breach, a business associate, or no
     *                      state given)
     */
    static Determination assemble(Case c, List<Conclusion> conclusions, String rulesVersion, RuleOrder order,
                                  LocalDate stateLawsAsOf) {
        sortInReadingOrder(conclusions, order);
        Outcome outcome = null;
        ClockStart clock = null;
        RetainDocumentation retain = null;
        SubstituteNoticeOwed substitute = null;
        boolean urgent = false;
        boolean lowProbability = false;
        Map<RiskFactor.Factor, RiskLevel> factors = new EnumMap<>(RiskFactor.Factor.class);
        List<Obligation> obligations = new ArrayList<>();
        List<Action.Step> steps = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<MissingFact> missing = new ArrayList<>();
        Map<Obligation, DelayedDeadline> delays = new IdentityHashMap<>();
        Map<Obligation, NotificationStatus> statuses = new IdentityHashMap<>();
        Map<StateDutyOwed, NotificationStatus> stateStatuses = new IdentityHashMap<>();
        List<StateDutyOwed> stateDuties = new ArrayList<>();
        boolean stateLawConsulted = false;
        for (Conclusion conclusion : conclusions) {
            if (conclusion instanceof DelayedDeadline d && delays.put(d.getObligation(), d) != null) {
                throw conflict(c, "two law-enforcement deadlines for one " + d.getObligation().getRecipient()
                        + " notice");
            }
            if (conclusion instanceof NoticeStatus s && statuses.put(s.getObligation(), s.getStatus()) != null) {
                throw conflict(c, "two statuses for one " + s.getObligation().getNotice() + " notice");
            }
            if (conclusion instanceof StateDutyStatus s && stateStatuses.put(s.getDuty(), s.getStatus()) != null) {
                throw conflict(c, "two statuses for one state duty of " + s.getDuty().getJurisdiction());
            }
        }
        for (Conclusion conclusion : conclusions) {
            if (conclusion instanceof Obligation o) {
                obligations.add(o);
                String message = o.messageWith(deadlineInWords(o, delays.get(o)));
                if (message != null) {
                    findings.add(new Finding(o.getRule(), o.getCitation(), message));
                }
                continue;
            }
            if (conclusion.getMessage() != null) {
                findings.add(new Finding(conclusion.getRule(), conclusion.getCitation(), conclusion.getMessage()));
            }
            if (conclusion instanceof StateConclusion) {
                stateLawConsulted = true;
                if (conclusion instanceof StateDutyOwed s) {
                    stateDuties.add(s);
                }
            }
            if (conclusion instanceof FactMissing f) {
                missing.add(new MissingFact(f.getField(), f.getText(), f.getCouldChange()));
            } else if (conclusion instanceof Outcome o) {
                outcome = only(c, outcome, o, "outcome");
            } else if (conclusion instanceof ClockStart s) {
                clock = only(c, clock, s, "clock start");
            } else if (conclusion instanceof RetainDocumentation r) {
                retain = only(c, retain, r, "retention date");
            } else if (conclusion instanceof SubstituteNoticeOwed s) {
                substitute = only(c, substitute, s, "substitute notice");
            } else if (conclusion instanceof UrgentTelephone) {
                urgent = true;
            } else if (conclusion instanceof LowProbabilityOfCompromise) {
                lowProbability = true;
            } else if (conclusion instanceof RiskFactor f) {
                if (factors.put(f.getFactor(), f.getLevel()) != null) {
                    throw conflict(c, "two scores for risk factor " + f.getFactor());
                }
            } else if (conclusion instanceof Action a) {
                steps.addAll(a.getSteps());
            }
        }
        if (outcome == null) {
            throw conflict(c, "the rules reached no outcome");
        }
        if (clock == null) {
            throw conflict(c, "the rules found no discovery date to start the clock");
        }
        if (retain == null) {
            throw conflict(c, "the rules set no documentation retention date");
        }
        Basis basis = outcome.getBasis();
        if (!basis.breach() && !obligations.isEmpty()) {
            throw conflict(c, "notifications owed although the outcome is " + basis);
        }
        return new Determination(
                c.getIncident().id(),
                basis.breach(),
                basis,
                clock.getDate(),
                riskAssessment(c, basis, factors, lowProbability),
                notifications(c, obligations, delays, statuses, substitute, urgent),
                findings,
                checklist(steps),
                missing,
                retain.getUntil(),
                c.getAsOf(),
                rulesVersion,
                null,
                stateObligations(c, stateDuties, stateStatuses),
                stateLawConsulted ? stateLawsAsOf : null);
    }

    /** By jurisdiction code, then recipient, then the duty's place in its state's data (a stable order). */
    private static final Comparator<StateDutyOwed> STATE_ORDER = Comparator
            .comparing((StateDutyOwed s) -> s.getJurisdiction().name())
            .thenComparing(s -> s.getDuty().recipient())
            .thenComparingInt(StateDutyOwed::getIndex);

    /** The state entries the rules reached, copied into the API's vocabulary. */
    private static List<StateObligation> stateObligations(Case c, List<StateDutyOwed> duties,
                                                          Map<StateDutyOwed, NotificationStatus> statuses) {
        duties.sort(STATE_ORDER);
        List<StateObligation> out = new ArrayList<>(duties.size());
        for (StateDutyOwed s : duties) {
            StateDuty d = s.getDuty();
            NotificationStatus status = statuses.get(s);
            if (status == null) {
                throw conflict(c, "no status for a state duty of " + s.getJurisdiction());
            }
            out.add(new StateObligation(s.getJurisdiction(), d.recipient(), d.recipientName(), s.getDeadline(),
                    s.getTiming(), status, new StateThreshold(d.threshold().residents(),
                            d.threshold().comparison()), d.citation(), d.source(), d.confidence()));
        }
        return out;
    }

    /**
     * Reading order of the rules, then the order reached. Each key is computed once and packed with the element's
     * index into one long (position 24 bits, sequence 24 bits, index 16 bits), so sorting is a primitive sort.
     */
    private static void sortInReadingOrder(List<Conclusion> conclusions, RuleOrder order) {
        int size = conclusions.size();
        if (size >= 1 << 16) {
            throw new BreachRulesException("more conclusions for one incident than the engine can order: " + size);
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            Conclusion c = conclusions.get(i);
            long position = Math.min(order.position(c.getDefinition()), (1 << 24) - 1);
            long sequence = Math.min(c.getSequence(), (1 << 24) - 1);
            keys[i] = (position << 40) | (sequence << 16) | i;
        }
        java.util.Arrays.sort(keys);
        Conclusion[] sorted = new Conclusion[size];
        for (int i = 0; i < size; i++) {
            sorted[i] = conclusions.get((int) (keys[i] & 0xffff));
        }
        for (int i = 0; i < size; i++) {
            conclusions.set(i, sorted[i]);
        }
    }

    /** The steps by phase, each phase in the order its steps were reached (a stable sort). */
    private static List<ResponseAction> checklist(List<Action.Step> steps) {
        List<ResponseAction> out = new ArrayList<>(steps.size());
        for (org.breachrules.api.Phase phase : org.breachrules.api.Phase.values()) {
            for (Action.Step step : steps) {
                if (step.phase() == phase) {
                    out.add(new ResponseAction(phase, step.text()));
                }
            }
        }
        return out;
    }

    private static RiskAssessmentOutcome riskAssessment(Case c, Basis basis, Map<RiskFactor.Factor, RiskLevel> factors,
                                                        boolean lowProbability) {
        if (basis != Basis.LOW_PROBABILITY_OF_COMPROMISE && basis != Basis.RISK_ASSESSMENT_NOT_LOW) {
            return null;
        }
        if (factors.size() != RiskFactor.Factor.values().length) {
            throw conflict(c, "the risk assessment decided the outcome but scored only " + factors.keySet());
        }
        return new RiskAssessmentOutcome(
                factors.get(RiskFactor.Factor.NATURE_AND_EXTENT),
                factors.get(RiskFactor.Factor.UNAUTHORIZED_RECIPIENT),
                factors.get(RiskFactor.Factor.ACQUIRED_OR_VIEWED),
                factors.get(RiskFactor.Factor.MITIGATION),
                lowProbability);
    }

    private static List<Notification> notifications(Case c, List<Obligation> obligations,
                                                    Map<Obligation, DelayedDeadline> delays,
                                                    Map<Obligation, NotificationStatus> statuses,
                                                    SubstituteNoticeOwed substitute, boolean urgent) {
        List<Notification> out = new ArrayList<>(obligations.size());
        for (Obligation o : obligations) {
            boolean individuals = o.getRecipient() == Recipient.INDIVIDUALS;
            SubstituteNotice notice = individuals && substitute != null
                    ? new SubstituteNotice(substitute.getForm(), substitute.getIndividuals(),
                            substitute.getPostingDays(), substitute.getTollFreeNumberDays())
                    : null;
            DelayedDeadline delay = delays.get(o);
            LocalDate deadline = delay == null ? o.getNormalDeadline() : delay.getDeadline();
            LocalDate delayedUntil = delay == null ? null : delay.getDelayedUntil();
            NotificationStatus status = statuses.get(o);
            if (status == null) {
                throw conflict(c, "no status for the " + o.getNotice() + " notice");
            }
            List<String> dependsOn = List.of();
            if (status == NotificationStatus.UNDETERMINED) {
                dependsOn = new ArrayList<>(o.getDependsOn());
                if (delay != null && delay.isHeld()) {
                    dependsOn.add(HELD_BY);
                }
            }
            boolean settled = status == NotificationStatus.SENT || status == NotificationStatus.SENT_LATE;
            Long daysRemaining = settled || deadline == null ? null
                    : ChronoUnit.DAYS.between(c.getAsOf(), deadline);
            out.add(new Notification(o.getRecipient(), o.getJurisdiction(), deadline, delayedUntil,
                    o.getCitation(), notice, individuals && urgent, o.getContent(), status, daysRemaining,
                    o.getLastSentOn(), dependsOn, o.getNotifiedSoFar(), performedBy(c, o)));
        }
        out.sort(NOTIFICATION_ORDER);
        return out;
    }

    /** The field that settles a notice held by a written law-enforcement statement with no end. */
    private static final String HELD_BY = "lawEnforcementDelay.written.delayUntil";

    /** Who performs the notice: the business associate when delegated, or when it sent what was sent; else null. */
    private static NotificationDelegate performedBy(Case c, Obligation o) {
        if (c.getNotificationDelegatedTo() != null) {
            return c.getNotificationDelegatedTo();
        }
        for (NoticeSent sent : c.getNoticesSent()) {
            if (sent.recipient() == o.getRecipient() && sent.jurisdiction() == o.getJurisdiction()
                    && sent.sentBy() == NoticeSender.BUSINESS_ASSOCIATE) {
                return NotificationDelegate.BUSINESS_ASSOCIATE;
            }
        }
        return null;
    }

    /** The deadline in force, in the words an obligation's finding shows. */
    private static String deadlineInWords(Obligation o, DelayedDeadline delay) {
        if (delay == null || o.getNormalDeadline().equals(delay.getDeadline())) {
            return o.getNormalDeadline().toString();
        }
        if (delay.isHeld()) {
            return "a date not yet known (law enforcement holds the notice with no end given; without the delay "
                    + o.getNormalDeadline() + ")";
        }
        return delay.getDeadline() + " (moved by the law-enforcement delay; without it " + o.getNormalDeadline() + ")";
    }

    private static <T extends Conclusion> T only(Case c, T existing, T next, String what) {
        if (existing != null) {
            throw conflict(c, "two " + what + "s, from rules \"" + existing.getRule() + "\" and \""
                    + next.getRule() + "\"");
        }
        return next;
    }

    private static BreachRulesException conflict(Case c, String problem) {
        return new BreachRulesException("incident " + c.getIncident().id() + ": " + problem
                + "; the rule set is inconsistent (check edited or added DRL files)");
    }
}
