package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A security incident involving (possibly) protected health information: the input of a determination. It mirrors
 * the {@code incident} object of the interchange format field for field. Optional values are null when absent;
 * optional lists are empty. Instances are immutable; use {@link #builder()} to make one.
 *
 * <p>An incident is checked by {@link IncidentValidator} before it is evaluated; the record itself accepts anything
 * so that every problem can be reported at once with its field path.
 *
 * @param id                        the host's id, 1-128 characters; echoed in the determination
 * @param reporter                  who is evaluating its own obligations; required
 * @param occurredOn                when the incident happened, if known; not after {@code discoveredOn}
 * @param discoveredOn              first day the incident was known to the reporter's workforce or agents other
 *                                  than the person who committed it; required
 * @param wouldHaveBeenDiscoveredOn an earlier day on which reasonable diligence would have revealed it
 * @param businessAssociate         a covered entity's breach at its business associate; may be null
 * @param phiInvolved               false when no PHI at all was involved, or it was de-identified; required
 * @param permittedByPrivacyRule    true when the use or disclosure was permitted by the Privacy Rule; required
 * @param electedToNotify           the entity chooses to notify without a risk assessment
 * @param exception                 the exception the entity asserts; may be null
 * @param safeguards                encryption or destruction; may be null
 * @param riskAssessment            the four-factor assessment performed; null when none was performed
 * @param affected                  the individuals affected; required when PHI is involved
 * @param lawEnforcementDelay       a law-enforcement delay; may be null
 * @param ransomware                ransomware reached the PHI
 * @param breachType                the HHS portal category; may be null
 * @param locations                 the HHS portal locations; never null
 * @param noticesSent               (1.1) notices already given; never null
 * @param occurredUntil             (1.2) the last day of the breach (the HHS portal's end date); may be null
 * @param description               (1.2) what happened, in the entity's words, at most 4,000 characters; free text,
 *                                  never echoed in an error; may be null
 * @param safeguardsInPlace         (1.2) the portal's safeguards in place before the breach; never null
 */
public record Incident(
        String id,
        Reporter reporter,
        @Nullable LocalDate occurredOn,
        LocalDate discoveredOn,
        @Nullable LocalDate wouldHaveBeenDiscoveredOn,
        @Nullable BusinessAssociateDiscovery businessAssociate,
        Boolean phiInvolved,
        Boolean permittedByPrivacyRule,
        boolean electedToNotify,
        @Nullable ExceptionClaim exception,
        @Nullable Safeguards safeguards,
        @Nullable RiskAssessment riskAssessment,
        @Nullable Affected affected,
        @Nullable LawEnforcementDelay lawEnforcementDelay,
        boolean ransomware,
        @Nullable BreachType breachType,
        List<Location> locations,
        List<NoticeSent> noticesSent,
        @Nullable LocalDate occurredUntil,
        @Nullable String description,
        List<SafeguardInPlace> safeguardsInPlace) {

    /** Copies the lists; null becomes empty. */
    public Incident {
        locations = Copies.listOrEmpty(locations);
        noticesSent = Copies.listOrEmpty(noticesSent);
        safeguardsInPlace = Copies.listOrEmpty(safeguardsInPlace);
    }

    /** The 1.1 form, without the portal fields of 1.2. */
    public Incident(String id, Reporter reporter, @Nullable LocalDate occurredOn, LocalDate discoveredOn,
                    @Nullable LocalDate wouldHaveBeenDiscoveredOn, @Nullable BusinessAssociateDiscovery businessAssociate,
                    Boolean phiInvolved, Boolean permittedByPrivacyRule, boolean electedToNotify,
                    @Nullable ExceptionClaim exception, @Nullable Safeguards safeguards,
                    @Nullable RiskAssessment riskAssessment, @Nullable Affected affected,
                    @Nullable LawEnforcementDelay lawEnforcementDelay, boolean ransomware,
                    @Nullable BreachType breachType, List<Location> locations, List<NoticeSent> noticesSent) {
        this(id, reporter, occurredOn, discoveredOn, wouldHaveBeenDiscoveredOn, businessAssociate, phiInvolved,
                permittedByPrivacyRule, electedToNotify, exception, safeguards, riskAssessment, affected,
                lawEnforcementDelay, ransomware, breachType, locations, noticesSent, null, null, List.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset with this incident's values, for a changed copy. */
    public Builder toBuilder() {
        return new Builder().id(id).reporter(reporter).occurredOn(occurredOn).discoveredOn(discoveredOn)
                .wouldHaveBeenDiscoveredOn(wouldHaveBeenDiscoveredOn).businessAssociate(businessAssociate)
                .phiInvolved(phiInvolved).permittedByPrivacyRule(permittedByPrivacyRule)
                .electedToNotify(electedToNotify).exception(exception).safeguards(safeguards)
                .riskAssessment(riskAssessment).affected(affected).lawEnforcementDelay(lawEnforcementDelay)
                .ransomware(ransomware).breachType(breachType).locations(locations).noticesSent(noticesSent)
                .occurredUntil(occurredUntil).description(description).safeguardsInPlace(safeguardsInPlace);
    }

    /** Builds an {@link Incident}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable Reporter reporter;
        private @Nullable LocalDate occurredOn;
        private @Nullable LocalDate discoveredOn;
        private @Nullable LocalDate wouldHaveBeenDiscoveredOn;
        private @Nullable BusinessAssociateDiscovery businessAssociate;
        private @Nullable Boolean phiInvolved;
        private @Nullable Boolean permittedByPrivacyRule;
        private boolean electedToNotify;
        private @Nullable ExceptionClaim exception;
        private @Nullable Safeguards safeguards;
        private @Nullable RiskAssessment riskAssessment;
        private @Nullable Affected affected;
        private @Nullable LawEnforcementDelay lawEnforcementDelay;
        private boolean ransomware;
        private @Nullable BreachType breachType;
        private List<Location> locations = List.of();
        private List<NoticeSent> noticesSent = List.of();
        private @Nullable LocalDate occurredUntil;
        private @Nullable String description;
        private List<SafeguardInPlace> safeguardsInPlace = List.of();

        private Builder() {
        }

        /** Sets {@link Incident#id()}. */
        public Builder id(@Nullable String id) { this.id = id; return this; }
        /** Sets {@link Incident#reporter()}. */
        public Builder reporter(@Nullable Reporter reporter) { this.reporter = reporter; return this; }
        /** Sets {@link Incident#occurredOn()}. */
        public Builder occurredOn(@Nullable LocalDate date) { this.occurredOn = date; return this; }
        /** Sets {@link Incident#discoveredOn()}. */
        public Builder discoveredOn(@Nullable LocalDate date) { this.discoveredOn = date; return this; }
        /** Sets {@link Incident#wouldHaveBeenDiscoveredOn()}. */
        public Builder wouldHaveBeenDiscoveredOn(@Nullable LocalDate date) { this.wouldHaveBeenDiscoveredOn = date; return this; }
        /** Sets {@link Incident#businessAssociate()}. */
        public Builder businessAssociate(@Nullable BusinessAssociateDiscovery ba) { this.businessAssociate = ba; return this; }
        /** Sets {@link Incident#phiInvolved()}. */
        public Builder phiInvolved(@Nullable Boolean value) { this.phiInvolved = value; return this; }
        /** Sets {@link Incident#permittedByPrivacyRule()}. */
        public Builder permittedByPrivacyRule(@Nullable Boolean value) { this.permittedByPrivacyRule = value; return this; }
        /** Sets {@link Incident#electedToNotify()}. */
        public Builder electedToNotify(boolean value) { this.electedToNotify = value; return this; }
        /** Sets {@link Incident#exception()}. */
        public Builder exception(@Nullable ExceptionClaim claim) { this.exception = claim; return this; }
        /** Sets {@link Incident#safeguards()}. */
        public Builder safeguards(@Nullable Safeguards safeguards) { this.safeguards = safeguards; return this; }
        /** Sets {@link Incident#riskAssessment()}. */
        public Builder riskAssessment(@Nullable RiskAssessment assessment) { this.riskAssessment = assessment; return this; }
        /** Sets {@link Incident#affected()}. */
        public Builder affected(@Nullable Affected affected) { this.affected = affected; return this; }
        /** Sets {@link Incident#lawEnforcementDelay()}. */
        public Builder lawEnforcementDelay(@Nullable LawEnforcementDelay delay) { this.lawEnforcementDelay = delay; return this; }
        /** Sets {@link Incident#ransomware()}. */
        public Builder ransomware(boolean value) { this.ransomware = value; return this; }
        /** Sets {@link Incident#breachType()}. */
        public Builder breachType(@Nullable BreachType type) { this.breachType = type; return this; }
        /** Sets {@link Incident#locations()}. */
        public Builder locations(@Nullable List<Location> locations) { this.locations = locations; return this; }
        /** Sets {@link Incident#noticesSent()}. */
        public Builder noticesSent(@Nullable List<NoticeSent> notices) { this.noticesSent = notices; return this; }
        /** Sets {@link Incident#occurredUntil()}. */
        public Builder occurredUntil(@Nullable LocalDate date) { this.occurredUntil = date; return this; }
        /** Sets {@link Incident#description()}. */
        public Builder description(@Nullable String text) { this.description = text; return this; }
        /** Sets {@link Incident#safeguardsInPlace()}. */
        public Builder safeguardsInPlace(@Nullable List<SafeguardInPlace> list) { this.safeguardsInPlace = list; return this; }

        /** The incident; not validated here (see {@link IncidentValidator}). */
        public Incident build() {
            return new Incident(id, reporter, occurredOn, discoveredOn, wouldHaveBeenDiscoveredOn, businessAssociate,
                    phiInvolved, permittedByPrivacyRule, electedToNotify, exception, safeguards, riskAssessment,
                    affected, lawEnforcementDelay, ransomware, breachType, locations, noticesSent, occurredUntil,
                    description, safeguardsInPlace);
        }
    }
}
