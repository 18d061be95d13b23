package no.klagesak.notification.notice;

/**
 * Every notice the routines promise. A notice about work still to do is not sent once the case is answered, closed,
 * decided or withdrawn; the answer itself, the final decision and what must reach someone whatever the case's state
 * are sent anyway.
 */
public enum NoticeKind {
    /** To a named complainant: reference, expected handling date, how to follow up (routine 000). */
    ACKNOWLEDGEMENT(Audience.COMPLAINANT, false),
    /** To a named complainant: the handler asked a question; answer on the follow-up page. */
    QUESTION(Audience.COMPLAINANT, false),
    /** To a named complainant: the deadline was extended, with the reason, or passed (routine 000). */
    DELAY(Audience.COMPLAINANT, false),
    /** To a named complainant: the minutes of a meeting, to confirm or say what is wrong on the follow-up page (004). */
    MINUTES(Audience.COMPLAINANT, false),
    /** To a named complainant: the written response with the outcome and the right to escalate (001, 002, 003). */
    RESPONSE(Audience.COMPLAINANT, true),
    /** To a named complainant: management will handle it, as they asked (000, 004). */
    ESCALATION_RECEIVED(Audience.COMPLAINANT, true),
    /** To a named complainant: management's final decision (000, 004). */
    DECISION(Audience.COMPLAINANT, true),
    /**
     * To the managing director, once a day: the complaints received the day before, where the routine wants a daily
     * digest instead of a notice for each (002: a fixed item on the management meeting's agenda).
     */
    DAILY_DIGEST(Audience.STAFF, true),
    /**
     * To a named complainant with e-mail, after the case is closed or decided, where the routine offers it: a link to the
     * anonymous satisfaction survey (004). The link is removed from the notice once it is sent.
     */
    SURVEY(Audience.COMPLAINANT, true),
    /** To the handler: a case was given to them. */
    ASSIGNMENT(Audience.STAFF, false),
    /** To each member of the management group: a case waits in its queue for a handler (routine 002). */
    QUEUED(Audience.STAFF, false),
    /** To each member of the management group: the complainant asked management to decide (routine 000, 004). */
    ESCALATED(Audience.STAFF, true),
    /** To the handler: the complainant answered their question or added information on the follow-up page. */
    COMPLAINANT_WROTE(Audience.STAFF, false),
    /** To the handler: the complainant has not answered the question for longer than the whole handling time. */
    COMPLAINANT_AWAITED(Audience.STAFF, false),
    /** To the managing director: a new complaint (001: "daglig leder varsles"). */
    NEW_COMPLAINT(Audience.STAFF, true),
    /** To the handler: the deadline is near, at the routine's offsets. */
    REMINDER(Audience.STAFF, false),
    /** To the handler, their manager and the managing director: the deadline passed. */
    BREACH(Audience.STAFF, false),
    /** To the handler: a planned talk with a whistleblower is due, also after closure (aml. § 2 A-3). */
    CHECK_IN_DUE(Audience.STAFF, true),
    /** To the handler: the written acknowledgement they owe the complainant is overdue. */
    ACKNOWLEDGEMENT_OVERDUE(Audience.STAFF, false),
    /**
     * To the handler: an exception not to tell a person the case names (personopplysningsloven § 16) is due for review:
     * renew it with a new reason and date, or tell the person.
     */
    CONCERNED_REVIEW_DUE(Audience.STAFF, true),
    /**
     * To the people a case names, when the handler has the platform tell them (Datatilsynet's guidance on
     * whistleblowing): data about them is processed, with their rights; never what it is about or who sent it. Sent in
     * any state: the duty follows the data.
     */
    CONCERNED_NOTICE(Audience.STAFF, true),
    /**
     * To the receiver of a reported deviation from the routine (the managing director, or the routine's alternative
     * receiver when it concerns the director; routine 001): its kind, the case it names, its deadline and the link to
     * read and handle it; never what the reporter wrote. About the report, not a case, so sent whatever state a case
     * is in.
     */
    DEVIATION_REPORTED(Audience.STAFF, true),
    /**
     * To the receiver of a reported deviation whose deadline passed before anyone wrote what was done (routine 001):
     * its kind, its deadline and the link to handle it or write why it takes longer; never what the reporter wrote.
     * About the report, not a case, so sent whatever state a case is in.
     */
    DEVIATION_OVERDUE(Audience.STAFF, true),
    /**
     * To the managing director: a year has passed since the routine was last evaluated, or since it began when it never
     * was (routine 001: "rutinen evalueres årlig"); with where to record the evaluation.
     */
    EVALUATION_DUE(Audience.STAFF, true);

    public enum Audience {
        COMPLAINANT,
        STAFF
    }

    private final Audience audience;
    private final boolean sentWhenDone;

    NoticeKind(Audience audience, boolean sentWhenDone) {
        this.audience = audience;
        this.sentWhenDone = sentWhenDone;
    }

    public Audience audience() {
        return audience;
    }

    /** Whether it still goes out when the case is answered, closed, decided or withdrawn by then. */
    public boolean sentWhenDone() {
        return sentWhenDone;
    }
}
