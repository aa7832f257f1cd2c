package org.breachrules.drools.facts;

import java.time.LocalDate;
import java.util.List;

import org.breachrules.api.ContentCode;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.NoticeMethod;
import org.breachrules.api.NoticeSent;
import org.breachrules.api.Recipient;
import org.kie.api.definition.rule.Rule;

/**
 * A notification owed, with its normal deadline. Immutable: a law-enforcement delay does not change it, it adds a
 * {@link DelayedDeadline} that says which deadline is in force. The message may hold {@link #DEADLINE} where the
 * deadline goes, so that its finding states the deadline in force after any delay.
 *
 * <p>An obligation that the facts given cannot settle (a state that residents of unknown residence could carry past
 * the media threshold) is {@linkplain #isUndetermined() undetermined} and names the incident fields that would
 * settle it.
 */
public final class Obligation extends Conclusion {
    /** Where a message states the deadline; the finding shows the deadline in force there. */
    public static final String DEADLINE = "{deadline}";

    private final Recipient recipient;
    private final Jurisdiction jurisdiction;
    private final LocalDate normalDeadline;
    private final List<ContentCode> content;
    private final List<String> dependsOn;
    /** What the incident records as sent for this notice (read once: notification-status.drl reads it). */
    private final LocalDate lastSentOn;
    private final Integer notifiedSoFar;

    public Obligation(Case forCase, Rule rule, String message, Recipient recipient, Jurisdiction jurisdiction,
                      LocalDate deadline, ContentCode... content) {
        this(forCase, rule, message, recipient, jurisdiction, deadline, List.of(), content);
    }

    /**
     * An obligation the facts given cannot settle.
     *
     * @param dependsOn the incident field paths that would settle it; not empty
     */
    public Obligation(Case forCase, Rule rule, String message, Recipient recipient, Jurisdiction jurisdiction,
                      LocalDate deadline, List<String> dependsOn, ContentCode... content) {
        super(forCase, rule, message);
        this.recipient = recipient;
        this.jurisdiction = jurisdiction;
        this.normalDeadline = deadline;
        this.dependsOn = List.copyOf(dependsOn);
        this.content = List.of(content);
        LocalDate single = null;
        LocalDate latestWave = null;
        int reached = 0;
        for (NoticeSent sent : forCase.getNoticesSent()) {
            if (sent.recipient() != recipient || byTelephoneAlone(sent)) {
                continue;
            }
            if (sent.count() == null) {
                single = single == null && sent.jurisdiction() == jurisdiction ? sent.sentOn() : single;
            } else if (recipient == Recipient.INDIVIDUALS) {
                reached += sent.count();
                latestWave = latestWave == null || sent.sentOn().isAfter(latestWave) ? sent.sentOn() : latestWave;
            }
        }
        this.notifiedSoFar = latestWave == null ? null : reached;
        this.lastSentOn = latestWave != null ? latestWave : single;
    }

    /**
     * A notice to individuals given by telephone only: not the written notice 164.404(d)(1) requires, so it is not
     * read as this notice (notices-sent.drl says so in a finding).
     */
    private static boolean byTelephoneAlone(NoticeSent sent) {
        return sent.recipient() == Recipient.INDIVIDUALS && sent.method() == NoticeMethod.TELEPHONE;
    }

    /**
     * Individuals, HHS, media by state or territory (unknown first), covered entity: the determination's order, for
     * conclusions about obligations that one rule reaches in an order the engine does not fix.
     */
    static int order(Recipient recipient, Jurisdiction jurisdiction) {
        return 1 + recipient.ordinal() * 100 + (jurisdiction == null ? 0 : 1 + jurisdiction.ordinal());
    }

    public Recipient getRecipient() { return recipient; }
    /** The notice in a finding's words: {@code INDIVIDUALS}, {@code MEDIA TX}, {@code MEDIA (state unknown)}. */
    public String getNotice() {
        return jurisdiction != null ? recipient.name() + " " + jurisdiction.name()
                : recipient == Recipient.MEDIA ? "MEDIA (state unknown)" : recipient.name();
    }
    /** The state or territory, for media notice; null otherwise, or when it cannot be known. */
    public Jurisdiction getJurisdiction() { return jurisdiction; }
    /** The deadline before any law-enforcement delay. */
    public LocalDate getNormalDeadline() { return normalDeadline; }
    public List<ContentCode> getContent() { return content; }
    /** Whether the facts given cannot settle this duty. */
    public boolean isUndetermined() { return !dependsOn.isEmpty(); }
    /** The incident fields that would settle an undetermined duty; empty otherwise. */
    public List<String> getDependsOn() { return dependsOn; }
    /**
     * The day of the last notice the incident records for this recipient and jurisdiction: its one entry without a
     * count or, for individuals notified in waves (entries with a count), the latest wave; null when none is
     * recorded. Whether that settles the notice is for notification-status.drl.
     */
    public LocalDate getLastSentOn() { return lastSentOn; }
    /** (1.2) Individuals reached by the waves recorded (the sum of their counts); null when no wave is recorded. */
    public Integer getNotifiedSoFar() { return notifiedSoFar; }

    /** The message with the normal deadline in place of {@link #DEADLINE}. */
    @Override
    public String getMessage() {
        return messageWith(normalDeadline.toString());
    }

    /** The message with {@code deadline} (words or a date) in place of {@link #DEADLINE}. */
    public String messageWith(String deadline) {
        String message = super.getMessage();
        return message == null ? null : message.replace(DEADLINE, deadline);
    }
}
